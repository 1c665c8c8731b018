#include "LyricsView.h"

namespace liner::gui {

LyricsView::LyricsView(QWidget* parent) : QListWidget(parent)
{
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 time = m_lyrics.lines().value(row(item)).timeMs;
        if (time >= 0)
            emit seekRequested(time);
    });
    connect(this, &QListWidget::itemClicked, this, &QListWidget::itemActivated);
}

void LyricsView::setLyrics(const notes::SyncedLyrics& lyrics)
{
    m_lyrics = lyrics;
    m_currentLine = -1;
    clear();
    for (const notes::LyricLine& line : m_lyrics.lines()) {
        auto* item = new QListWidgetItem(line.text, this);
        item->setTextAlignment(Qt::AlignCenter);
        if (line.layer > 0)
            item->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    if (m_lyrics.isEmpty())
        addItem(tr("No lyrics for this track."));
    setPosition(m_positionMs);
}

void LyricsView::setUserOffset(qint64 offsetMs)
{
    m_lyrics.applyUserOffset(offsetMs);
    const int previous = m_currentLine;
    m_currentLine = -1;
    highlight(previous, false);
    setPosition(m_positionMs);
}

void LyricsView::setPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    const int line = m_lyrics.currentLineIndex(positionMs);
    if (line == m_currentLine)
        return;
    highlight(m_currentLine, false);
    m_currentLine = line;
    highlight(m_currentLine, true);
    if (line >= 0)
        scrollToItem(item(line), QAbstractItemView::PositionAtCenter);
}

void LyricsView::highlight(int lineIndex, bool on)
{
    const QList<notes::LyricLine>& lines = m_lyrics.lines();
    if (lineIndex < 0 || lineIndex >= lines.size())
        return;
    // Every layer of the sung line shares its time.
    for (int i = lineIndex; i < lines.size() && lines.at(i).timeMs == lines.at(lineIndex).timeMs;
         ++i) {
        QFont font = item(i)->font();
        font.setBold(on);
        font.setPointSizeF(QListWidget::font().pointSizeF() * (on ? 1.15 : 1.0));
        item(i)->setFont(font);
    }
}

} // namespace liner::gui
