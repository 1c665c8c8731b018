#include "common/TextDecoding.h"

#include <QList>
#include <QStringDecoder>
#include <QStringEncoder>
#include <algorithm>
#include <unicode/ucsdet.h>

namespace liner {

namespace {

// CJK readings the detector (confidence 0-100) rates this close to its best are weighed by how
// everyday their characters are. ICU gives every CJK encoding that parses a short text the same
// 10; when it finds real evidence (a text of Chinese or Japanese words) its best lies 30 and more
// above the rest.
constexpr int kContenderMargin = 20;
// Korean is chosen when the share of everyday characters it reads is this close to the best's.
constexpr double kKoreanMargin = 0.1;
// Below this, the detector has not found the common characters of any CJK language.
constexpr int kCjkEvidence = 50;
// The share of a single-byte decoding's non-ASCII words that must read as words.
constexpr double kReadableWords = 0.8;
// Cyrillic, Greek, Hebrew and Arabic code pages turn any bytes into letters of one script, so
// their words always "read": the detector's language model must vouch for them.
constexpr int kOtherScriptEvidence = 25;

enum class Family
{
    Korean,
    OtherCjk,
    SingleByte,
};

struct Candidate
{
    QByteArray encoding;
    Family family = Family::SingleByte;
    int confidence = 0;
    QString text;
};

bool isAllowedControl(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// The bytes in `encoding`, or nullopt when they are not valid in it. Control characters count as
// invalid: no text file holds them, but a single-byte decoding of another encoding's bytes does.
std::optional<QString> decodeStrictly(QByteArrayView bytes, const QByteArray& encoding)
{
    QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    const bool hasControl = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control && !isAllowedControl(c.unicode());
    });
    return hasControl ? std::nullopt : std::optional(std::move(text));
}

// The decoder Liner uses for what the detector names, and how it weighs it. EUC-KR, Shift_JIS
// and Big5 are read with the Windows code pages that extend them, as Korean, Japanese and
// Taiwanese Windows wrote them (CP949 holds all 11,172 Hangul syllables, EUC-KR only 2,350).
std::optional<std::pair<QByteArray, Family>> decoderFor(const char* detected)
{
    static const struct
    {
        const char* detected;
        const char* decoder;
        Family family;
    } known[] = {
        {"EUC-KR", "windows-949", Family::Korean},
        {"Shift_JIS", "windows-31j", Family::OtherCjk},
        {"EUC-JP", "EUC-JP", Family::OtherCjk},
        {"GB18030", "GB18030", Family::OtherCjk},
        {"Big5", "windows-950", Family::OtherCjk},
        // Latin-1 is what the detector calls Windows-1252 without the bytes 0x80-0x9F.
        {"ISO-8859-1", "windows-1252", Family::SingleByte},
    };
    for (const auto& entry : known) {
        if (qstrcmp(entry.detected, detected) == 0)
            return std::pair(QByteArray(entry.decoder), entry.family);
    }
    // UTF-16/32 without a byte order mark is settled before the detector runs; EBCDIC and
    // ISO-2022 (7-bit, so valid UTF-8) never reach it from a music folder.
    const QByteArray name(detected);
    if (name.startsWith("ISO-8859-") || name.startsWith("windows-125") || name.startsWith("KOI8"))
        return std::pair(name, Family::SingleByte);
    return std::nullopt;
}

QList<Candidate> detectorCandidates(QByteArrayView bytes)
{
    QList<Candidate> candidates;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return candidates;
    ucsdet_setText(detector, bytes.data(), int32_t(std::min<qsizetype>(bytes.size(), INT32_MAX)),
                   &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const auto decoder = decoderFor(ucsdet_getName(matches[i], &status));
        if (!decoder ||
            std::any_of(candidates.cbegin(), candidates.cend(),
                        [&](const Candidate& c) { return c.encoding == decoder->first; }))
            continue;
        if (std::optional<QString> text = decodeStrictly(bytes, decoder->first))
            candidates.append({decoder->first, decoder->second,
                               ucsdet_getConfidence(matches[i], &status), std::move(*text)});
    }
    ucsdet_close(detector);
    return candidates;
}

bool isPunctuationOrSpace(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Other:
    case QChar::Separator_Space:
        return true;
    default:
        return false;
    }
}

// Spaces and punctuation end a word; beyond ASCII only where they touch ASCII ("Don’t",
// "« Ça »"), since a byte-by-byte decoding of a multi-byte character can make one ("¿µ").
bool endsWord(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c.unicode() <= 0x7F)
        return !c.isLetterOrNumber();
    const auto isAscii = [&](qsizetype at) {
        return at < 0 || at >= text.size() || text[at].unicode() <= 0x7F;
    };
    return isPunctuationOrSpace(c) && (isAscii(i - 1) || isAscii(i + 1));
}

