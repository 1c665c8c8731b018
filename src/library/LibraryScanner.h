#pragma once

#include "Track.h"

#include <QList>
#include <QStringList>

namespace liner::library {

// Finds the audio files under the given paths and reads them, in parallel, with TagReader.
class LibraryScanner
{
public:
    // Files ending in these are taken as audio when a folder is walked; files named directly are
    // always read, so a misnamed file still gets an answer.
    static const QStringList& audioExtensions();

    // Files under `paths` (folders recursively, hidden folders and symlinked folders skipped, so a
    // link cycle cannot trap the walk), in playing order: folder by folder, each by disc and track
    // number, then file name, once tags are known (see sortForPlayback).
    static QStringList findAudioFiles(const QStringList& paths);

    // Reads every file with TagReader on the global thread pool; the result is in playing order.
    static QList<Track> scan(const QStringList& paths);

    static void sortForPlayback(QList<Track>& tracks);
};

} // namespace liner::library
