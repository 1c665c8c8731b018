#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

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

    // Watches exactly these folders: the new ones are added, the others dropped.
    void setFolders(const QStringList& folders);
    // Folders the system would not let it watch (its limit on watches reached); changes in them
    // are seen only by a full pass.
    int unwatched() const { return m_unwatched; }

signals:
    // Something in the folder changed: one of its files or subfolders, or the folder itself.
    void changed(const QString& folder);
    // Too much changed at once for the kernel to tell what: only a full pass can say.
    void overflowed();

private:
    void readEvents();

    int m_inotify = -1;
    QSocketNotifier* m_notifier = nullptr;
    QHash<int, QString> m_folderOfWatch;
    QHash<QString, int> m_watchOfFolder;
    int m_unwatched = 0;
};

} // namespace liner::library
