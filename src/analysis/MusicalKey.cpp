#include "analysis/MusicalKey.h"

#include <QRegularExpression>
#include <array>

namespace liner::analysis {

namespace {

constexpr std::array<const char*, 12> kNames = {"C",  "C#", "D",  "Eb", "E",  "F",
                                                "F#", "G",  "Ab", "A",  "Bb", "B"};

} // namespace

QString MusicalKey::tonicName() const
{
    return QString::fromLatin1(kNames[std::size_t(tonic % 12)]);
}

std::optional<MusicalKey> MusicalKey::parse(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([A-Ga-g])\s*(-?\s*(?:sharp|flat)|#|♯|b|♭)?\s+(major|minor)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    static constexpr std::array<int, 7> naturals = {9, 11, 0, 2, 4, 5, 7}; // A..G
    int tonic = naturals[std::size_t(match.capturedView(1).at(0).toUpper().unicode() - u'A')];
    const QString accidental = match.captured(2).toLower();
    if (accidental.contains(u"sharp") || accidental == u"#" || accidental == u"♯")
        tonic += 1;
    else if (!accidental.isEmpty())
        tonic += 11;
    return MusicalKey{tonic % 12, match.captured(3).toLower() == u"minor"};
}

} // namespace liner::analysis
