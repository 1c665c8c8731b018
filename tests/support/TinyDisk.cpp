#include "support/TinyDisk.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace liner::testing {

namespace {

const QString kFiller = QStringLiteral("filler");

QString failed(const char* step)
{
    return QStringLiteral("%1 failed: %2 (a tiny disk needs root or CAP_SYS_ADMIN)")
        .arg(QLatin1String(step), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

TinyDisk::TinyDisk(const QString& folder, qint64 bytes) : m_folder(folder)
{
    QDir().mkpath(folder);
    // Mounts made from here on stay in this namespace, and never reach the host's.
    if (::unshare(CLONE_NEWNS) != 0) {
        m_reason = failed("unshare(CLONE_NEWNS)");
        return;
    }
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        m_reason = failed("making / private");
        return;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) !=
        0) {
        m_reason = failed("mount -t tmpfs");
        return;
    }
    m_mounted = true;
}

TinyDisk::~TinyDisk()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

bool TinyDisk::fill()
{
    QFile filler(QDir(m_folder).filePath(kFiller));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return false;
    const QByteArray block(512, 'f');
    while (filler.write(block) == block.size()) {
    }
    // Then byte by byte, until the last one is taken.
    while (filler.write("f", 1) == 1) {
    }
    return true;
}

void TinyDisk::empty()
{
    QFile::remove(QDir(m_folder).filePath(kFiller));
}

} // namespace liner::testing
