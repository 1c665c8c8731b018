#pragma once

#include "gui/CoverColours.h"
#include "notes/SyncedLyrics.h"

#include <QTextLayout>
#include <QVariantAnimation>
#include <QWidget>
#include <memory>
#include <vector>

namespace liner::gui {

// Lyrics in large type that follow the music: the sung line bright (word by word where the file
// times words), the lines already sung dimmed, the next ones between; the view glides to keep the
// sung line a third of the way down. Clicking a timed line asks to seek there. A track without
// lyrics shows its notes instead, drifting down the page as the track plays. Colours come from the
// cover (see CoverColours), so the text stays readable on its background.
class LyricsFlow : public QWidget
{
    Q_OBJECT

public:
    explicit LyricsFlow(QWidget* parent = nullptr);
    ~LyricsFlow() override;

    void setLyrics(const notes::SyncedLyrics& lyrics);
    // Prose to show when there are no lyrics (paragraphs separated by blank lines).
    void setProse(const QString& prose);
    const notes::SyncedLyrics& lyrics() const { return m_lyrics; }
    // Re-times the lyrics by the listener's own correction (positive: earlier).
    void setUserOffset(qint64 offsetMs);
    void setPosition(qint64 positionMs);
    void setDuration(qint64 durationMs);
    void setColours(const CoverColours& colours);
    // Index into lyrics().lines() of the sung line, or -1.
    int currentLine() const { return m_currentLine; }
    // Index into that line's words of the word being sung, or -1 when the file does not time words.
    int currentWord() const { return m_currentWord; }
    // The line drawn at this point of the widget (an index into lyrics().lines()), or -1.
    int lineAt(const QPoint& point) const;
    // Where line `index` is drawn, in widget coordinates.
    QRect lineRect(int index) const;

signals:
    void seekRequested(qint64 positionMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct Block
    {
        int line = -1; // into m_lyrics.lines(), or -1 for a paragraph of prose
        std::unique_ptr<QTextLayout> layout;
        qreal top = 0;
        qreal height = 0;
    };

    void relayout();
    void follow(bool animate);
    qreal targetOffset() const;
    QColor colourOf(const Block& block) const;

    notes::SyncedLyrics m_lyrics;
    QStringList m_prose;
    std::vector<Block> m_blocks;
    CoverColours m_colours;
    qint64 m_positionMs = 0;
    qint64 m_durationMs = 0;
    int m_currentLine = -1;
    int m_currentWord = -1;
    int m_hoverLine = -1;
    qreal m_offset = 0;
    qreal m_contentHeight = 0;
    QVariantAnimation m_glide;
    // After the listener scrolls by hand, the view stays put for a while before following again.
    qint64 m_manualUntilMs = -1;
};

} // namespace liner::gui
