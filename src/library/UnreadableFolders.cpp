#include "UnreadableFolders.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <optional>
#include <unistd.h>

namespace liner::library {

namespace {

// Listing a folder needs read permission, entering it search (execute) permission; access()
// asks the kernel, so root, ACLs and read-only mounts are judged as the walk will meet them.
std::optional<Track> unreadable(const QString& folder)
{
    if (::access(QFile::encodeName(folder).constData(), R_OK | X_OK) == 0)
        return std::nullopt;
    Track track;
    track.path = folder;
    track.error = QStringLiteral("folder cannot be read: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)).toLower());
    return track;
}

} // namespace

QList<Track> findUnreadableFolders(const QStringList& paths)
{
    QList<Track> folders;
    for (const QString& path : paths) {
        const QFileInfo root(path);
        if (!root.isDir())
            continue;
        if (auto track = unreadable(root.absoluteFilePath())) {
            folders << *track;
            continue;
        }
        QDirIterator it(root.absoluteFilePath(),
                        QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (auto track = unreadable(it.next()))
                folders << *track;
        }
    }
    return folders;
}

} // namespace liner::library
