#pragma once

#include "notes/TrackNotes.h"

#include <QMap>

namespace liner::notes {

struct LyricWord
{
    qint64 timeMs = 0;
    QString text; // with the spacing that followed it in the file
};

struct LyricLine
{
    qint64 timeMs = -1; // -1 for unsynced lyrics
    QString text;
    // Lines sharing a time are layers of one sung line (Hangul, romanisation, translation),
    // numbered in file order from 0.
    int layer = 0;
    QList<LyricWord> words; // only where the file times each word ("<mm:ss.xx>word")
};

// Lyrics from LRC text, or plain (unsynced) lyrics such as an embedded USLT frame.
//
// Times in lines() already include the file's [offset:] and the user's offset: a positive offset
// shows every line that much earlier. Lines are in time order; lines the file gives out of order
// are sorted stably, so layers keep their file order.
class SyncedLyrics
{
public:
    static SyncedLyrics parse(QStringView text);

    bool isSynced() const { return m_synced; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    const QList<LyricLine>& lines() const { return m_lines; }
    // [ar:], [ti:], [al:], [by:], ... by lower-case key.
    const QMap<QString, QString>& tags() const { return m_tags; }
    qint64 fileOffsetMs() const { return m_fileOffsetMs; }
    const QList<ParseIssue>& issues() const { return m_issues; }
    // What is wrong with the file as a whole ("PATH: cannot tell its character encoding"), for
    // the listener; empty when nothing is.
    const QString& fileProblem() const { return m_fileProblem; }
    void setFileProblem(const QString& problem) { m_fileProblem = problem; }

    // The first line (layer 0) of the latest time at or before positionMs; -1 before the first
    // line and for unsynced lyrics.
    int currentLineIndex(qint64 positionMs) const;
    // The latest word of that line at or before positionMs; -1 if none or the line has no words.
    int currentWordIndex(int lineIndex, qint64 positionMs) const;

    // The user's own correction, on top of the file's offset and with the same sign; setting it
    // again replaces the previous one, so a stored value can simply be re-applied.
    void applyUserOffset(qint64 offsetMs);
    qint64 userOffsetMs() const { return m_userOffsetMs; }

private:
    void shiftTimes(qint64 deltaMs);

    QList<LyricLine> m_lines;
    QMap<QString, QString> m_tags;
    QList<ParseIssue> m_issues;
    QString m_fileProblem;
    qint64 m_fileOffsetMs = 0;
    qint64 m_userOffsetMs = 0;
    bool m_synced = false;
};

} // namespace liner::notes
