#include "playlist/PlaylistModel.h"

#include "common/FileName.h"
#include "library/TrackMime.h"
#include "playlist/PlaylistEdits.h"
#include "playlist/PlaylistStore.h"
#include "playlist/TrackSources.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrl>
#include <optional>

namespace liner::playlist {

namespace {

QString durationText(int seconds)
{
    if (seconds < 0)
        return {};
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QUrl urlOf(const PlaylistEntry& entry)
{
    return entry.isStream || entry.localPath.isEmpty() ? QUrl(entry.location)
                                                       : QUrl::fromLocalFile(entry.localPath);
}

PlaylistEntry entryFor(const QUrl& url)
{
    if (url.isLocalFile())
        return PlaylistEntry::fromLocalFile(url.toLocalFile());
    return PlaylistEntry::fromLocation(QString::fromUtf8(url.toEncoded()), {},
                                       LocationSyntax::UriReference);
}

struct DraggedRows
{
    QString playlist;
    QList<int> rows;
};

QByteArray encodeRows(const DraggedRows& dragged)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << dragged.playlist << dragged.rows;
    return bytes;
}

std::optional<DraggedRows> decodeRows(const QByteArray& bytes)
{
    QDataStream stream(bytes);
    DraggedRows dragged;
    stream >> dragged.playlist >> dragged.rows;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    return dragged;
}

} // namespace

PlaylistModel::PlaylistModel(PlaylistStore& store, QUndoStack& undoStack, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_undoStack(undoStack)
{
    connect(&store, &PlaylistStore::entriesChanged, this, [this](const QString& name) {
        if (name == m_name)
            showStoreEntries();
    });
    // A deleted playlist empties the model; undoing the deletion brings its entries back.
    connect(&store, &PlaylistStore::namesChanged, this, &PlaylistModel::showStoreEntries);
    connect(&store, &PlaylistStore::renamed, this, &PlaylistModel::onRenamed);
}

void PlaylistModel::setPlaylist(const QString& name)
{
    beginResetModel();
    m_name = name;
    m_entries = m_store.entries(name);
    endResetModel();
}

void PlaylistModel::onRenamed(const QString& from, const QString& to)
{
    if (from == m_name)
        m_name = to;
}

// Signals only the rows that changed: an insertion, a removal, or (for moves, sorts and shuffles,
// which keep the count) the changed span; anything else is a removal followed by an insertion.
void PlaylistModel::showStoreEntries()
{
    const QList<PlaylistEntry> now = m_store.entries(m_name);
    if (now == m_entries)
        return;
    qsizetype prefix = 0;
    while (prefix < now.size() && prefix < m_entries.size() && now[prefix] == m_entries[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < now.size() - prefix && suffix < m_entries.size() - prefix &&
           now[now.size() - 1 - suffix] == m_entries[m_entries.size() - 1 - suffix])
        ++suffix;
    const int oldMiddle = int(m_entries.size() - prefix - suffix);
    const int newMiddle = int(now.size() - prefix - suffix);
    const int first = int(prefix);
    if (oldMiddle == newMiddle) {
        m_entries = now;
        emit dataChanged(index(first, 0), index(first + newMiddle - 1, ColumnCount - 1));
        return;
    }
    if (oldMiddle > 0) {
        beginRemoveRows({}, first, first + oldMiddle - 1);
        m_entries.remove(first, oldMiddle);
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, first, first + newMiddle - 1);
        m_entries = now;
        endInsertRows();
    }
}

int PlaylistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PlaylistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaylistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlaylistEntry& entry = m_entries.at(index.row());
    switch (role) {
    case EntryRole:
        return QVariant::fromValue(entry);
    case Qt::ToolTipRole:
        return entry.isStream ? entry.location : readableFileName(entry.localPath);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return entryTitle(entry);
        case ArtistColumn:
            return entryArtist(entry);
        case DurationColumn:
            return durationText(entry.durationSeconds);
        case StatusColumn:
            return entry.isStream ? tr("Stream") : entry.missing ? tr("Missing") : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant PlaylistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case DurationColumn:
        return tr("Length");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags PlaylistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return m_name.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

void PlaylistModel::sort(int column, Qt::SortOrder order)
{
    // The status column sorts by location, which puts streams together and files by folder.
    static constexpr SortKey keys[] = {SortKey::Title, SortKey::Artist, SortKey::Duration,
                                       SortKey::Location};
    if (m_name.isEmpty() || column < 0 || column >= ColumnCount)
        return;
    m_undoStack.push(sortEntries(m_store, m_name, keys[column], order).release());
}

QStringList PlaylistModel::mimeTypes() const
{
    return {kRowsMimeType, QString::fromLatin1(library::kTracksMimeType),
            QStringLiteral("text/uri-list")};
}

QMimeData* PlaylistModel::mimeData(const QModelIndexList& indexes) const
{
    DraggedRows dragged{m_name, {}};
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && !dragged.rows.contains(index.row()))
            dragged.rows << index.row();
    }
    std::ranges::sort(dragged.rows);
    QList<QUrl> urls;
    for (const int row : std::as_const(dragged.rows))
        urls << urlOf(m_entries.at(row));
    auto* data = new QMimeData;
    data->setData(kRowsMimeType, encodeRows(dragged));
    data->setUrls(urls);
    return data;
}

bool PlaylistModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                 const QModelIndex& parent)
{
    Q_UNUSED(column)
    if (!data || m_name.isEmpty() || (action != Qt::MoveAction && action != Qt::CopyAction))
        return false;
    // Dropped onto a row: before it. Dropped below the last row: at the end.
    if (row < 0)
        row = parent.isValid() ? parent.row() : int(m_entries.size());
    const auto dragged = decodeRows(data->data(kRowsMimeType));
    if (dragged && dragged->playlist == m_name && action == Qt::MoveAction) {
        moveEntries(dragged->rows, row);
        return true;
    }
    // Anything else is added, rows of another playlist copied: the view does not remove the
    // source rows afterwards, since the model has no removeRows().
    const QList<PlaylistEntry> added = droppedEntries(data);
    insertEntries(row, added);
    return !added.isEmpty();
}

