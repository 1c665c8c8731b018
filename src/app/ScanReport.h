#pragma once

#include "library/LibraryScanner.h"
#include "library/Track.h"
#include "notes/NotesRepository.h"

#include <QByteArray>
#include <QStringList>
#include <cstdio>
#include <memory>

namespace liner::app {

// The `liner --scan` contract: one object per file, null where a value is unknown, with the
// track's liner notes and lyrics resolved as the window shows them.
//
// It is written as the scan goes: folders are read on every core, in playing order, and each
// folder's objects are printed as soon as it and the ones before it are done, so memory holds a
// few folders' worth whatever the library's size. A folder's notes file and sidecars are looked
// up once for all its tracks.
class ScanReport
{
public:
    explicit ScanReport(const QString& notesPacksFolder);

    // The JSON array, one object a line.
    void writeJson(const QStringList& paths, std::FILE* out) const;
    // "PATH\n  Title — Artist (3:07)\n", or the error, per track.
    static void writeText(const QStringList& paths, std::FILE* out);

    // What a track's object draws from its folder, looked up once for all its tracks.
    struct Folder
    {
        library::FolderSidecars sidecars;
        std::shared_ptr<const notes::LinerNotesDocument> notes;
    };
    static Folder folderOf(const library::ScanFolder& folder);
    // The track's object, compact, in bytes.
    QByteArray toJson(const library::Track& track, const Folder& folder) const;

private:
    notes::NotesRepository m_notes;
};

} // namespace liner::app
