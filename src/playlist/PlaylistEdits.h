#pragma once

#include "playlist/PlaylistEntry.h"

#include <QList>
#include <memory>

class QUndoCommand;

namespace liner::playlist {

class PlaylistStore;
struct DeletedPlaylist;

// Every change to the listener's playlists as an undoable command for a QUndoStack. Each one
// works through the store, so it is written to disk when done and when undone; the stack's order
// guarantees that a command finds the playlists as it left them. A command whose write fails
// reports it through PlaylistStore::editFailed.
//
// Edits of one playlist's entries keep the list before and after (a few kilobytes even for long
// playlists), so undo and redo are exact whatever the edit was.

enum class SortKey
{
    Title,
    Artist,
    Duration,
    Location,
};

// `row` -1 appends.
std::unique_ptr<QUndoCommand> insertEntries(PlaylistStore& store, const QString& name, int row,
                                            const QList<PlaylistEntry>& entries);
std::unique_ptr<QUndoCommand> removeEntries(PlaylistStore& store, const QString& name,
                                            QList<int> rows);
// Moves `rows` (in any order) so that they stand, in their order, before what was row
// `destination` (the row count puts them at the end).
std::unique_ptr<QUndoCommand> moveEntries(PlaylistStore& store, const QString& name,
                                          QList<int> rows, int destination);
std::unique_ptr<QUndoCommand> sortEntries(PlaylistStore& store, const QString& name, SortKey key,
                                          Qt::SortOrder order);
std::unique_ptr<QUndoCommand> shuffleEntries(PlaylistStore& store, const QString& name,
                                             quint32 seed);
std::unique_ptr<QUndoCommand> clearEntries(PlaylistStore& store, const QString& name);

std::unique_ptr<QUndoCommand> createPlaylist(PlaylistStore& store, const QString& name,
                                             const QList<PlaylistEntry>& entries = {});
std::unique_ptr<QUndoCommand> renamePlaylist(PlaylistStore& store, const QString& from,
                                             const QString& to);
// Done, the playlist goes to "Recently deleted"; undone, it comes back from there.
std::unique_ptr<QUndoCommand> deletePlaylist(PlaylistStore& store, const QString& name);
// The reverse: back from "Recently deleted" (under a new name if its own is taken), and undone,
// into it again.
std::unique_ptr<QUndoCommand> restorePlaylist(PlaylistStore& store, const DeletedPlaylist& deleted);

// "Artist - Title" as #EXTINF holds it, split for display; the title alone when there is no " - ".
QString entryArtist(const PlaylistEntry& entry);
QString entryTitle(const PlaylistEntry& entry);

} // namespace liner::playlist
