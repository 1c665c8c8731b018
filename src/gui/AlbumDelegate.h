#pragma once

#include <QListView>
#include <QStyledItemDelegate>

namespace liner::gui {

// Draws the library's albums. As a list: rows tall enough for the cover and two lines (album,
// artist) in any script, since Qt sizes a row by the widget's font while Hangul comes from a
// fallback font with taller lines. As a grid: one cell per album, the cover above the album and
// the artist (each on one line, elided). An album without a cover shows a blank sleeve; an
// album on a server carries a small cloud mark on its cover.
class AlbumDelegate : public QStyledItemDelegate
{
public:
    explicit AlbumDelegate(QListView* view);

    // The grid's cell for covers of this size.
    static QSize gridCell(const QSize& coverSize, const QFontMetrics& metrics);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    bool isGrid() const { return m_view->viewMode() == QListView::IconMode; }
    void paintCell(QPainter* painter, const QStyleOptionViewItem& option,
                   const QModelIndex& index) const;

    QListView* m_view;
};

} // namespace liner::gui
