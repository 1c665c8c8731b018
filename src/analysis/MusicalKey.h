#pragma once

#include <QString>
#include <optional>

namespace liner::analysis {

struct MusicalKey
{
    int tonic = 0; // pitch class: 0 = C, 1 = C#/Db, ... 11 = B
    bool minor = false;

    // "C", "Eb", "F#", ...: the spelling most key signatures use.
    QString tonicName() const;
    QString modeName() const { return minor ? QStringLiteral("minor") : QStringLiteral("major"); }
    QString name() const { return tonicName() + u' ' + modeName(); }
    // The key sharing its notes: A minor for C major and back.
    MusicalKey relative() const { return {(tonic + (minor ? 3 : 9)) % 12, !minor}; }

    // "A minor", "E-flat major", "Eb major", "E♭ major", "F-sharp minor", "F# minor", "c minor".
    static std::optional<MusicalKey> parse(QStringView text);

    friend bool operator==(const MusicalKey&, const MusicalKey&) = default;
};

} // namespace liner::analysis