// The code pages of Latin scripts, where readsAsText() tells text from bytes of another encoding.
bool isLatin(const QByteArray& encoding)
{
    static const QList<QByteArray> latin{"windows-1250", "windows-1252", "windows-1254",
                                         "windows-1257", "ISO-8859-1",   "ISO-8859-2",
                                         "ISO-8859-3",   "ISO-8859-4",   "ISO-8859-9",
                                         "ISO-8859-10",  "ISO-8859-13",  "ISO-8859-15"};
    return latin.contains(encoding);
}

// A word of a single-byte decoding reads as a word when its non-ASCII characters are letters of
// the word's one script, or it is one symbol on its own ("©", "½"). Another encoding's multi-byte
// characters decoded byte by byte give words like "±è³ª": symbols among letters, or runs of
// accented letters ("ÀÌ") that Latin words do not have.
bool readsAsWord(QStringView word)
{
    if (word.size() == 1 && !word.front().isLetterOrNumber())
        return true;
    QChar::Script script = QChar::Script_Common;
    bool previousForeignLetter = false;
    for (const QChar c : word) {
        const bool ascii = c.unicode() <= 0x7F;
        if (c.isMark())
            continue;
        // "ƒ" is the florin sign in Western text; a Shift-JIS katakana's lead byte reads as it.
        if (!c.isLetter() || c == u'\u0192') {
            if (!ascii)
                return false;
            previousForeignLetter = false;
            continue;
        }
        const QChar::Script own = ascii ? QChar::Script_Latin : c.script();
        if (script != QChar::Script_Common && own != script)
            return false;
        script = own;
        if (!ascii && own == QChar::Script_Latin && previousForeignLetter)
            return false;
        previousForeignLetter = !ascii;
    }
    return true;
}

bool readsAsText(QStringView text)
{
    int words = 0;
    int readable = 0;
    qsizetype begin = 0;
    const auto endWord = [&](qsizetype end) {
        const QStringView word = text.sliced(begin, end - begin);
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() > 0x7F; })) {
            ++words;
            readable += readsAsWord(word) ? 1 : 0;
        }
        begin = end + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (endsWord(text, i))
            endWord(i);
    }
    endWord(text.size());
    return words == 0 || readable >= kReadableWords * words;
}

// The share of a CJK reading's characters that are the everyday ones of its language, by their
// bytes: KS X 1001's 2,350 Hangul syllables for CP949 (its other 8,822 are rare), GB2312's first
// level of Hanzi for GB18030, Big5's first level, kana and JIS level-1 kanji for Shift-JIS and
// EUC-JP (half-width katakana, which any byte from 0xA1 to 0xDF reads as, are not). Other
// languages' bytes read in an encoding land mostly outside these.
double everydayShare(QByteArrayView bytes, const QByteArray& encoding)
{
    const auto in = [](uchar byte, uchar low, uchar high) {
        return byte >= low && byte <= high;
    };
    qsizetype everyday = 0;
    qsizetype characters = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto lead = uchar(bytes[i]);
        if (lead < 0x80)
            continue;
        ++characters;
        const auto trail = i + 1 < bytes.size() ? uchar(bytes[i + 1]) : uchar(0);
        bool common = false;
        qsizetype length = 2;
        if (encoding == "windows-949") {
            common = in(lead, 0xB0, 0xC8) && in(trail, 0xA1, 0xFE);
        } else if (encoding == "GB18030") {
            length = in(trail, 0x30, 0x39) ? 4 : 2;
            common = length == 2 && in(lead, 0xB0, 0xD7) && in(trail, 0xA1, 0xFE);
        } else if (encoding == "windows-950") {
            common = in(lead, 0xA4, 0xC6) && trail >= 0x40;
        } else if (encoding == "windows-31j") {
            length = in(lead, 0xA1, 0xDF) ? 1 : 2;
            common = length == 2 && (lead == 0x82 || lead == 0x83 || in(lead, 0x88, 0x98));
        } else if (encoding == "EUC-JP") {
            length = lead == 0x8E ? 2 : lead == 0x8F ? 3 : 2;
            common = lead == 0xA4 || lead == 0xA5 || in(lead, 0xB0, 0xCF);
        }
        everyday += common ? 1 : 0;
        i += length - 1;
    }
    return characters == 0 ? 0.0 : double(everyday) / double(characters);
}

