#pragma once

#include <QSortFilterProxyModel>

namespace liner::library {

class AlbumModel;

// The albums in library order (see isBefore), narrowed to those whose album, artists, titles or
// moods, characters and scenes hold a searched text (case-insensitive). Each album's text is
// folded once and its collation keys made once (see Album), so a keystroke over 10,000 albums is
// a substring test each.
class AlbumSearchModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlbumSearchModel(AlbumModel& albums, QObject* parent = nullptr);

    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AlbumModel& m_albums;
    QString m_searchText; // case-folded
};

} // namespace liner::library
