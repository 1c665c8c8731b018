#include "notes/TimeTag.h"

namespace liner::notes {

const QRegularExpression& lineTimeTag()
{
    static const QRegularExpression tag(
        QStringLiteral(R"(\[([0-9]{1,4}):([0-9]{1,2})(?:[.:]([0-9]{1,3}))?\])"));
    return tag;
}

const QRegularExpression& wordTimeTag()
{
    static const QRegularExpression tag(
        QStringLiteral(R"(<([0-9]{1,4}):([0-9]{1,2})(?:[.:]([0-9]{1,3}))?>)"));
    return tag;
}

qint64 timeTagMs(const QRegularExpressionMatch& match)
{
    const qint64 minutes = match.capturedView(1).toLongLong();
    const qint64 seconds = match.capturedView(2).toLongLong();
    if (seconds >= 60)
        return -1;
    const QStringView fraction = match.capturedView(3);
    // ".5" is half a second and ".05" a twentieth: the digits are a decimal fraction.
    qint64 millis = fraction.toLongLong();
    for (qsizetype digits = fraction.size(); digits < 3; ++digits)
        millis *= 10;
    return (minutes * 60 + seconds) * 1000 + millis;
}

} // namespace liner::notes