// UTF-16 written without a byte order mark: mostly ASCII text, so every other byte is zero.
std::optional<QStringConverter::Encoding> utf16WithoutMark(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        (i % 2 == 0 ? zeroEven : zeroOdd) += bytes[i] == 0 ? 1 : 0;
    const qsizetype units = bytes.size() / 2;
    if (zeroOdd * 5 >= units * 2 && zeroEven == 0)
        return QStringConverter::Utf16LE;
    if (zeroEven * 5 >= units * 2 && zeroOdd == 0)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QByteArray nameOf(QStringConverter::Encoding encoding)
{
    return QStringConverter::nameForEncoding(encoding);
}

std::optional<DecodedText> decodeUnicode(QByteArrayView bytes)
{
    std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(bytes);
    const bool mark = encoding.has_value();
    if (!encoding)
        encoding = utf16WithoutMark(bytes);
    if (!encoding) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (utf8.hasError())
            return std::nullopt;
        return DecodedText{std::move(text), "UTF-8", false};
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError() && !mark)
        return std::nullopt;
    // A marked file is what it says; a damaged one is read as far as it goes, as UTF-8 would be.
    return DecodedText{std::move(text), nameOf(*encoding), mark};
}

const Candidate* strongest(const QList<Candidate>& candidates, bool cjk)
{
    const Candidate* best = nullptr;
    for (const Candidate& candidate : candidates) {
        if ((candidate.family != Family::SingleByte) == cjk &&
            (best == nullptr || candidate.confidence > best->confidence))
            best = &candidate;
    }
    return best;
}

} // namespace

DecodedText decodeText(QByteArrayView bytes)
{
    if (std::optional<DecodedText> unicode = decodeUnicode(bytes))
        return std::move(*unicode);

    QList<Candidate> candidates = detectorCandidates(bytes);
    // Every CJK reading is weighed, even those the detector left out: on a few titles it has
    // too little to go on.
    for (const char* encoding : {"windows-949", "GB18030", "windows-950", "windows-31j"}) {
        const bool weighed =
            std::any_of(candidates.cbegin(), candidates.cend(),
                        [&](const Candidate& c) { return c.encoding == encoding; });
        if (weighed)
            continue;
        if (std::optional<QString> text = decodeStrictly(bytes, encoding))
            candidates.append(
                {encoding,
                 qstrcmp(encoding, "windows-949") == 0 ? Family::Korean : Family::OtherCjk, 0,
                 std::move(*text)});
    }

    const Candidate* cjk = strongest(candidates, true);
    const Candidate* singleByte = strongest(candidates, false);
    const auto chosen = [](const Candidate& candidate) {
        return DecodedText{candidate.text, candidate.encoding, false};
    };
    if (singleByte != nullptr && (cjk == nullptr || cjk->confidence < kCjkEvidence) &&
        readsAsText(singleByte->text) &&
        (isLatin(singleByte->encoding) || singleByte->confidence >= kOtherScriptEvidence))
        return chosen(*singleByte);
    if (cjk == nullptr)
        return DecodedText{QString::fromUtf8(bytes), {}, false};
    // Among the CJK readings the detector rates alike, the one whose characters are the
    // everyday ones of its language; Korean where it is nearly as everyday as the best.
    const Candidate* best = nullptr;
    double bestShare = -1;
    const Candidate* korean = nullptr;
    double koreanShare = -1;
    for (const Candidate& candidate : std::as_const(candidates)) {
        if (candidate.family == Family::SingleByte ||
            candidate.confidence < cjk->confidence - kContenderMargin)
            continue;
        const double share = everydayShare(bytes, candidate.encoding);
        if (share > bestShare) {
            best = &candidate;
            bestShare = share;
        }
        if (candidate.family == Family::Korean) {
            korean = &candidate;
            koreanShare = share;
        }
    }
    return chosen(korean != nullptr && koreanShare >= bestShare - kKoreanMargin ? *korean : *best);
}

QString undecidedEncodingProblem()
{
    return QStringLiteral("cannot tell its character encoding (not UTF-8, and no other encoding "
                          "reads it cleanly); unreadable characters are shown as \uFFFD");
}

std::optional<QByteArray> encodeText(QStringView text, const QByteArray& encoding,
                                     bool byteOrderMark)
{
    const std::optional<QStringConverter::Encoding> unicode =
        QStringConverter::encodingForName(encoding.constData());
    QStringEncoder encoder =
        unicode ? QStringEncoder(*unicode, byteOrderMark ? QStringEncoder::Flag::WriteBom
                                                         : QStringEncoder::Flag::Default)
                : QStringEncoder(encoding.constData());
    if (!encoder.isValid())
        return std::nullopt;
    QByteArray bytes = encoder(text);
    if (encoder.hasError())
        return std::nullopt;
    // Legacy encoders put a substitute where a character has no form: only a round trip tells.
    if (!unicode && decodeStrictly(bytes, encoding).value_or(QString()) != text)
        return std::nullopt;
    return bytes;
}

} // namespace liner
