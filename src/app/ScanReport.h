#pragma once

#include "library/LibraryScanner.h"
#include "library/Track.h"
#include "notes/NotesRepository.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
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

    // The JSON array, one object a line: the tracks under `paths`, then those `listed` (a
    // server's songs); what was wrong with files beside the tracks is gathered in warnings().
    void writeJson(const QStringList& paths, const QList<library::Track>& listed, std::FILE* out);
    // "PATH\n  Title — Artist (3:07)\n", or the error, per track.
    static void writeText(const QStringList& paths, const QList<library::Track>& listed,
                          std::FILE* out);
    // One track's object, for a report that holds its tracks already (`--albums`); its folder is
    // looked up once for all its tracks.
    QJsonObject toJson(const library::Track& track);
    // Files beside the tracks that were read but not well ("PATH: cannot tell its character
    // encoding ...") or not at all ("PATH: a FIFO, not a regular file"), for stderr: the JSON
    // describes tracks.
    const QStringList& warnings() const { return m_warnings; }
    // The notes the report resolves tracks with (the packs' included).
    notes::NotesRepository& notes() { return m_notes; }

    // What a track's object draws from its folder, looked up once for all its tracks.
    struct Folder
    {
        library::FolderSidecars sidecars;
        std::shared_ptr<const notes::LinerNotesDocument> notes;
        // Why the folder's notes file, which is there, could not be read.
        QString notesProblem;
    };
    static Folder folderOf(const library::FolderSidecars& sidecars);
    // The track's object, compact, in bytes, and what was wrong with the files it draws on.
    struct Object
    {
        QByteArray json;
        QStringList warnings;
    };
    Object toJson(const library::Track& track, const Folder& folder) const;

private:
    void warn(const QStringList& warnings);

    notes::NotesRepository m_notes;
    QStringList m_warnings;
    QHash<QString, Folder> m_folders; // for toJson(track), by path
};

} // namespace liner::app
