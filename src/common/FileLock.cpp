#include "common/FileLock.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace liner::common {

FileLock::FileLock(const QString& path, int timeoutMs)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                  0600);
    if (m_fd < 0) {
        m_problem = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            m_problem = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        if (deadline.hasExpired()) {
            m_problem = QStringLiteral("another process holds it");
            return;
        }
        QThread::msleep(5);
    }
    m_locked = true;
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace liner::common
