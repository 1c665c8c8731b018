#pragma once

#include <QByteArray>
#include <QStringList>

namespace liner::playlist {

enum class TextEncoding
{
    // ".m3u8" is UTF-8 by definition, and so is every playlist Liner writes: a line that is not
    // is a problem of that line.
    Utf8,
    // Winamp, foobar2000 and Windows Media Player wrote ".m3u" and ".pls" in the Windows code
    // page of the system (Windows-1252 in the West, CP949 in Korea, Shift-JIS in Japan); newer
    // players write UTF-8: the bytes are read as decodeText() decides.
    Detected,
};

struct TextLines
{
    QStringList lines; // without their line breaks
    // 1-based, with what is wrong: lines that are not UTF-8 where UTF-8 is required, or line 1
    // when the encoding could not be decided.
    QList<std::pair<int, QString>> problems;
};

// A playlist's text split into lines at CRLF, LF or CR. A byte order mark decides the encoding
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
