#include "common/InputFile.h"

#include "common/FileName.h"

#include <QLocale>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace liner {

namespace {

constexpr qint64 kMiB = qint64{1024} * 1024;

QString notRegular(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("it is a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO, not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device, not a regular file");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket, not a regular file");
    return QStringLiteral("not a regular file");
}

QString systemError(int code)
{
    if (code == ENOENT || code == ENOTDIR)
        return QStringLiteral("no such file");
    if (code == EACCES || code == EPERM)
        return QStringLiteral("permission denied");
    if (code == ELOOP)
        return QStringLiteral("too many levels of symbolic links");
    return QString::fromLocal8Bit(std::strerror(code));
}

QString kindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Lyrics:
        return QStringLiteral("lyrics");
    case InputKind::Notes:
        return QStringLiteral("liner notes");
    case InputKind::Playlist:
        return QStringLiteral("a playlist");
    case InputKind::CueSheet:
        return QStringLiteral("a CUE sheet");
    case InputKind::Image:
        return QStringLiteral("a picture");
    case InputKind::UserData:
        return QStringLiteral("Liner's data");
    }
    return {};
}

QString tooLarge(InputKind kind)
{
    return QStringLiteral("too large for %1 (more than %2)")
        .arg(kindName(kind), QLocale::c().formattedDataSize(inputSizeCap(kind), 0));
}

} // namespace

qint64 inputSizeCap(InputKind kind)
{
    switch (kind) {
    case InputKind::Lyrics:
        return 4 * kMiB;
    case InputKind::Notes:
        return 16 * kMiB;
    case InputKind::Playlist:
        return 64 * kMiB;
    case InputKind::CueSheet:
        return 1 * kMiB;
    case InputKind::Image:
        return 64 * kMiB;
    case InputKind::UserData:
        return 256 * kMiB;
    }
    return 0;
}

InputFile::InputFile(const QString& path) : InputFile(encodeFileName(path)) {}

InputFile::InputFile(const QByteArray& encodedPath, Seen seen)
{
    // Looked at before it is opened, unless the caller just did: opening some devices has effects
    // of its own, and a FIFO opened for reading waits for a writer.
    struct stat status = {};
    if (seen == Seen::NotYet) {
        if (encodedPath.isEmpty() || ::stat(encodedPath.constData(), &status) != 0) {
            const int code = encodedPath.isEmpty() ? ENOENT : errno;
            m_missing = code == ENOENT || code == ENOTDIR;
            m_error = systemError(code);
            return;
        }
        if (!S_ISREG(status.st_mode)) {
            m_error = notRegular(status.st_mode);
            return;
        }
    }
    // O_NONBLOCK as well, and checked again once open: the name may have been replaced since.
    const int descriptor =
        ::open(encodedPath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (descriptor < 0) {
        m_missing = errno == ENOENT || errno == ENOTDIR;
        m_error = systemError(errno);
        return;
    }
    if (::fstat(descriptor, &status) != 0 || !S_ISREG(status.st_mode)) {
        m_error = notRegular(status.st_mode);
        ::close(descriptor);
        return;
    }
    m_descriptor = descriptor;
    m_size = qint64(status.st_size);
    m_modified = status.st_mtim;
}

InputFile::~InputFile()
{
    if (m_descriptor >= 0)
        ::close(m_descriptor);
}

InputFile::InputFile(InputFile&& other) noexcept
    : m_descriptor(std::exchange(other.m_descriptor, -1)), m_size(other.m_size),
      m_modified(other.m_modified), m_missing(other.m_missing), m_error(std::move(other.m_error))
{}

InputFile& InputFile::operator=(InputFile&& other) noexcept
{
    if (this != &other) {
        if (m_descriptor >= 0)
            ::close(m_descriptor);
        m_descriptor = std::exchange(other.m_descriptor, -1);
        m_size = other.m_size;
        m_modified = other.m_modified;
        m_missing = other.m_missing;
        m_error = std::move(other.m_error);
    }
    return *this;
}

qint64 InputFile::readAt(char* into, qint64 length, qint64 offset) const
{
    if (m_descriptor < 0 || length < 0 || offset < 0)
        return -1;
    qint64 got = 0;
    while (got < length) {
        const ssize_t read =
            ::pread(m_descriptor, into + got, std::size_t(length - got), off_t(offset + got));
        if (read > 0)
            got += read;
        else if (read == 0)
            break;
        else if (errno != EINTR)
            return got > 0 ? got : -1;
    }
    return got;
}

InputBytes readInputFile(const QString& path, InputKind kind)
{
    InputBytes result;
    const InputFile file(path);
    if (!file.isOpen()) {
        result.error = file.error();
        result.missing = file.missing();
        return result;
    }
    const qint64 cap = inputSizeCap(kind);
    if (file.size() > cap) {
        result.error = tooLarge(kind);
        return result;
    }
    // The size stat() gave is a hint only: read to the end, but never past the cap.
    constexpr qint64 kChunk = qint64{64} * 1024;
    result.bytes.reserve(file.size());
    for (;;) {
        const qint64 at = result.bytes.size();
        const qint64 wanted = std::min(kChunk, cap + 1 - at);
        result.bytes.resize(at + wanted);
        const qint64 read = file.readAt(result.bytes.data() + at, wanted, at);
        if (read < 0) {
            result.bytes.clear();
            result.error = systemError(errno);
            return result;
        }
        result.bytes.resize(at + read);
        if (result.bytes.size() > cap) {
            result.bytes.clear();
            result.error = tooLarge(kind);
            return result;
        }
        if (read < wanted)
            return result;
    }
}

} // namespace liner
