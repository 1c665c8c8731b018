#pragma once

#include "library/Track.h"
#include "notes/NotesRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace liner::app {

// The `liner --scan --json` contract: one object per file, null where a value is unknown, with the
// track's liner notes and lyrics resolved as the window shows them.
class ScanReport
{
public:
    explicit ScanReport(const QString& notesPacksFolder);

    QJsonObject toJson(const library::Track& track);
    QJsonArray toJson(const QList<library::Track>& tracks);
    // Files beside the tracks that were read but not well ("PATH: cannot tell its character
    // encoding ...") or not at all ("PATH: a FIFO, not a regular file"), for stderr: the JSON
    // describes tracks.
    const QStringList& warnings() const { return m_warnings; }
    // The notes the report resolves tracks with (the packs' included).
    notes::NotesRepository& notes() { return m_notes; }

private:
    notes::NotesRepository m_notes;
    QStringList m_warnings;
};

} // namespace liner::app
