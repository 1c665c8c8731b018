#include "playlist/PlaylistText.h"

#include "common/TextDecoding.h"

#include <QStringDecoder>
#include <cmath>
#include <limits>
#include <optional>

namespace liner::playlist {

namespace {

// At CRLF, LF or CR, in bytes or in text alike.
template <typename View> QList<View> splitLines(View text)
{
    QList<View> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'\n' && text[i] != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

} // namespace

TextLines decodeLines(const QByteArray& bytes, TextEncoding encoding)
{
    TextLines result;
    const DecodedText decoded = decodeText(bytes);
    if (encoding == TextEncoding::Utf8 && !decoded.isDecided() &&
        !QStringConverter::encodingForData(bytes)) {
        // Line by line, so that one bad line is reported and the others read.
        const QList<QByteArrayView> lines = splitLines(QByteArrayView(bytes));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            result.lines.append(utf8(lines[i]));
            if (utf8.hasError())
                result.problems.append({int(i + 1), QStringLiteral("Not valid UTF-8")});
        }
        return result;
    }
    if (encoding == TextEncoding::Utf8 && decoded.isDecided() &&
        !decoded.encoding.startsWith("UTF"))
        result.problems.append({1, QStringLiteral("Not valid UTF-8; read as %1")
                                       .arg(QString::fromLatin1(decoded.encoding))});
    if (!decoded.isDecided())
        result.problems.append({1, undecidedEncodingProblem()});
    QStringView text = decoded.text;
    if (text.startsWith(QChar::ByteOrderMark))
        text = text.sliced(1);
    for (const QStringView line : splitLines(text))
        result.lines.append(line.toString());
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
