#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace liner::gui {

// A table of tracks as every view shows them (the album, search results, a smart playlist): rows
// light up under the pointer, the playing track is marked (an accent bar, a speaker for its
// number, its title in bold) wherever it appears, ratings are stars that are clicked to rate, and
// titles take the room left once the other columns have theirs. Tab moves on to the next control
// instead of from cell to cell.
class TrackTable : public QTableView
{
    Q_OBJECT

public:
    explicit TrackTable(QWidget* parent = nullptr);

    // The column that shows ratings (TrackStatsColumns::RatingRole), or -1 for none.
    void setRatingColumn(int column);
    int ratingColumn() const { return m_ratingColumn; }
    // The row under the pointer, or -1.
    int hoveredRow() const { return m_hoveredRow; }
    // Gives each column its width: the title what the others leave; the artist (and album) as
    // wide as their longest entry within bounds.
    void fitColumns();
    // The stars (1–5) a click at this point of a rating cell gives, or 0 outside the stars.
    int starsAt(const QModelIndex& index, const QPoint& point) const;

    void setModel(QAbstractItemModel* model) override;

signals:
    // A star was clicked: rate the track of `row` (the view's row) with `stars`; 0 clears it.
    void ratingClicked(int row, int stars);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void setHoveredRow(int row);

    int m_ratingColumn = -1;
    int m_hoveredRow = -1;
    QPoint m_hoverPoint;
};

// Paints a TrackTable's cells (see there).
class TrackTableDelegate : public QStyledItemDelegate
{
public:
    explicit TrackTableDelegate(TrackTable* table);

    // The rectangle of star `star` (0–4) in a rating cell.
    static QRect starRect(const QRect& cell, int star);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintStars(QPainter* painter, const QStyleOptionViewItem& option,
                    const QModelIndex& index) const;

    TrackTable* m_table;
};

} // namespace liner::gui
