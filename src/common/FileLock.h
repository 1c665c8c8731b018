#pragma once

#include <QString>

namespace liner::common {

// An exclusive lock on a file, held by this process until the lock is destroyed (flock(2): the
// system lets it go when the process ends, however it ends, so no lock is ever left stale and the
// lock file, made when missing, never needs removing).
class FileLock
{
public:
    // Tries for up to `timeoutMs` (0: once). The folder must exist.
    explicit FileLock(const QString& path, int timeoutMs = 0);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    bool isLocked() const { return m_locked; }
    // Why the lock was not taken: held by another process, or the file could not be made.
    const QString& problem() const { return m_problem; }

private:
    int m_fd = -1;
    bool m_locked = false;
    QString m_problem;
};

} // namespace liner::common
