#pragma once

#include "playlist/Playlist.h"

#include <QDateTime>
#include <QMap>
#include <QObject>

namespace liner::playlist {

// A playlist the listener deleted, kept in the "Recently deleted" folder until restored or expired.
struct DeletedPlaylist
{
    QString name;
    QDateTime deletedAt;
    QString file; // absolute path inside the recently-deleted folder; identifies it for restore()
};

// The listener's named playlists, one `<name>.m3u8` each in one folder (by default
// AppDataLocation/playlists), all loaded at start and each written atomically (common/AtomicWrite)
// the moment it changes, so a crash or a full disk leaves every file as it was or as it became.
//
// Tracks under the library root are written relative to it and read back against it, so moving
// the music folder and pointing Liner at its new place keeps every playlist whole; other tracks
// and streams are written as they are (absolute). Without a library root every path is absolute.
//
// A file that is not what Liner writes (no #EXTM3U header, not UTF-8, lines that make no sense) is
// reported and moved aside to `<name>.m3u8.damaged`, never overwritten. Deleting moves the file
// into `Recently deleted/`, where it survives restarts; the newest kMaxDeleted are kept for
// kDeletedDays days.
class PlaylistStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxDeleted = 50;
    static constexpr int kDeletedDays = 30;

    // An empty folder means AppDataLocation/playlists.
    explicit PlaylistStore(const QString& folder = {}, const QString& libraryRoot = {},
                           QObject* parent = nullptr);

    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString deletedFolder() const;

    // Reads every playlist in the folder, replacing what was in memory, after removing what
    // writes cut short by a crash left (only Liner's own files, see common/AtomicWrite). Returns
    // the problems found (damaged files moved aside, unreadable ones), one message each.
    QStringList load();

    QStringList names() const { return m_playlists.keys(); }
    bool contains(const QString& name) const { return m_playlists.contains(name); }
    QList<PlaylistEntry> entries(const QString& name) const { return m_playlists.value(name); }
    QString pathOf(const QString& name) const;

    // Each edit returns an error message, or an empty string on success; a failed edit changes
    // nothing in memory or on disk.
    QString create(const QString& name, const QList<PlaylistEntry>& entries = {});
    QString setEntries(const QString& name, const QList<PlaylistEntry>& entries);
    QString rename(const QString& from, const QString& to);
    // Moves the playlist into the recently-deleted folder; `deleted` says where, for restore().
    // `asFile` names the file there (undoing a restore puts it back where it was, so that what
    // refers to it still finds it); by default a new one stamped with the time.
    QString remove(const QString& name, DeletedPlaylist* deleted = nullptr,
                   const QString& asFile = {});
    // Deletes the file for good, bypassing "Recently deleted": only for taking back the creation
    // of a playlist (undo), where the command itself keeps what it held.
    QString discard(const QString& name);

    // Newest first.
    QList<DeletedPlaylist> recentlyDeleted() const;
    // Brings a deleted playlist back under its name, or "<name> (restored)" and so on when that
    // name is taken again; `restoredName` receives the name it got.
    QString restore(const DeletedPlaylist& deleted, QString* restoredName = nullptr);

    // A name unused so far: `base`, else "base 2", "base 3"...
    QString unusedName(const QString& base) const;
    // Empty when `name` can name a playlist file, else why not.
    static QString nameProblem(const QString& name);

signals:
    // A playlist appeared, went, or was renamed.
    void namesChanged();
    void entriesChanged(const QString& name);
    void renamed(const QString& from, const QString& to);
    // An edit made through an undo command could not be written; commands cannot return errors.
    void editFailed(const QString& message);

private:
    QString write(const QString& name, const QList<PlaylistEntry>& entries) const;
    QString readOne(const QString& path, QList<PlaylistEntry>& entries) const;
    void pruneDeleted() const;

    QString m_folder;
    QString m_libraryRoot;
    QMap<QString, QList<PlaylistEntry>> m_playlists;
};

} // namespace liner::playlist
