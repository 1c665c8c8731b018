#pragma once

#include "Track.h"

#include <QList>
#include <QStringList>

namespace liner::library {

// The folders under `paths` that a scan walks past without a word: those it may not list or
// enter (no read or search permission). Each comes back as a Track whose path is the folder and
// whose error says why, so reports list it as they list a bad file. Like the scanner, it looks
// into neither hidden nor symlinked folders.
QList<Track> findUnreadableFolders(const QStringList& paths);

} // namespace liner::library
