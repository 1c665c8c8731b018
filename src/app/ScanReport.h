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

private:
    notes::NotesRepository m_notes;
};

} // namespace liner::app
