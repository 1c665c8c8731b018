#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <limits>

class QSocketNotifier;

namespace liner::library {

// Tells which folders changed while Liner runs, through inotify: a file added, removed, renamed,
// written or retagged in place (QFileSystemWatcher misses the last two: it does not ask for
// them), a subfolder made or removed. One watch per folder, not per file: watches are finite.
class FolderWatch : public QObject
{
    Q_OBJECT

public:
    explicit FolderWatch(QObject* parent = nullptr);
    ~FolderWatch() override;
    FolderWatch(const FolderWatch&) = delete;
    FolderWatch& operator=(const FolderWatch&) = delete;

    // Watches exactly these folders: the new ones are added, the others dropped. Those the system
    // will not let it watch (its limit on watches, fs.inotify.max_user_watches, reached) are
    // reported as changed every pollInterval() instead, so that a pass over them finds what
    // changed; the log says so once. The first kFoldersAtOnce new folders are watched before it
    // returns, the rest a batch at a time as the event loop turns (see watchSome()).
    void setFolders(const QStringList& folders);
    // Whether every folder given to setFolders() has been watched or found unwatchable.
    bool isSettled() const { return m_pending.isEmpty(); }
    // The folders it could not watch, in the order given.
    const QStringList& unwatched() const { return m_unwatched; }
    // At most this many watches, whatever the system allows (a test's small limit). Takes effect
    // at the next setFolders().
    void setWatchLimit(int watches) { m_watchLimit = watches; }
    std::chrono::milliseconds pollInterval() const;
    void setPollInterval(std::chrono::milliseconds interval);

signals:
    // Something in the folder changed: one of its files or subfolders, or the folder itself.
    void changed(const QString& folder);
    // Too much changed at once for the kernel to tell what: only a full pass can say.
    void overflowed();

public:
    // Folders watched in one turn of the event loop: a first pass's 11,000 folders took 80 ms of
    // the window's thread at once, in the kernel.
    static constexpr qsizetype kFoldersAtOnce = 1000;

private:
    void readEvents();
    void watchSome();

    int m_inotify = -1;
    QSocketNotifier* m_notifier = nullptr;
    QHash<int, QString> m_folderOfWatch;
    QHash<QString, int> m_watchOfFolder;
    QStringList m_unwatched;
    QStringList m_pending; // to be watched, in the order given, none twice
    QTimer* m_watchRest;
    QTimer* m_poll;
    int m_watchLimit = std::numeric_limits<int>::max();
    bool m_unwatchedReported = false;
};

} // namespace liner::library
