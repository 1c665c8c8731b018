#include "library/FolderWalk.h"

#include "common/FileName.h"
#include "library/PlayingOrder.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <numeric>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace liner::library {

namespace {

enum class Kind
{
    File,
    Folder,
    Other, // a FIFO, device or socket
    Neither
};

// What an entry is, a link counted as what it points to, except that a link to a folder is not
// followed (Neither), and neither is a link to nothing.
Kind kindOf(int folder, const dirent& entry)
{
    if (entry.d_type == DT_REG)
        return Kind::File;
    if (entry.d_type == DT_DIR)
        return Kind::Folder;
    struct stat status = {};
    if (::fstatat(folder, entry.d_name, &status, 0) != 0)
        return Kind::Neither;
    if (S_ISREG(status.st_mode))
        return Kind::File;
    if (!S_ISDIR(status.st_mode))
        return Kind::Other;
    const bool isLink = entry.d_type == DT_LNK ||
                        (::fstatat(folder, entry.d_name, &status, AT_SYMLINK_NOFOLLOW) == 0 &&
                         S_ISLNK(status.st_mode));
    return isLink ? Kind::Neither : Kind::Folder;
}

QByteArray stampOf(qint64 size, const timespec& modified)
{
    const qint64 fields[] = {size, qint64(modified.tv_sec), qint64(modified.tv_nsec)};
    return {reinterpret_cast<const char*>(fields), qsizetype(sizeof fields)};
}

QByteArray stampOf(const struct stat& status)
{
    return stampOf(qint64(status.st_size), status.st_mtim);
}

QString problemText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Walks the folder `name` of the open folder `parent` (or `path` itself, with AT_FDCWD).
struct Walk
{
    const PlayingOrder& order;
    const std::function<void(WalkedFolder&&)>& visit;
    const std::function<bool(const QString&)>& descend;
};

void walk(int parent, const char* name, const QString& path, const Walk& how)
{
    WalkedFolder found{path, {}, {}, {}, {}};
    const int folder = ::openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR* listing = folder < 0 ? nullptr : ::fdopendir(folder);
    if (listing == nullptr) {
        found.problem = problemText();
        if (folder >= 0)
            ::close(folder);
        how.visit(std::move(found));
        return;
    }
    std::vector<QByteArray> subfolders;
    while (const dirent* entry = ::readdir(listing)) {
        if (entry->d_name[0] == '.')
            continue;
        switch (kindOf(folder, *entry)) {
        case Kind::File:
            found.files << decodeFileName(entry->d_name);
            break;
        case Kind::Folder:
            found.folders << decodeFileName(entry->d_name);
            subfolders.emplace_back(entry->d_name);
            break;
        case Kind::Other:
            found.others << decodeFileName(entry->d_name);
            break;
        case Kind::Neither:
            break;
        }
    }
    const QStringList names = found.folders;
    how.visit(std::move(found));
    std::vector<qsizetype> byName(subfolders.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&](qsizetype a, qsizetype b) {
        return how.order.compareFolders(names[a], names[b]) < 0;
    });
    for (const qsizetype i : byName) {
        const QString subfolder = path + u'/' + names[i];
        if (!how.descend || how.descend(subfolder))
            walk(folder, subfolders[std::size_t(i)].constData(), subfolder, how);
    }
    ::closedir(listing);
}

} // namespace

QByteArray FileStamp::of(const QString& path)
{
    struct stat status = {};
    return ::stat(encodeFileName(path).constData(), &status) == 0 ? stampOf(status)
                                                                  : QByteArrayLiteral("-");
}

QByteArray FileStamp::of(const InputFile& file)
{
    return stampOf(file.size(), file.modified());
}

QList<QByteArray> FileStamp::ofFilesIn(const QString& folder, const QStringList& names)
{
    QList<QByteArray> stamps;
    stamps.reserve(names.size());
    const int descriptor =
        ::open(encodeFileName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    for (const QString& name : names) {
        struct stat status = {};
        stamps << (descriptor >= 0 &&
                           ::fstatat(descriptor, encodeFileName(name).constData(), &status, 0) == 0
                       ? stampOf(status)
                       : QByteArrayLiteral("-"));
    }
    if (descriptor >= 0)
        ::close(descriptor);
    return stamps;
}

void walkFolder(const QString& root, const std::function<void(WalkedFolder&&)>& visit,
                const std::function<bool(const QString&)>& descend)
{
    const PlayingOrder order;
    walk(AT_FDCWD, encodeFileName(root).constData(), root, Walk{order, visit, descend});
}

} // namespace liner::library
