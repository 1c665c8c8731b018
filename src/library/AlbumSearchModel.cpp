#include "library/AlbumSearchModel.h"

#include "library/AlbumModel.h"

namespace liner::library {

AlbumSearchModel::AlbumSearchModel(AlbumModel& albums, QObject* parent)
    : QSortFilterProxyModel(parent), m_albums(albums)
{
    setSourceModel(&m_albums);
    sort(0);
}

void AlbumSearchModel::setSearchText(const QString& text)
{
    m_searchText = text.toCaseFolded();
    invalidateRowsFilter();
}

bool AlbumSearchModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return m_searchText.isEmpty() || m_albums.album(sourceRow).searchText.contains(m_searchText);
}

bool AlbumSearchModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_albums.before(left.row(), right.row());
}

} // namespace liner::library
