#pragma once

#include <QStringList>

namespace liner::notes {

// The soundtrack's two faces: the tender ballad and the bright anthem.
enum class Face
{
    Unknown,
    Ballad,
    Anthem
};

// The face a track's moods speak for: the first of them (the notes list the main mood first) that
// belongs to one face, in English or Korean. Unknown when none does.
Face faceOfMoods(const QStringList& moods);

} // namespace liner::notes
