#include "library/FolderWatch.h"

#include <QFile>
#include <QSet>
#include <QSocketNotifier>
#include <algorithm>
#include <array>
#include <sys/inotify.h>
#include <unistd.h>

namespace liner::library {

namespace {

// A file written and closed (a tag saved in place), its times or rights changed (touch), a name
// made, removed or moved in or out, and the folder itself removed or moved.
constexpr quint32 kEvents = IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                            IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

// How often folders it cannot watch are looked at again: a pass over them lists each and stat()s
// its files, so a minute costs little even for thousands of them.
constexpr std::chrono::seconds kPollInterval{60};

} // namespace

FolderWatch::FolderWatch(QObject* parent)
    : QObject(parent), m_inotify(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)),
      m_watchRest(new QTimer(this)), m_poll(new QTimer(this))
{
    m_watchRest->setSingleShot(true);
    connect(m_watchRest, &QTimer::timeout, this, &FolderWatch::watchSome);
    m_poll->setInterval(kPollInterval);
    connect(m_poll, &QTimer::timeout, this, [this] {
        for (const QString& folder : std::as_const(m_unwatched))
            emit changed(folder);
    });
    if (m_inotify < 0)
        return;
    m_notifier = new QSocketNotifier(m_inotify, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &FolderWatch::readEvents);
}

FolderWatch::~FolderWatch()
{
    if (m_inotify >= 0)
        ::close(m_inotify);
}

void FolderWatch::setFolders(const QStringList& folders)
{
    const QSet<QString> wanted(folders.cbegin(), folders.cend());
    for (auto it = m_watchOfFolder.begin(); it != m_watchOfFolder.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        ::inotify_rm_watch(m_inotify, *it);
        m_folderOfWatch.remove(*it);
        it = m_watchOfFolder.erase(it);
    }
    m_unwatched.clear();
    m_pending.clear();
    QSet<QString> seen;
    // In the order given (the walk's): at the limit, the folders met first keep their watches.
    for (const QString& folder : folders) {
        if (!m_watchOfFolder.contains(folder) && !seen.contains(folder)) {
            seen.insert(folder);
            m_pending << folder;
        }
    }
    m_watchRest->stop();
    watchSome();
}

void FolderWatch::watchSome()
{
    const qsizetype count = std::min(m_pending.size(), kFoldersAtOnce);
    for (qsizetype i = 0; i < count; ++i) {
        const QString& folder = m_pending.at(i);
        const int watch =
            m_inotify < 0 || m_watchOfFolder.size() >= m_watchLimit
                ? -1
                : ::inotify_add_watch(m_inotify, QFile::encodeName(folder).constData(), kEvents);
        if (watch < 0) {
            m_unwatched << folder;
            continue;
        }
        m_watchOfFolder.insert(folder, watch);
        m_folderOfWatch.insert(watch, folder);
    }
    m_pending.remove(0, count);
    if (!m_pending.isEmpty()) {
        m_watchRest->start(0);
        return;
    }
    if (m_unwatched.isEmpty()) {
        m_poll->stop();
        return;
    }
    if (!m_poll->isActive())
        m_poll->start();
    if (!m_unwatchedReported) {
        m_unwatchedReported = true;
        qWarning("liner: %lld of %lld library folders cannot be watched for changes (most "
                 "often the system's limit on inotify watches, fs.inotify.max_user_watches, is "
                 "reached); they are looked at again every %lld s instead",
                 static_cast<long long>(m_unwatched.size()),
                 static_cast<long long>(m_watchOfFolder.size() + m_unwatched.size()),
                 static_cast<long long>(pollInterval().count() / 1000));
    }
}

std::chrono::milliseconds FolderWatch::pollInterval() const
{
    return m_poll->intervalAsDuration();
}

void FolderWatch::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll->setInterval(interval);
}

void FolderWatch::readEvents()
{
    alignas(inotify_event) std::array<char, std::size_t(16) * 1024> buffer{};
    QSet<QString> changedFolders;
    bool overflow = false;
    for (;;) {
        const ssize_t length = ::read(m_inotify, buffer.data(), buffer.size());
        if (length <= 0)
            break;
        for (ssize_t at = 0; at < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer.data() + at);
            at += ssize_t(sizeof(inotify_event) + event->len);
            overflow = overflow || (event->mask & IN_Q_OVERFLOW) != 0;
            const auto folder = m_folderOfWatch.constFind(event->wd);
            if (folder == m_folderOfWatch.cend())
                continue;
            changedFolders.insert(*folder);
            // The kernel dropped the watch with the folder: it is forgotten here too.
            if ((event->mask & IN_IGNORED) != 0) {
                m_watchOfFolder.remove(*folder);
                m_folderOfWatch.erase(folder);
            }
        }
    }
    if (overflow) {
        emit overflowed();
        return;
    }
    for (const QString& folder : std::as_const(changedFolders))
        emit changed(folder);
}

} // namespace liner::library
