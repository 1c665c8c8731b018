#pragma once

#include "library/FolderTracks.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace liner::gui {

// What the window says when a library pass ends: the cache's problems, the files that could not
// be read and the folders that could not be entered (the first few of each by name). Empty when
// all went well.
class ScanNotice
{
    Q_DECLARE_TR_FUNCTIONS(liner::gui::ScanNotice)

public:
    static QString describe(const QList<library::FolderTracksPtr>& library,
                            const QStringList& problems);
};

} // namespace liner::gui