QList<PlaylistEntry> PlaylistModel::droppedEntries(const QMimeData* data) const
{
    QList<PlaylistEntry> entries;
    if (!data)
        return entries;
    if (const QList<library::Track> tracks = library::tracksFromMimeData(data); !tracks.isEmpty()) {
        for (const library::Track& track : tracks)
            entries << entryFor(track);
        return entries;
    }
    if (const auto dragged = decodeRows(data->data(kRowsMimeType))) {
        const QList<PlaylistEntry> source = m_store.entries(dragged->playlist);
        for (const int sourceRow : dragged->rows) {
            if (sourceRow >= 0 && sourceRow < source.size())
                entries << source.at(sourceRow);
        }
        return entries;
    }
    for (const QUrl& url : data->urls())
        entries << entryFor(url);
    return entries;
}

Qt::DropActions PlaylistModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PlaylistModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

void PlaylistModel::insertEntries(int row, const QList<PlaylistEntry>& entries)
{
    if (!m_name.isEmpty() && !entries.isEmpty())
        m_undoStack.push(playlist::insertEntries(m_store, m_name, row, entries).release());
}

void PlaylistModel::removeEntries(const QList<int>& rows)
{
    if (!m_name.isEmpty() && !rows.isEmpty())
        m_undoStack.push(playlist::removeEntries(m_store, m_name, rows).release());
}

void PlaylistModel::moveEntries(const QList<int>& rows, int destination)
{
    if (!m_name.isEmpty() && !rows.isEmpty())
        m_undoStack.push(playlist::moveEntries(m_store, m_name, rows, destination).release());
}

void PlaylistModel::shuffle(quint32 seed)
{
    if (!m_name.isEmpty())
        m_undoStack.push(shuffleEntries(m_store, m_name, seed).release());
}

void PlaylistModel::clear()
{
    if (!m_name.isEmpty())
        m_undoStack.push(clearEntries(m_store, m_name).release());
}

} // namespace liner::playlist
