#include "FolderWalk.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace liner::library {

namespace {

// What an entry is, a link counted as what it points to; a link to a folder, or to nothing, is
// skipped (std::nullopt).
std::optional<WalkEntry::Kind> kindOf(int folder, const dirent& entry)
{
    if (entry.d_type == DT_REG)
        return WalkEntry::Kind::File;
    if (entry.d_type == DT_DIR)
        return WalkEntry::Kind::Folder;
    struct stat status = {};
    if (::fstatat(folder, entry.d_name, &status, 0) != 0)
        return std::nullopt;
    if (S_ISREG(status.st_mode))
        return WalkEntry::Kind::File;
    const bool isLink = entry.d_type == DT_LNK ||
                        (::fstatat(folder, entry.d_name, &status, AT_SYMLINK_NOFOLLOW) == 0 &&
                         S_ISLNK(status.st_mode));
    if (S_ISDIR(status.st_mode) && !isLink)
        return WalkEntry::Kind::Folder;
    return std::nullopt;
}

void walkOpenFolder(int folder, const QString& path, const std::function<void(WalkEntry&&)>& visit);

// Opens `name` in the folder `parent` (or `path` itself when parent is AT_FDCWD) and walks it.
void walkChild(int parent, const char* name, const QString& path,
               const std::function<void(WalkEntry&&)>& visit)
{
    const int folder = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0) {
        visit({WalkEntry::Kind::UnreadableFolder, path,
               QString::fromLocal8Bit(std::strerror(errno))});
        return;
    }
    walkOpenFolder(folder, path, visit);
}

void walkOpenFolder(int folder, const QString& path, const std::function<void(WalkEntry&&)>& visit)
{
    DIR* listing = ::fdopendir(folder);
    if (listing == nullptr) {
        visit({WalkEntry::Kind::UnreadableFolder, path,
               QString::fromLocal8Bit(std::strerror(errno))});
        ::close(folder);
        return;
    }
    while (const dirent* entry = ::readdir(listing)) {
        if (entry->d_name[0] == '.')
            continue;
        const std::optional<WalkEntry::Kind> kind = kindOf(folder, *entry);
        if (!kind)
            continue;
        const QString entryPath = path + u'/' + QFile::decodeName(entry->d_name);
        visit({*kind, entryPath, {}});
        if (*kind == WalkEntry::Kind::Folder)
            walkChild(folder, entry->d_name, entryPath, visit);
    }
    ::closedir(listing);
}

} // namespace

QByteArray FileStamp::of(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return QByteArrayLiteral("-");
    const qint64 fields[] = {qint64(status.st_size), qint64(status.st_mtim.tv_sec),
                             qint64(status.st_mtim.tv_nsec)};
    return {reinterpret_cast<const char*>(fields), qsizetype(sizeof fields)};
}

void walkFolder(const QString& root, const std::function<void(WalkEntry&&)>& visit)
{
    walkChild(AT_FDCWD, QFile::encodeName(root).constData(), root, visit);
}

} // namespace liner::library
