#pragma once

#include "gui/TrackArt.h"

#include <QPixmap>
#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QToolButton;

namespace liner::gui {

class LyricsFlow;
class TimedNotesView;

// The playing track across the main area: its cover large, its title, artist and album (the
// album a link to its page), and its lyrics in large type following the music (its notes when it
// has none), all on a background in the cover's colours with readable contrast. The track's timed
// notes follow the music too, under the lyrics or instead of them, as the listener chooses. Beside
// a wide window the cover stands left of the lyrics; in a narrow one, above them.
class NowPlayingView : public QWidget
{
    Q_OBJECT

public:
    explicit NowPlayingView(QWidget* parent = nullptr);

    // The track's art, lyrics and notes (`prose`, shown when it has no lyrics); the user's lyrics
    // timing correction is applied to its lyrics.
    void showTrack(const TrackArt& art, const QString& prose, qint64 lyricsOffsetMs);
    void clear();
    void setPosition(qint64 positionMs);
    void setDuration(qint64 durationMs);
    LyricsFlow* lyrics() const { return m_lyrics; }
    TimedNotesView* timedNotes() const { return m_timedNotes; }
    // Timed notes under the lyrics (else instead of them, when the track has both).
    void setTimedNotesBesideLyrics(bool beside);
    const CoverColours& colours() const { return m_colours; }
    // The lyrics timing correction now shown (positive: earlier).
    qint64 lyricsOffsetMs() const;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 positionMs);
    void albumRequested();
    // The listener moved the lyrics by this much (positive: earlier).
    void lyricsOffsetChanged(qint64 offsetMs);
    void timedNotesPlacementChanged(bool besideLyrics);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyColours();
    void arrange();
    void nudge(qint64 deltaMs);
    void showOffset();
    // Lyrics, timed notes or both, as the track has them and the listener chose.
    void showCommentary();

    CoverColours m_colours;
    QImage m_cover;
    QString m_albumName;
    QPixmap m_backdrop; // the cover, blurred, at the widget's size
    QBoxLayout* m_layout;
    QWidget* m_coverPicture;
    QLabel* m_title;
    QLabel* m_artist;
    QLabel* m_album;
    LyricsFlow* m_lyrics;
    TimedNotesView* m_timedNotes;
    QComboBox* m_placement;
    QToolButton* m_earlier;
    QToolButton* m_later;
    QLabel* m_offset;
};

} // namespace liner::gui
