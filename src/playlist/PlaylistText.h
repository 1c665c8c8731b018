#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace liner::playlist {

enum class TextEncoding
{
    Utf8,
    // What Winamp, foobar2000 and Windows Media Player mean by ".m3u" and ".pls": UTF-8 when the
    // bytes are valid UTF-8 (newer players), otherwise the Windows "ANSI" code page of the West.
    Utf8OrWindows1252,
};

struct TextLines
{
    QStringList lines;       // without their line breaks
    QList<int> invalidLines; // 1-based lines that were not valid UTF-8 where UTF-8 was required
};

// Splits a playlist's bytes into lines at CRLF, LF or CR. A byte order mark decides the encoding
// (UTF-8, UTF-16 or UTF-32) whatever `encoding` says.
TextLines decodeLines(const QByteArray& bytes, TextEncoding encoding);

// Seconds as M3U #EXTINF and PLS LengthN write them: an integer, a decimal (HLS), or negative for
// unknown. False when the text is no number or does not fit; *seconds is -1 then.
bool parseDurationSeconds(QStringView text, int* seconds);

// A title on a single line, as M3U and PLS must write it.
QString singleLine(const QString& text);

// The bytes of each of the `lineCount` lines decodeLines() found in `bytes`, for a file name that
// is bytes no text encoding reads back (see PlaylistEntry::fromLocation()). Empty for UTF-16 and
// UTF-32 text, whose line breaks are no single bytes, and when the lines do not match.
QList<QByteArray> lineBytes(const QByteArray& bytes, qsizetype lineCount);

} // namespace liner::playlist
