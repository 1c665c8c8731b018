#include "notes/SectionHeading.h"

#include <QRegularExpression>

namespace liner::notes {

namespace {

// Track numbers beyond this are years or catalogue numbers in a title ("1984 Love Song").
constexpr int maxUndottedNumber = 999;

int positiveNumber(QStringView digits)
{
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok && value > 0 ? value : 0;
}

QStringView withoutClosingHashes(QStringView text)
{
    text = text.trimmed();
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'#')
        --end;
    // "## C#" keeps its sharp: a closing run must be separated from the title by a space.
    if (end < text.size() && (end == 0 || text[end - 1].isSpace()))
        return text.first(end).trimmed();
    return text;
}

} // namespace

SectionHeading parseSectionHeading(QStringView text)
{
    static const QRegularExpression discTrack(
        QStringLiteral(R"(^([0-9]+)[ \t]*-[ \t]*([0-9]+)\.?(?:[ \t]+(.*)|$))"));
    static const QRegularExpression dotted(QStringLiteral(R"(^([0-9]+)\.(?:[ \t]+(.*)|$))"));
    static const QRegularExpression undotted(QStringLiteral(R"(^([0-9]+)(?:[ \t]+(.*)|$))"));

    const QStringView heading = withoutClosingHashes(text);
    SectionHeading result;
    if (const auto match = discTrack.match(heading); match.hasMatch()) {
        result.disc = positiveNumber(match.capturedView(1));
        result.number = positiveNumber(match.capturedView(2));
        result.title = match.capturedView(3).trimmed().toString();
        if (result.disc == 0 || result.number == 0) {
            result.numberError = QStringLiteral("disc-track number \"%1-%2\" does not parse")
                                     .arg(match.capturedView(1), match.capturedView(2));
            result.disc = result.number = 0;
        }
        return result;
    }
    if (const auto match = dotted.match(heading); match.hasMatch()) {
        result.number = positiveNumber(match.capturedView(1));
        result.title = match.capturedView(2).trimmed().toString();
        if (result.number == 0) {
            result.numberError =
                QStringLiteral("track number \"%1\" does not parse").arg(match.capturedView(1));
        }
        return result;
    }
    if (const auto match = undotted.match(heading); match.hasMatch()) {
        const int number = positiveNumber(match.capturedView(1));
        if (number > 0 && number <= maxUndottedNumber) {
            result.number = number;
            result.title = match.capturedView(2).trimmed().toString();
            return result;
        }
    }
    result.title = heading.toString();
    return result;
}

} // namespace liner::notes
