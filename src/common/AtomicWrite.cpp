#include "common/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace liner::common {

namespace {

const QString kFolderName = QStringLiteral(".liner-unfinished");
const QString kNamePrefix = QStringLiteral("write-");

QString failure(const QString& path, int error)
{
    return QStringLiteral("Cannot write %1: %2")
        .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)));
}

QString randomLetters()
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString letters;
    for (int i = 0; i < 6; ++i)
        letters += QLatin1Char(kAlphabet[QRandomGenerator::global()->bounded(62)]);
    return letters;
}

// A new file of Liner's own in `privateFolder`, made when missing. Another write may remove the
// folder, once empty, between the two steps: then it is made again.
int openUnfinished(const QString& privateFolder, QString& name, int& error)
{
    const QByteArray folder = QFile::encodeName(privateFolder);
    for (int attempt = 0; attempt < 100; ++attempt) {
        if (::mkdir(folder.constData(), 0700) != 0 && errno != EEXIST) {
            error = errno;
            return -1;
        }
        struct stat info = {};
        if (::lstat(folder.constData(), &info) == 0 && !S_ISDIR(info.st_mode)) {
            error = ENOTDIR;
            return -1;
        }
        name = QStringLiteral("%1/%2%3-%4")
                   .arg(privateFolder, kNamePrefix, QString::number(::getpid()), randomLetters());
        const int fd = ::open(QFile::encodeName(name).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd >= 0)
            return fd;
        if (errno != EEXIST && errno != ENOENT) {
            error = errno;
            return -1;
        }
    }
    error = EEXIST;
    return -1;
}

// An error message in the form every failure here takes, or an empty string.
QString writeAll(int fd, const QString& target, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return failure(target, written < 0 ? errno : ENOSPC);
        data += written;
        left -= written;
    }
    return {};
}

// The file a write to `path` replaces: the one a symbolic link names, else `path`.
QString replacedFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return path;
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical;
}

bool isRunning(qint64 pid)
{
    if (pid <= 0 || pid > INT_MAX)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

QString unfinishedWritesFolder(const QString& folder)
{
    return QDir(folder).filePath(kFolderName);
}

namespace {

// The work of replaceFileAtomically once the symbolic link `path` may be is resolved: `target`
// is the file replaced.
QString replaceResolvedFile(const QString& target, const FillUnfinished& fill)
{
    const QByteArray targetName = QFile::encodeName(target);
    struct stat existing = {};
    const bool exists = ::stat(targetName.constData(), &existing) == 0;
    // Root may write anything: the mode bits say what the user meant.
    if (exists && ((existing.st_mode & 0222) == 0 || ::access(targetName.constData(), W_OK) != 0))
        return failure(target, EACCES);
    const QString privateFolder = unfinishedWritesFolder(QFileInfo(target).absolutePath());
    QString unfinished;
    int error = 0;
    const int fd = openUnfinished(privateFolder, unfinished, error);
    if (fd < 0)
        return failure(target, error);
    const QByteArray unfinishedName = QFile::encodeName(unfinished);
    if (exists)
        ::fchmod(fd, existing.st_mode & 07777);
    QString message = fill(fd, unfinished);
    // fsync flushes the file's data whichever descriptor wrote it, ours or the filler's own.
    if (message.isEmpty() && ::fsync(fd) != 0)
        message = failure(target, errno);
    if (::close(fd) != 0 && message.isEmpty())
        message = failure(target, errno);
    if (message.isEmpty() && ::rename(unfinishedName.constData(), targetName.constData()) != 0)
        message = failure(target, errno);
    if (!message.isEmpty())
        ::unlink(unfinishedName.constData());
    // Only an empty folder can be removed: another write's file keeps it.
    ::rmdir(QFile::encodeName(privateFolder).constData());
    return message;
}

} // namespace

QString writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const QString target = replacedFile(path);
    return replaceResolvedFile(
        target, [&target, &bytes](int fd, const QString&) { return writeAll(fd, target, bytes); });
}

QString replaceFileAtomically(const QString& path, const FillUnfinished& fill)
{
    return replaceResolvedFile(replacedFile(path), fill);
}

QStringList removeUnfinishedWrites(const QString& folder)
{
    static const QRegularExpression ours(
        QStringLiteral("^write-([1-9][0-9]{0,9})-[A-Za-z0-9]{6}$"));
    const QString privateFolder = unfinishedWritesFolder(folder);
    QStringList removed;
    const QStringList names =
        QDir(privateFolder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString& name : names) {
        const QRegularExpressionMatch match = ours.match(name);
        if (!match.hasMatch() || isRunning(match.captured(1).toLongLong()))
            continue;
        const QString path = privateFolder + u'/' + name;
        struct stat info = {};
        const QByteArray encoded = QFile::encodeName(path);
        if (::lstat(encoded.constData(), &info) != 0 || !S_ISREG(info.st_mode) ||
            ::unlink(encoded.constData()) != 0)
            continue;
        qInfo("liner: removed %s, a write cut short when Liner last stopped", qPrintable(path));
        removed << path;
    }
    ::rmdir(QFile::encodeName(privateFolder).constData());
    return removed;
}

} // namespace liner::common
