#include "playlist/PlaylistEdits.h"

#include "common/FileName.h"
#include "playlist/PlaylistStore.h"

#include <QCollator>
#include <QFileInfo>
#include <QUndoCommand>
#include <algorithm>
#include <random>

namespace liner::playlist {

namespace {

// A command whose edit failed marks itself obsolete, so that QUndoStack drops it instead of
// keeping a step that would undo something that never happened.
void report(QUndoCommand& command, PlaylistStore& store, const QString& error)
{
    if (error.isEmpty())
        return;
    command.setObsolete(true);
    emit store.editFailed(error);
}

class EntriesCommand : public QUndoCommand
{
public:
    EntriesCommand(PlaylistStore& store, const QString& name, QList<PlaylistEntry> after,
                   const QString& text)
        : QUndoCommand(text), m_store(store), m_name(name), m_before(store.entries(name)),
          m_after(std::move(after))
    {}

    void redo() override { report(*this, m_store, m_store.setEntries(m_name, m_after)); }
    void undo() override { report(*this, m_store, m_store.setEntries(m_name, m_before)); }

private:
    PlaylistStore& m_store;
    QString m_name;
    QList<PlaylistEntry> m_before;
    QList<PlaylistEntry> m_after;
};

class CreateCommand : public QUndoCommand
{
public:
    CreateCommand(PlaylistStore& store, const QString& name, const QList<PlaylistEntry>& entries)
        : QUndoCommand(QStringLiteral("Create playlist \"%1\"").arg(name)), m_store(store),
          m_name(name), m_entries(entries)
    {}

    void redo() override { report(*this, m_store, m_store.create(m_name, m_entries)); }
    void undo() override { report(*this, m_store, m_store.discard(m_name)); }

private:
    PlaylistStore& m_store;
    QString m_name;
    QList<PlaylistEntry> m_entries;
};

class RenameCommand : public QUndoCommand
{
public:
    RenameCommand(PlaylistStore& store, const QString& from, const QString& to)
        : QUndoCommand(QStringLiteral("Rename playlist \"%1\" to \"%2\"").arg(from, to)),
          m_store(store), m_from(from), m_to(to)
    {}

    void redo() override { report(*this, m_store, m_store.rename(m_from, m_to)); }
    void undo() override { report(*this, m_store, m_store.rename(m_to, m_from)); }

private:
    PlaylistStore& m_store;
    QString m_from;
    QString m_to;
};

class DeleteCommand : public QUndoCommand
{
public:
    DeleteCommand(PlaylistStore& store, const QString& name)
        : QUndoCommand(QStringLiteral("Delete playlist \"%1\"").arg(name)), m_store(store),
          m_name(name)
    {}

    // Done again after an undo, into the same file: a later restore command refers to it.
    void redo() override
    {
        report(*this, m_store, m_store.remove(m_name, &m_deleted, m_deleted.file));
    }
    void undo() override { report(*this, m_store, m_store.restore(m_deleted)); }

private:
    PlaylistStore& m_store;
    QString m_name;
    DeletedPlaylist m_deleted;
};

class RestoreCommand : public QUndoCommand
{
public:
    RestoreCommand(PlaylistStore& store, const DeletedPlaylist& deleted)
        : QUndoCommand(QStringLiteral("Restore playlist \"%1\"").arg(deleted.name)), m_store(store),
          m_deleted(deleted)
    {}

