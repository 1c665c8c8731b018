#include "playlist/PlaylistStore.h"

#include "common/AtomicWrite.h"
#include "common/InputFile.h"
#include "common/KeptAside.h"
#include "playlist/PlaylistFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace liner::playlist {

namespace {

const QString kSuffix = QStringLiteral(".m3u8");

// renameat2(2) moves the name in one step, so a kill leaves the file under the old name or the new
// one (QFile::rename may fall back to link+unlink or a copy, which can leave both or half of one),
// and RENAME_NOREPLACE makes it fail rather than replace a file that appeared at `to` after the
// caller looked: a move never deletes a file Liner did not make.
QString moveFile(const QString& from, const QString& to)
{
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                    QFile::encodeName(to).constData(), RENAME_NOREPLACE) == 0)
        return {};
    return QStringLiteral("Cannot move %1 to %2: %3")
        .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to),
             QString::fromLocal8Bit(std::strerror(errno)));
}

// "<milliseconds since the epoch> <name>.m3u8": the deletion time survives a restart in the name
// itself, since rename keeps the file's own times.
DeletedPlaylist parseDeletedName(const QFileInfo& file)
{
    const QString stem = file.fileName().chopped(kSuffix.size());
    const qsizetype space = stem.indexOf(u' ');
    bool ok = false;
    const qint64 ms = space > 0 ? stem.first(space).toLongLong(&ok) : 0;
    if (!ok)
        return {};
    return {stem.sliced(space + 1), QDateTime::fromMSecsSinceEpoch(ms), file.absoluteFilePath()};
}

} // namespace

PlaylistStore::PlaylistStore(const QString& folder, const QString& libraryRoot, QObject* parent)
    : QObject(parent), m_folder(folder.isEmpty() ? defaultFolder() : folder),
      m_libraryRoot(libraryRoot)
{}

QString PlaylistStore::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("playlists"));
}

QString PlaylistStore::deletedFolder() const
{
    return QDir(m_folder).filePath(QStringLiteral("Recently deleted"));
}

QString PlaylistStore::pathOf(const QString& name) const
{
    return QDir(m_folder).filePath(name + kSuffix);
}

QString PlaylistStore::nameProblem(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("A playlist needs a name");
    if (name != name.trimmed())
        return QStringLiteral("A playlist name cannot start or end with a blank");
    if (name.startsWith(u'.'))
        return QStringLiteral("A playlist name cannot start with a dot");
    if (name.contains(u'/') || name.contains(QChar(0)))
        return QStringLiteral("A playlist name cannot contain '/'");
    // The file name must fit in NAME_MAX bytes with the suffix and a deletion time before it.
    if (QFile::encodeName(name).size() > 200)
        return QStringLiteral("A playlist name must be shorter");
    return {};
}

