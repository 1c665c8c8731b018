#include "server/MediaCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <utility>

namespace liner::server {

namespace {

const QString kCompleteSuffix = QStringLiteral(".audio");
const QString kPartSuffix = QStringLiteral(".part");

bool processRuns(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

MediaCache::MediaCache(const QString& folder, qint64 limitBytes)
    : m_folder(folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                      QStringLiteral("/server-media")
                                : folder),
      m_limit(limitBytes)
{
    QDir().mkpath(m_folder);
    removeAbandonedParts();
}

void MediaCache::setLimit(qint64 bytes)
{
    {
        const std::lock_guard lock(m_mutex);
        m_limit = bytes;
    }
    trim();
}

qint64 MediaCache::limit() const
{
    const std::lock_guard lock(m_mutex);
    return m_limit;
}

QString MediaCache::keyFor(const QString& identity)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString MediaCache::completePath(const QString& key) const
{
    return m_folder + u'/' + key + kCompleteSuffix;
}

QString MediaCache::partialPath(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    // KEY.N.PID.part: unique to this download, and the process that may still be writing it.
    return QStringLiteral("%1/%2.%3.%4%5")
        .arg(m_folder, key)
        .arg(++m_partsMade)
        .arg(QCoreApplication::applicationPid())
        .arg(kPartSuffix);
}

QString MediaCache::find(const QString& key) const
{
    const std::lock_guard lock(m_mutex);
    QString path = completePath(key);
    QFile file(path);
    if (!file.exists())
        return {};
    // Its time is when it was last used: the order in which trim() removes files.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return path;
}

bool MediaCache::commit(const QString& partialPath, const QString& key)
{
    {
        const std::lock_guard lock(m_mutex);
        // rename() replaces an older copy in one step, so a reader never sees none.
        if (::rename(QFile::encodeName(partialPath).constData(),
                     QFile::encodeName(completePath(key)).constData()) != 0)
            return false;
    }
    trim();
    return true;
}

void MediaCache::trim()
{
    const std::lock_guard lock(m_mutex);
    QFileInfoList files = QDir(m_folder).entryInfoList({u'*' + kCompleteSuffix}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return a.lastModified() > b.lastModified();
    });
    qint64 total = 0;
    for (const QFileInfo& file : std::as_const(files)) {
        total += file.size();
        // Open files stay readable after removal, so a song being played loses nothing.
        if (total > m_limit)
            QFile::remove(file.filePath());
    }
}

qint64 MediaCache::sizeOnDisk() const
{
    const std::lock_guard lock(m_mutex);
    qint64 total = 0;
    for (const QFileInfo& file :
         QDir(m_folder).entryInfoList({u'*' + kCompleteSuffix}, QDir::Files))
        total += file.size();
    return total;
}

void MediaCache::removeAbandonedParts() const
{
    for (const QFileInfo& file : QDir(m_folder).entryInfoList({u'*' + kPartSuffix}, QDir::Files)) {
        // KEY.N.PID.part: another Liner may still be writing it.
        const QString pid = file.completeBaseName().section(u'.', -1);
        if (!processRuns(pid.toLongLong()))
            QFile::remove(file.filePath());
    }
}

} // namespace liner::server
