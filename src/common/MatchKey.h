#pragma once

#include <QString>

namespace liner {

// The form in which titles, artists and album names are compared: NFKC (full-width letters become
// ASCII, Hangul composed), case-folded, with punctuation, symbols and spacing removed. Taggers
// disagree on exactly those ("Fallin'" / "Fallin’", "ＴＥＡＲＳ" / "Tears", "Rock-n-Roll" /
// "Rock n Roll"), while the letters themselves identify the song.
QString matchKey(QStringView text);

} // namespace liner
