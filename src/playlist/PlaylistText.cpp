#include "playlist/PlaylistText.h"

#include <QStringDecoder>
#include <cmath>
#include <limits>
#include <optional>

namespace liner::playlist {

namespace {

QList<QByteArrayView> splitLines(QByteArrayView bytes)
{
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '\n' && bytes[i] != '\r')
            continue;
        lines.append(bytes.sliced(start, i - start));
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    if (start < bytes.size())
        lines.append(bytes.sliced(start));
    return lines;
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    // The decoder only runs, and finds errors, when its result becomes a QString.
    [[maybe_unused]] const QString text = decoder(bytes);
    return !decoder.hasError();
}

QString decodeWindows1252(QByteArrayView bytes)
{
    // 0x80-0x9F, where Windows-1252 differs from Latin-1. The five bytes it leaves undefined map to
    // the C1 controls, as Windows itself decodes them.
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        text[i] = QChar(byte >= 0x80 && byte < 0xA0 ? high[byte - 0x80] : char16_t(byte));
    }
    return text;
}

} // namespace

TextLines decodeLines(const QByteArray& bytes, TextEncoding encoding)
{
    QByteArray utf8;
    bool utf8Required = encoding == TextEncoding::Utf8;
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if (bom && *bom != QStringConverter::Utf8) {
        // UTF-16 and UTF-32 files are rare; converting them to UTF-8 lets one path read them all.
        QStringDecoder decoder(*bom);
        utf8 = QString(decoder(bytes)).toUtf8();
        utf8Required = true;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        utf8 = bytes.sliced(3);
        utf8Required = true;
    } else {
        utf8 = bytes;
    }

    const bool asUtf8 = utf8Required || isValidUtf8(utf8);
    TextLines result;
    const QList<QByteArrayView> lines = splitLines(utf8);
    result.lines.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!asUtf8) {
            result.lines.append(decodeWindows1252(lines[i]));
            continue;
        }
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        result.lines.append(decoder(lines[i]));
        if (decoder.hasError())
            result.invalidLines.append(int(i + 1));
    }
    return result;
}

bool parseDurationSeconds(QStringView text, int* seconds)
{
    *seconds = -1;
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value >= double(std::numeric_limits<int>::max()))
        return false;
    if (value >= 0)
        *seconds = int(std::lround(value));
    return true;
}

QString singleLine(const QString& text)
{
    QString line = text;
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    return line.trimmed();
}

QList<QByteArray> lineBytes(const QByteArray& bytes, qsizetype lineCount)
{
    const std::optional<QStringConverter::Encoding> bom = QStringConverter::encodingForData(bytes);
    if ((bom && *bom != QStringConverter::Utf8) || bytes.contains('\0'))
        return {};
    QByteArrayView text(bytes);
    if (bom)
        text = text.sliced(3);
    QList<QByteArray> lines;
    for (const QByteArrayView line : splitLines(text))
        lines.append(line.toByteArray());
    return lines.size() == lineCount ? lines : QList<QByteArray>();
}

} // namespace liner::playlist
