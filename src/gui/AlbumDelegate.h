#pragma once

#include <QIcon>
#include <QListView>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>
#include <utility>

namespace liner::gui {

// Draws the library's albums. As a list: rows tall enough for the cover and two lines (album,
// artist) in any script, since Qt sizes a row by the widget's font while Hangul comes from a
// fallback font with taller lines. As a grid (the home view): a tile per album, its cover large
// with rounded corners over a soft shadow, the album (up to two lines) and the artist under it; the
// tile lights up under the pointer, and the album of the playing track wears an accent ring and a
// speaker in the cover's bottom left corner. An album without a cover shows a blank sleeve; an
// album on a server carries a small cloud mark in the bottom right one, so both show. Under the
// pointer a tile shows two round buttons in the bottom left corner, Play and Add to queue (the
// pane acts on their clicks), in place of the speaker (the ring still marks the playing album).
// Covers are drawn at the size the thumbnails are made at, so painting never scales a picture.
class AlbumDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class TileButton
    {
        None,
        Play,
        Add
    };

    explicit AlbumDelegate(QListView* view);

    // The button of the tile at `index` under `point` (in the view's viewport); None in a list.
    TileButton buttonAt(const QModelIndex& index, const QPoint& point) const;
    // The button under the pointer, drawn lit.
    void setHotButton(const QModelIndex& index, TileButton button);

    // The grid's cell for covers of this size.
    static QSize gridCell(const QSize& coverSize, const QFontMetrics& metrics);
    // The album (by its key) whose track is playing; empty for none.
    void setPlayingAlbum(const QString& key) { m_playingAlbum = key; }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    bool isGrid() const { return m_view->viewMode() == QListView::IconMode; }
    void paintTile(QPainter* painter, const QStyleOptionViewItem& option,
                   const QModelIndex& index) const;
    QRectF coverRect(const QRect& cell) const;
    QRectF buttonRect(const QRect& cell, TileButton button) const;
    void paintButtons(QPainter* painter, const QStyleOptionViewItem& cell,
                      const QModelIndex& index) const;

    QListView* m_view;
    QPersistentModelIndex m_hotIndex;
    TileButton m_hotButton = TileButton::None;
    QString m_playingAlbum;
    // The blank sleeve, drawn once per size and palette: a new pixmap per paint filled Qt's
    // pixmap cache as a large library scrolled by.
    mutable QIcon m_sleeve;
    mutable std::pair<QSize, qint64> m_sleeveFor;
};

} // namespace liner::gui