    void redo() override { report(*this, m_store, m_store.restore(m_deleted, &m_restoredName)); }
    void undo() override
    {
        report(*this, m_store, m_store.remove(m_restoredName, nullptr, m_deleted.file));
    }

private:
    PlaylistStore& m_store;
    DeletedPlaylist m_deleted;
    QString m_restoredName;
};

QString tracks(qsizetype count)
{
    return count == 1 ? QStringLiteral("1 track") : QStringLiteral("%1 tracks").arg(count);
}

QList<int> sortedUnique(QList<int> rows, qsizetype size)
{
    std::ranges::sort(rows);
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([size](int row) { return row < 0 || row >= size; });
    return rows;
}

QString sortText(const PlaylistEntry& entry, SortKey key)
{
    switch (key) {
    case SortKey::Title:
        return entryTitle(entry);
    case SortKey::Artist:
        return entryArtist(entry);
    case SortKey::Duration:
    case SortKey::Location:
        break;
    }
    return entry.localPath.isEmpty() ? entry.location : entry.localPath;
}

} // namespace

QString entryArtist(const PlaylistEntry& entry)
{
    const qsizetype dash = entry.title.indexOf(QLatin1String(" - "));
    return dash < 0 ? QString() : entry.title.first(dash);
}

QString entryTitle(const PlaylistEntry& entry)
{
    const qsizetype dash = entry.title.indexOf(QLatin1String(" - "));
    if (dash >= 0)
        return entry.title.sliced(dash + 3);
    if (!entry.title.isEmpty())
        return entry.title;
    return entry.isStream ? entry.location
                          : readableFileName(QFileInfo(entry.localPath).completeBaseName());
}

std::unique_ptr<QUndoCommand> insertEntries(PlaylistStore& store, const QString& name, int row,
                                            const QList<PlaylistEntry>& entries)
{
    QList<PlaylistEntry> after = store.entries(name);
    const qsizetype at = row < 0 || row > after.size() ? after.size() : row;
    after.insert(at, entries.size(), {});
    std::ranges::copy(entries, after.begin() + at);
    return std::make_unique<EntriesCommand>(
        store, name, after, QStringLiteral("Add %1 to \"%2\"").arg(tracks(entries.size()), name));
}

std::unique_ptr<QUndoCommand> removeEntries(PlaylistStore& store, const QString& name,
                                            QList<int> rows)
{
    QList<PlaylistEntry> after = store.entries(name);
    rows = sortedUnique(rows, after.size());
    for (auto row = rows.crbegin(); row != rows.crend(); ++row)
        after.removeAt(*row);
    return std::make_unique<EntriesCommand>(
        store, name, after, QStringLiteral("Remove %1 from \"%2\"").arg(tracks(rows.size()), name));
}

std::unique_ptr<QUndoCommand> moveEntries(PlaylistStore& store, const QString& name,
                                          QList<int> rows, int destination)
{
    const QList<PlaylistEntry> before = store.entries(name);
    rows = sortedUnique(rows, before.size());
    QList<PlaylistEntry> moved;
    QList<PlaylistEntry> after;
    qsizetype insertAt = -1;
    for (qsizetype i = 0; i <= before.size(); ++i) {
        if (i == destination)
            insertAt = after.size();
        if (i == before.size())
            break;
        (rows.contains(int(i)) ? moved : after) << before[i];
    }
    if (insertAt < 0)
        insertAt = after.size();
    after.insert(insertAt, moved.size(), {});
    std::ranges::copy(moved, after.begin() + insertAt);
    return std::make_unique<EntriesCommand>(
        store, name, after, QStringLiteral("Move %1 in \"%2\"").arg(tracks(rows.size()), name));
}

std::unique_ptr<QUndoCommand> sortEntries(PlaylistStore& store, const QString& name, SortKey key,
                                          Qt::SortOrder order)
{
    QList<PlaylistEntry> after = store.entries(name);
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto less = [&](const PlaylistEntry& a, const PlaylistEntry& b) {
        if (key == SortKey::Duration)
            return a.durationSeconds < b.durationSeconds;
        return collator.compare(sortText(a, key), sortText(b, key)) < 0;
    };
    // Stable, so that entries equal by the key keep their order (an album's tracks by artist).
    if (order == Qt::AscendingOrder)
        std::ranges::stable_sort(after, less);
    else
        std::ranges::stable_sort(after, [&](const auto& a, const auto& b) { return less(b, a); });
    return std::make_unique<EntriesCommand>(store, name, after,
                                            QStringLiteral("Sort \"%1\"").arg(name));
}

std::unique_ptr<QUndoCommand> shuffleEntries(PlaylistStore& store, const QString& name,
                                             quint32 seed)
{
    QList<PlaylistEntry> after = store.entries(name);
    std::shuffle(after.begin(), after.end(), std::mt19937(seed));
    return std::make_unique<EntriesCommand>(store, name, after,
                                            QStringLiteral("Shuffle \"%1\"").arg(name));
}

std::unique_ptr<QUndoCommand> clearEntries(PlaylistStore& store, const QString& name)
{
    return std::make_unique<EntriesCommand>(store, name, QList<PlaylistEntry>{},
                                            QStringLiteral("Clear \"%1\"").arg(name));
}

std::unique_ptr<QUndoCommand> createPlaylist(PlaylistStore& store, const QString& name,
                                             const QList<PlaylistEntry>& entries)
{
    return std::make_unique<CreateCommand>(store, name, entries);
}

std::unique_ptr<QUndoCommand> renamePlaylist(PlaylistStore& store, const QString& from,
                                             const QString& to)
{
    return std::make_unique<RenameCommand>(store, from, to);
}

std::unique_ptr<QUndoCommand> deletePlaylist(PlaylistStore& store, const QString& name)
{
    return std::make_unique<DeleteCommand>(store, name);
}

std::unique_ptr<QUndoCommand> restorePlaylist(PlaylistStore& store, const DeletedPlaylist& deleted)
{
    return std::make_unique<RestoreCommand>(store, deleted);
}

} // namespace liner::playlist
