#pragma once

#include <QString>
#include <QStringList>

namespace liner::notes {

// The matchKey()s a track title may be known by in notes: the whole title, the title without the
// version notes stores add ("(Inst.)", "(Instrumental)", "(MR)", "(feat. …)", "(Prod. …)",
// "(… Ver.)"), and each of the titles it gives in two languages ("멈춰줘 (Hold Me Back)",
// "Hold Me Back (멈춰줘)", "멈춰줘 - Hold Me Back").
QStringList titleKeys(QStringView title);

// Whether a track's artist tag can be the artist a notes section names. The section may name
// several forms ("Heize; 헤이즈"); the tag may carry more than the section ("BSS (SEVENTEEN)",
// "Crush (feat. Joy)", "헤이즈 (Heize)"). An empty side agrees with anything, and so does a tag
// written in a script the section has no name in: it cannot tell them apart.
bool artistsAgree(QStringView sectionArtists, QStringView trackArtist);

} // namespace liner::notes
