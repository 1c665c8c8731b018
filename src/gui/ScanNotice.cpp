#include "gui/ScanNotice.h"

#include "common/FileName.h"

#include <QFileInfo>

namespace liner::gui {

namespace {

QString firstNames(const QStringList& names)
{
    return names.mid(0, 3).join(QStringLiteral(", ")) +
           (names.size() > 3 ? QStringLiteral(", …") : QString());
}

} // namespace

QString ScanNotice::describe(const QList<library::Track>& tracks, const QStringList& problems)
{
    QStringList notices = problems;
    QStringList files;
    QStringList folders;
    for (const library::Track& track : tracks) {
        if (track.isReadable())
            continue;
        (pathType(track.path) == PathType::Folder ? folders : files)
            << readableFileName(QFileInfo(track.path).fileName());
    }
    if (!files.isEmpty())
        notices << (files.size() == 1
                        ? tr("1 file could not be read and was left out: %1")
                        : tr("%1 files could not be read and were left out: %2").arg(files.size()))
                       .arg(firstNames(files));
    if (!folders.isEmpty())
        notices << (folders.size() == 1 ? tr("1 folder could not be opened and was left out: %1")
                                        : tr("%1 folders could not be opened and were left out: %2")
                                              .arg(folders.size()))
                       .arg(firstNames(folders));
    return notices.join(QStringLiteral("; "));
}

} // namespace liner::gui
