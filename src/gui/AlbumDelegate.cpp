#include "gui/AlbumDelegate.h"

#include "library/AlbumModel.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace liner::gui {

namespace {

constexpr int kMargin = 4;

// Taller than the widget font's line, for scripts drawn from a fallback font.
int lineHeight(const QFontMetrics& metrics)
{
    return metrics.height() * 5 / 4;
}

QIcon sleeve(const QPalette& palette, const QSize& size)
{
    QPixmap pixmap(size);
    pixmap.fill(palette.color(QPalette::Midlight));
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    QFont font = painter.font();
    font.setPixelSize(size.height() / 2);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("♪"));
    painter.end();
    return QIcon(pixmap);
}

// The small mark of an album on a server: a cloud on a round badge in the cover's corner, drawn
// (not a font's glyph, not a theme icon) so it looks the same everywhere.
QIcon withServerMark(const QIcon& cover, const QSize& size, const QPalette& palette)
{
    QPixmap pixmap = cover.pixmap(size);
    if (pixmap.isNull())
        return cover;
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::max<qreal>(12.0, size.height() / 4.0);
    const QRectF badge(pixmap.width() / pixmap.devicePixelRatio() - side - 2,
                       pixmap.height() / pixmap.devicePixelRatio() - side - 2, side, side);
    painter.setPen(QPen(palette.color(QPalette::Base), 1.5));
    painter.setBrush(palette.color(QPalette::Highlight));
    painter.drawEllipse(badge);
    const qreal unit = side / 8.0;
    const QPointF centre = badge.center();
    QPainterPath cloud;
    // Overlapping puffs are one shape, not holes where they meet.
    cloud.setFillRule(Qt::WindingFill);
    cloud.addEllipse(QPointF(centre.x() - 1.6 * unit, centre.y() + 0.5 * unit), 1.5 * unit,
                     1.5 * unit);
    cloud.addEllipse(QPointF(centre.x() + 0.3 * unit, centre.y() - 0.4 * unit), 2.1 * unit,
                     2.1 * unit);
    cloud.addEllipse(QPointF(centre.x() + 2.0 * unit, centre.y() + 0.7 * unit), 1.3 * unit,
                     1.3 * unit);
    cloud.addRect(QRectF(centre.x() - 1.6 * unit, centre.y() + 0.5 * unit, 3.6 * unit, 1.5 * unit));
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette.color(QPalette::HighlightedText));
    painter.drawPath(cloud);
    painter.end();
    return QIcon(pixmap);
}

} // namespace

AlbumDelegate::AlbumDelegate(QListView* view) : QStyledItemDelegate(view), m_view(view) {}

QSize AlbumDelegate::gridCell(const QSize& coverSize, const QFontMetrics& metrics)
{
    return {coverSize.width() + 6 * kMargin,
            coverSize.height() + 2 * lineHeight(metrics) + 3 * kMargin};
}

QSize AlbumDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (isGrid())
        return m_view->gridSize() - QSize(m_view->spacing(), m_view->spacing());
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int twoLines = option.fontMetrics.height() * 5 / 2;
    size.setHeight(std::max({size.height(), option.decorationSize.height() + 8, twoLines}));
    return size;
}

void AlbumDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->icon.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = sleeve(option->palette, option->decorationSize);
    }
    if (index.data(library::AlbumModel::RemoteRole).toBool())
        option->icon = withServerMark(option->icon, option->decorationSize, option->palette);
}

void AlbumDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    if (isGrid())
        paintCell(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void AlbumDelegate::paintCell(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QIcon cover = cell.icon;
    // The model's text: the option's has its line breaks turned into separators.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    // The style draws the cell's background, selection and focus; the cover and text are ours.
    cell.text.clear();
    cell.icon = QIcon();
    cell.features &= ~QStyleOptionViewItem::HasDecoration;
    cell.showDecorationSelected = true; // the whole cell shows the selection
    QStyle* style = m_view->style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, m_view);

    const QSize size = m_view->iconSize();
    const QRect coverRect(cell.rect.left() + (cell.rect.width() - size.width()) / 2,
                          cell.rect.top() + kMargin, size.width(), size.height());
    cover.paint(painter, coverRect);

    const bool selected = cell.state & QStyle::State_Selected;
    const int height = lineHeight(cell.fontMetrics);
    QRect line(cell.rect.left() + kMargin, coverRect.bottom() + kMargin,
               cell.rect.width() - 2 * kMargin, height);
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 2); ++i) {
        painter->setPen(cell.palette.color(selected ? QPalette::HighlightedText
                                           : i == 0 ? QPalette::Text
                                                    : QPalette::PlaceholderText));
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter,
                          cell.fontMetrics.elidedText(lines[i], Qt::ElideRight, line.width()));
        line.translate(0, height);
    }
}

} // namespace liner::gui
