#pragma once

#include <QIdentityProxyModel>

namespace liner::playlist {
class PlayStats;
}

namespace liner::gui {

// A track model (library::TrackModel or anything with its PathRole) with two more columns: the
// listener's rating as stars and the play count, both from PlayStats, refreshed as they change.
// The rows stay the source's rows, so whatever maps rows to tracks above it keeps working; the
// library's models stay free of the playlist library's data.
class TrackStatsColumns : public QIdentityProxyModel
{
    Q_OBJECT

public:
    // The track's rating (0–5) as a number, on every column.
    static constexpr int RatingRole = Qt::UserRole + 64;

    explicit TrackStatsColumns(const playlist::PlayStats& stats, QObject* parent = nullptr);

    // The added columns, counted from the source's column count.
    int ratingColumn() const;
    int playsColumn() const;

    // "★★★☆☆"; empty for no rating.
    static QString stars(int rating);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    bool isAdded(const QModelIndex& index) const;
    void onStatsChanged();

    const playlist::PlayStats& m_stats;
};

} // namespace liner::gui
