#pragma once

#include "notes/TrackNotes.h"

#include <QMap>

namespace liner::notes {

// A track's tags as key → values, in the shape of TagLib's PropertyMap ("COMMENT", "MOOD",
// "COMPOSER", "PERFORMER:PIANO", ...), so this folder needs no TagLib: the scanner converts.
using TagProperties = QMap<QString, QStringList>;

// Notes for a track without a notes file or pack: COMMENT and DESCRIPTION become the prose, MOOD
// the moods, and the credit roles (composer, lyricist, arranger, conductor, performer, producer)
// the credits. Keys are compared case-insensitively.
TrackNotes notesFromTags(const TagProperties& properties);

} // namespace liner::notes