QString PlaylistStore::unusedName(const QString& base) const
{
    QString name = base;
    for (int n = 2; m_playlists.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

QString PlaylistStore::readOne(const QString& path, QList<PlaylistEntry>& entries) const
{
    const InputBytes file = readInputFile(path, InputKind::Playlist);
    if (!file.ok())
        return file.error;
    const QByteArray& bytes = file.bytes;
    // Liner never writes an empty file (an empty playlist still has its #EXTM3U line), nor NULs.
    if (bytes.isEmpty())
        return QStringLiteral("the file is empty");
    if (bytes.contains('\0'))
        return QStringLiteral("the file holds binary data");
    const ReadResult read =
        parsePlaylist(bytes, PlaylistFormat::M3u8,
                      m_libraryRoot.isEmpty() ? QFileInfo(path).absolutePath() : m_libraryRoot);
    if (!read.ok())
        return read.error;
    if (!read.problems.isEmpty())
        return QStringLiteral("line %1: %2")
            .arg(read.problems.constFirst().line)
            .arg(read.problems.constFirst().message);
    entries = read.playlist.entries;
    return {};
}

QStringList PlaylistStore::load()
{
    QStringList problems;
    m_playlists.clear();
    common::removeUnfinishedWrites(m_folder);
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({u'*' + kSuffix}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo& info : files) {
        const QString name = info.fileName().chopped(kSuffix.size());
        QList<PlaylistEntry> entries;
        const QString damage = readOne(info.absoluteFilePath(), entries);
        if (damage.isEmpty()) {
            m_playlists.insert(name, entries);
            continue;
        }
        const QString aside = common::moveAside(info.absoluteFilePath(), QStringLiteral("damaged"));
        problems << (aside.isEmpty()
                         ? QStringLiteral("Playlist \"%1\" is damaged (%2) and cannot be moved "
                                          "aside; Liner leaves it as it is")
                               .arg(name, damage)
                         : QStringLiteral("Playlist \"%1\" is damaged (%2); it was kept as %3")
                               .arg(name, damage, QDir::toNativeSeparators(aside)));
    }
    pruneDeleted();
    emit namesChanged();
    return problems;
}

QString PlaylistStore::write(const QString& name, const QList<PlaylistEntry>& entries) const
{
    if (!QDir().mkpath(m_folder))
        return QStringLiteral("Cannot create the folder %1")
            .arg(QDir::toNativeSeparators(m_folder));
    return writePlaylist(pathOf(name), entries, {m_libraryRoot, {}});
}

QString PlaylistStore::create(const QString& name, const QList<PlaylistEntry>& entries)
{
    if (QString problem = nameProblem(name); !problem.isEmpty())
        return problem;
    if (m_playlists.contains(name) || QFileInfo::exists(pathOf(name)))
        return QStringLiteral("A playlist named \"%1\" exists already").arg(name);
    if (QString error = write(name, entries); !error.isEmpty())
        return error;
    m_playlists.insert(name, entries);
    emit namesChanged();
    return {};
}

QString PlaylistStore::setEntries(const QString& name, const QList<PlaylistEntry>& entries)
{
    if (!m_playlists.contains(name))
        return QStringLiteral("There is no playlist named \"%1\"").arg(name);
    if (QString error = write(name, entries); !error.isEmpty())
        return error;
    m_playlists.insert(name, entries);
    emit entriesChanged(name);
    return {};
}

QString PlaylistStore::rename(const QString& from, const QString& to)
{
    if (!m_playlists.contains(from))
        return QStringLiteral("There is no playlist named \"%1\"").arg(from);
    if (from == to)
        return {};
    if (QString problem = nameProblem(to); !problem.isEmpty())
        return problem;
    if (m_playlists.contains(to) || QFileInfo::exists(pathOf(to)))
        return QStringLiteral("A playlist named \"%1\" exists already").arg(to);
    if (QString error = moveFile(pathOf(from), pathOf(to)); !error.isEmpty())
        return error;
    m_playlists.insert(to, m_playlists.take(from));
    emit renamed(from, to);
    emit namesChanged();
    return {};
}

QString PlaylistStore::remove(const QString& name, DeletedPlaylist* deleted, const QString& asFile)
{
    if (!m_playlists.contains(name))
        return QStringLiteral("There is no playlist named \"%1\"").arg(name);
    if (!QDir().mkpath(deletedFolder()))
        return QStringLiteral("Cannot create the folder %1")
            .arg(QDir::toNativeSeparators(deletedFolder()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString target = asFile;
    if (!target.isEmpty() &&
        (QFileInfo::exists(target) || parseDeletedName(QFileInfo(target)).file.isEmpty() ||
         QFileInfo(target).absolutePath() != QFileInfo(deletedFolder()).absoluteFilePath()))
        return QStringLiteral("Cannot delete \"%1\" as %2")
            .arg(name, QDir::toNativeSeparators(target));
    // Two deletions within one millisecond must not share a file.
    for (qint64 ms = now.toMSecsSinceEpoch(); target.isEmpty() || QFileInfo::exists(target); ++ms)
        target =
            QDir(deletedFolder()).filePath(QStringLiteral("%1 %2%3").arg(ms).arg(name, kSuffix));
    if (QString error = moveFile(pathOf(name), target); !error.isEmpty())
        return error;
    m_playlists.remove(name);
    if (deleted)
        *deleted = parseDeletedName(QFileInfo(target));
    pruneDeleted();
    emit namesChanged();
    return {};
}

QString PlaylistStore::discard(const QString& name)
{
    if (!m_playlists.contains(name))
        return QStringLiteral("There is no playlist named \"%1\"").arg(name);
    QFile file(pathOf(name));
    if (!file.remove())
        return QStringLiteral("Cannot delete %1: %2")
            .arg(QDir::toNativeSeparators(pathOf(name)), file.errorString());
    m_playlists.remove(name);
    emit namesChanged();
    return {};
}

QList<DeletedPlaylist> PlaylistStore::recentlyDeleted() const
{
    QList<DeletedPlaylist> deleted;
    const QFileInfoList files =
        QDir(deletedFolder()).entryInfoList({u'*' + kSuffix}, QDir::Files | QDir::Hidden);
    for (const QFileInfo& file : files) {
        const DeletedPlaylist playlist = parseDeletedName(file);
        if (!playlist.file.isEmpty())
            deleted << playlist;
    }
    std::ranges::sort(deleted, [](const DeletedPlaylist& a, const DeletedPlaylist& b) {
        return a.deletedAt > b.deletedAt;
    });
    return deleted;
}

QString PlaylistStore::restore(const DeletedPlaylist& deleted, QString* restoredName)
{
    QList<PlaylistEntry> entries;
    if (const QString damage = readOne(deleted.file, entries); !damage.isEmpty())
        return QStringLiteral("Cannot restore \"%1\": %2").arg(deleted.name, damage);
    QString name = deleted.name;
    for (int n = 2; m_playlists.contains(name) || QFileInfo::exists(pathOf(name)); ++n)
        name = n == 2 ? QStringLiteral("%1 (restored)").arg(deleted.name)
                      : QStringLiteral("%1 (restored %2)").arg(deleted.name).arg(n);
    if (QString error = moveFile(deleted.file, pathOf(name)); !error.isEmpty())
        return error;
    m_playlists.insert(name, entries);
    if (restoredName)
        *restoredName = name;
    emit namesChanged();
    return {};
}

void PlaylistStore::pruneDeleted() const
{
    const QList<DeletedPlaylist> deleted = recentlyDeleted();
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-kDeletedDays);
    for (qsizetype i = 0; i < deleted.size(); ++i) {
        if ((i >= kMaxDeleted || deleted[i].deletedAt < oldest) && QFile::remove(deleted[i].file))
            qInfo("liner: removed %s from Recently deleted, deleted on %s",
                  qPrintable(deleted[i].file),
                  qPrintable(deleted[i].deletedAt.toString(Qt::ISODate)));
    }
}

} // namespace liner::playlist
