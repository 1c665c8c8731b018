#pragma once

#include "notes/SyncedLyrics.h"

#include <QListWidget>

namespace liner::gui {

// Lyrics that follow the music: the line being sung (with its layers: Hangul, romanisation,
// translation) is highlighted and kept in view; clicking a line asks to seek there.
class LyricsView : public QListWidget
{
    Q_OBJECT

public:
    explicit LyricsView(QWidget* parent = nullptr);

    void setLyrics(const notes::SyncedLyrics& lyrics);
    const notes::SyncedLyrics& lyrics() const { return m_lyrics; }
    // Re-times the lyrics by the listener's own correction (positive: earlier).
    void setUserOffset(qint64 offsetMs);
    void setPosition(qint64 positionMs);
    // Index into lyrics().lines() of the highlighted line, or -1.
    int currentLine() const { return m_currentLine; }
    // Index into that line's words of the word being sung, or -1 when the file does not time words.
    int currentWord() const { return m_currentWord; }

signals:
    void seekRequested(qint64 positionMs);

private:
    void highlight(int lineIndex, bool on);
    void showCurrentWord();

    notes::SyncedLyrics m_lyrics;
    qint64 m_positionMs = 0;
    int m_currentLine = -1;
    int m_currentWord = -1;
};

} // namespace liner::gui
