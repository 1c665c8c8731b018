#pragma once

#include <QString>
#include <QStringList>

namespace liner::library {

// What an album name says about a soundtrack. Korean dramas release theirs as numbered digital
// singles, and every store names them its own way:
//   눈물의 여왕 OST Part.1          눈물의 여왕 (tvN 토일드라마) OST - Part 1      (Melon, Genie,
//   Bugs, FLO) Queen of Tears (Original Television Soundtrack), Pt. 1                        (Apple
//   Music, Spotify) Queen of Tears, Pt. 1 (Original Television Soundtrack) Queen of Tears (Original
//   Soundtrack) Part 1    Queen of Tears OST Pt.1        (Bandcamp, rippers) 눈물의 여왕 OST Part.1
//   (Queen of Tears OST Part.1)                             (MusicBrainz)
// and the whole soundtrack as "눈물의 여왕 OST" or "Queen of Tears (Original Television
// Soundtrack)".
struct SoundtrackTitle
{
    // The name carries a soundtrack marker: OST, O.S.T., "Original (Television) Soundtrack",
    // "Original Score", "Music from the … Series", 사운드트랙, サウンドトラック, 原声带.
    bool isSoundtrack = false;
    // The part of a soundtrack released in parts; 0 for a whole soundtrack or any other album. A
    // part number counts only beside a soundtrack marker: after it ("OST Part.3",
    // "(Original Soundtrack), Pt. 3"), or before it when written "Pt." as Apple writes it.
    // "Mockingjay, Part 1 (Original Motion Picture Soundtrack)" names a film, not a part.
    int part = 0;
    // The work's titles as the name gives them, display form first ("눈물의 여왕", then "Queen of
    // Tears" when the name gives both), without broadcaster notes ("(tvN 토일드라마)").
    QStringList workTitles;
    // Their matchKey()s: what tells one work from another.
    QStringList workKeys;
    // The name without its part: "Queen of Tears (Original Television Soundtrack)".
    QString soundtrackTitle;

    bool isPart() const { return part > 0 && !workKeys.isEmpty(); }
};

SoundtrackTitle parseSoundtrackTitle(QStringView album);

} // namespace liner::library
