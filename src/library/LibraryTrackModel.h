#pragma once

#include "library/FolderTracks.h"
#include "library/TrackModel.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <vector>

namespace liner::library {

// The library's readable tracks that match the search, as table rows with TrackModel's columns
// and roles, sortable by any column. Rows refer into the library's folders; a track is made whole
// only when its row is shown, so 100,000 rows cost a few bytes each. It filters and sorts itself
// and resets at each change: a proxy over 100,000 rows, and the views' bookkeeping of each range
// of rows it took out, made a keystroke take half a second.
class LibraryTrackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setFolders(const QList<FolderTracksPtr>& folders);
    // Keeps the tracks whose title, artist, album artist, album, moods, characters or scenes
    // hold `text` (case-insensitive); all for an empty text.
    // One pass over a list of the titles and over the texts tracks share, not a comparison per
    // row and field.
    void setSearchText(const QString& text);
    // -1: the library's own order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    Track track(int row) const;
    // -1 when nothing plays; the row of a track is found by its path and start.
    void setPlayingTrack(const QString& path, qint64 startUs);
    int playingRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    struct Entry
    {
        quint32 folder;
        quint32 index;
    };
    const FolderTracks& folderOf(quint32 entry) const
    {
        return *m_folders[m_entries[entry].folder];
    }
    const CompactTrack& compactOf(quint32 entry) const
    {
        return folderOf(entry).tracks[m_entries[entry].index];
    }
    QString displayTitleOf(quint32 entry) const { return displayTitleOf(compactOf(entry)); }
    static QString displayTitleOf(const CompactTrack& track);
    // Each entry's title as shown, case-folded, in UTF-8, one after another, and where each
    // starts: a search looks for its text in all of them at once.
    struct Titles
    {
        QByteArray text;
        std::vector<quint32> starts;
    };
    static Titles titlesOf(const QList<FolderTracksPtr>& folders,
                           const std::vector<Entry>& entries);
    const Titles& titles();
    // The entries to show: matching, in the chosen order.
    void arrange();
    QList<bool> matching(const QString& text);

    QList<FolderTracksPtr> m_folders;
    std::vector<Entry> m_entries; // every readable track, in the library's order
    std::vector<quint32> m_shown; // entries, as rows
    // Made off the window's thread, where 100,000 titles took 40 ms each time the library
    // changed (a server's listing, a rescan); taken when a search first needs them.
    QFuture<Titles> m_titlesMade;
    Titles m_titles;
    QString m_searchText;
    // The last searches' matches, by their case-folded text, until the tracks change: typing on
    // only narrows what the text before found (a track without "albu" holds no "album"), and a
    // backspace finds its text's matches kept.
    QHash<QString, QList<bool>> m_found;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_playing = -1; // the playing entry
    // The track data() made whole last: a view asks for each column and role of a row in turn,
    // and making the track for every one of them was most of the model's part of a repaint.
    // Folders never change once made, so the folder and index say which track it is.
    mutable FolderTracksPtr m_wholeFolder;
    mutable quint32 m_wholeIndex = 0;
    mutable Track m_whole;
};

} // namespace liner::library
