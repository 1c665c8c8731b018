#include "gui/TrackStatsColumns.h"

#include "library/TrackModel.h"
#include "playlist/PlayStats.h"

namespace liner::gui {

namespace {
constexpr int kAddedColumns = 2;
}

TrackStatsColumns::TrackStatsColumns(const playlist::PlayStats& stats, QObject* parent)
    : QIdentityProxyModel(parent), m_stats(stats)
{
    connect(&stats, &playlist::PlayStats::changed, this, &TrackStatsColumns::onStatsChanged);
}

int TrackStatsColumns::ratingColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int TrackStatsColumns::playsColumn() const
{
    return ratingColumn() + 1;
}

QString TrackStatsColumns::stars(int rating)
{
    if (rating <= 0)
        return {};
    return QString(rating, QChar(0x2605)) +
           QString(playlist::PlayStats::kMaxRating - rating, QChar(0x2606));
}

bool TrackStatsColumns::isAdded(const QModelIndex& index) const
{
    return index.isValid() && index.model() == this && index.column() >= ratingColumn();
}

int TrackStatsColumns::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : QIdentityProxyModel::rowCount();
}

bool TrackStatsColumns::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

int TrackStatsColumns::columnCount(const QModelIndex& parent) const
{
    if (!sourceModel() || parent.isValid())
        return 0;
    return sourceModel()->columnCount() + kAddedColumns;
}

QModelIndex TrackStatsColumns::index(int row, int column, const QModelIndex& parent) const
{
    if (!sourceModel() || parent.isValid() || row < 0 || row >= rowCount() || column < 0 ||
        column >= columnCount())
        return {};
    if (column >= ratingColumn())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex TrackStatsColumns::parent(const QModelIndex& child) const
{
    Q_UNUSED(child)
    // A flat table: the tracks have no children.
    return {};
}

QModelIndex TrackStatsColumns::sibling(int row, int column, const QModelIndex& index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

QModelIndex TrackStatsColumns::mapToSource(const QModelIndex& proxyIndex) const
{
    if (isAdded(proxyIndex))
        return {};
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant TrackStatsColumns::data(const QModelIndex& index, int role) const
{
    if (role == RatingRole && index.isValid())
        return m_stats.rating(QIdentityProxyModel::index(index.row(), 0)
                                  .data(library::TrackModel::PathRole)
                                  .toString());
    if (!isAdded(index))
        return QIdentityProxyModel::data(index, role);
    const QModelIndex first = QIdentityProxyModel::index(index.row(), 0);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole)
        return first.data(role); // path, playing row, moods: the same on every column
    if (role == Qt::TextAlignmentRole)
        return index.column() == playsColumn() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                               : QVariant();
    const QString path = first.data(library::TrackModel::PathRole).toString();
    if (index.column() == ratingColumn()) {
        const int rating = m_stats.rating(path);
        if (role == Qt::ToolTipRole)
            return rating == 0   ? tr("Not rated")
                   : rating == 1 ? tr("Rated 1 star")
                                 : tr("Rated %1 stars").arg(rating);
        return stars(rating);
    }
    const int plays = m_stats.playCount(path);
    if (role == Qt::ToolTipRole)
        return plays == 0   ? tr("Never played")
               : plays == 1 ? tr("Played once")
                            : tr("Played %1 times").arg(plays);
    return plays > 0 ? QString::number(plays) : QString();
}

QVariant TrackStatsColumns::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < ratingColumn())
        return QIdentityProxyModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    return section == ratingColumn() ? tr("Rating") : tr("Plays");
}

Qt::ItemFlags TrackStatsColumns::flags(const QModelIndex& index) const
{
    if (!isAdded(index))
        return QIdentityProxyModel::flags(index);
    return QIdentityProxyModel::flags(QIdentityProxyModel::index(index.row(), 0));
}

void TrackStatsColumns::onStatsChanged()
{
    // One signal for the two columns rather than a search for the track's rows: rating a
    // selection of many tracks in a long list stays cheap, and views repaint only what shows.
    if (rowCount() > 0)
        emit dataChanged(index(0, ratingColumn()), index(rowCount() - 1, playsColumn()));
}

} // namespace liner::gui
