#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace liner {

// A text file's bytes as text, and the encoding they were read in.
struct DecodedText
{
    QString text;
    // As ICU names it: "UTF-8", "UTF-16LE", "windows-949", "windows-31j", "GB18030", "Big5",
    // "windows-1252", ... Empty when the encoding could not be decided: `text` then holds the
    // bytes read as UTF-8, U+FFFD where they are not, and the reader reports the file.
    QByteArray encoding;
    bool byteOrderMark = false;

    bool isDecided() const { return !encoding.isEmpty(); }
    bool isUtf8() const { return encoding == "UTF-8"; }
};

// How Liner reads every text file a user brings (CUE sheets, M3U and PLS playlists, .lrc lyrics,
// liner notes), so that all of them agree:
// - a byte order mark decides (UTF-8, UTF-16, UTF-32), and so do the zero bytes of UTF-16 text
//   written without one;
// - bytes that are valid UTF-8 are UTF-8;
// - anything else goes to ICU's charset detector. Its candidates are kept only if they decode
//   the bytes without an error or a control character; a single-byte one (Windows-1252 and its
//   kin) only if its words read as words. Between CJK encodings the strongest wins, but Korean
//   (CP949, a superset of EUC-KR) is preferred when its confidence is within a small margin of
//   the best: short sheets of a few Hangul titles give the detector too little to go on.
// - what none of that settles is left undecided (see DecodedText::encoding).
DecodedText decodeText(QByteArrayView bytes);

// "cannot tell its character encoding …": the words every reader reports an undecided file with,
// after its path (and line, where a reader gives one).
QString undecidedEncodingProblem();

// `text` encoded as decodeText() named it, with a byte order mark if asked; nullopt when a
// character has no form in that encoding.
std::optional<QByteArray> encodeText(QStringView text, const QByteArray& encoding,
                                     bool byteOrderMark);

} // namespace liner
