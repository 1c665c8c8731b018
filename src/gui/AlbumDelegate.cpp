#include "gui/AlbumDelegate.h"

#include "gui/Sleeve.h"
#include "gui/SymbolicIcons.h"
#include "library/AlbumModel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>
#include <algorithm>

namespace liner::gui {

namespace {

constexpr int kPadding = 12;
constexpr int kRadius = 6;
constexpr int kBadge = 30;
// The tile's round buttons: their size, and their distance from the cover's edges and each other.
constexpr int kButton = 40;
constexpr int kButtonMargin = 10;
constexpr int kButtonGlyph = 18;

// Taller than the widget font's line, for scripts drawn from a fallback font.
int lineHeight(const QFontMetrics& metrics)
{
    return metrics.height() * 5 / 4;
}

// `text` on at most `lines` lines of `width`, the last one shortened with "…" if need be.
QStringList wrapped(const QString& text, const QFont& font, int width, int lines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList shown;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (shown.size() + 1 == lines) {
            shown << QFontMetrics(font).elidedText(text.mid(line.textStart()).trimmed(),
                                                   Qt::ElideRight, width);
            break;
        }
        shown << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return shown;
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
    return {coverSize.width() + 2 * kPadding,
            coverSize.height() + 3 * lineHeight(metrics) + 2 * kPadding + 8};
}

QSize AlbumDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    if (isGrid())
        return m_view->gridSize() - QSize(m_view->spacing(), m_view->spacing());
    // Every row alike, the cover beside two lines: the view lays out 10,000 albums without
    // asking each one for its text and cover (which made every keystroke of a search take
    // seconds); a title too long for its line is elided, and whole in the tooltip.
    const int twoLines = option.fontMetrics.height() * 5 / 2;
    return {m_view->viewport()->width(), std::max(option.decorationSize.height() + 8, twoLines)};
}

void AlbumDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->icon.isNull()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        const std::pair<QSize, qint64> wanted{option->decorationSize, option->palette.cacheKey()};
        if (m_sleeve.isNull() || m_sleeveFor != wanted) {
            m_sleeve = QIcon(sleeve(option->decorationSize, option->palette));
            m_sleeveFor = wanted;
        }
        option->icon = m_sleeve;
    }
    if (index.data(library::AlbumModel::RemoteRole).toBool())
        option->icon = withServerMark(option->icon, option->decorationSize, option->palette);
}

void AlbumDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    if (isGrid())
        paintTile(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void AlbumDelegate::paintTile(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QPalette& colours = cell.palette;
    const bool hovered = cell.state & QStyle::State_MouseOver;
    const bool selected = cell.state & QStyle::State_Selected;
    const bool playing = !m_playingAlbum.isEmpty() &&
                         index.data(library::AlbumModel::KeyRole).toString() == m_playingAlbum;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QSize size = m_view->iconSize();
    const QRectF cover = coverRect(cell.rect);
    // Around the cover, not the whole cell: the grid spreads its cells across the view's width.
    const QRectF tile(cover.left() - kPadding + 2, cell.rect.top() + 2,
                      cover.width() + 2 * kPadding - 4, cell.rect.height() - 4);
    if (hovered || selected) {
        QColor wash = selected ? colours.color(QPalette::Highlight) : colours.color(QPalette::Text);
        wash.setAlphaF(selected ? 0.16F : 0.06F);
        painter->setPen(Qt::NoPen);
        painter->setBrush(wash);
        painter->drawRoundedRect(tile, 10, 10);
    }

    // A soft shadow that deepens under the pointer, as if the sleeve were lifted.
    for (int ring = hovered ? 6 : 4; ring >= 1; --ring) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, hovered ? 9 : 7));
        painter->drawRoundedRect(cover.adjusted(-ring, -ring + 3, ring, ring + 3), kRadius + ring,
                                 kRadius + ring);
    }
    QPainterPath rounded;
    rounded.addRoundedRect(cover, kRadius, kRadius);
    painter->save();
    painter->setClipPath(rounded);
    // The thumbnail is made at the cover's size: drawn as it is, centred.
    const QPixmap picture = cell.icon.pixmap(size, m_view->devicePixelRatioF());
    const QSizeF shown = QSizeF(picture.size()) / picture.devicePixelRatio();
    painter->fillRect(cover, colours.color(QPalette::Midlight));
    painter->drawPixmap(
        QPointF(cover.center().x() - shown.width() / 2, cover.center().y() - shown.height() / 2),
        picture);
    painter->restore();
    if (playing) {
        const QColor accent = colours.color(QPalette::Highlight);
        painter->setPen(QPen(accent, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(cover.adjusted(-1.5, -1.5, 1.5, 1.5), kRadius + 1, kRadius + 1);
    }
    // Bottom left: the bottom right corner is a server album's cloud mark. Under the pointer the
    // tile's buttons take that corner.
    if (hovered) {
        paintButtons(painter, cell, index);
    } else if (playing) {
        const QRectF badge(cover.left() + 8, cover.bottom() - kBadge - 8, kBadge, kBadge);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.color(QPalette::Highlight));
        painter->drawEllipse(badge);
        symbolicIcon(QStringLiteral("audio-volume-high-symbolic"),
                     colours.color(QPalette::HighlightedText))
            .paint(painter, badge.adjusted(7, 7, -7, -7).toRect());
    }

    // The model's text: album, then artist.
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    const int width = int(cover.width());
    const int height = lineHeight(cell.fontMetrics);
    QFont title = cell.font;
    title.setWeight(QFont::DemiBold);
    int y = int(cover.bottom()) + 10;
    painter->setFont(title);
    painter->setPen(colours.color(QPalette::Text));
    for (const QString& line : wrapped(lines.value(0), title, width, 2)) {
        painter->drawText(QRect(int(cover.left()), y, width, height),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += height;
    }
    painter->setFont(cell.font);
    painter->setPen(colours.color(QPalette::PlaceholderText));
    painter->drawText(QRect(int(cover.left()), y, width, height), Qt::AlignLeft | Qt::AlignVCenter,
                      cell.fontMetrics.elidedText(lines.value(1), Qt::ElideRight, width));
    painter->restore();
}

QRectF AlbumDelegate::coverRect(const QRect& cell) const
{
    const QSize size = m_view->iconSize();
    return {cell.left() + (cell.width() - size.width()) / 2.0, qreal(cell.top() + kPadding),
            qreal(size.width()), qreal(size.height())};
}

QRectF AlbumDelegate::buttonRect(const QRect& cell, TileButton button) const
{
    const QRectF cover = coverRect(cell);
    const qreal left = cover.left() + kButtonMargin +
                       (button == TileButton::Add ? kButton + kButtonMargin / 2.0 : 0.0);
    return {left, cover.bottom() - kButtonMargin - kButton, qreal(kButton), qreal(kButton)};
}

AlbumDelegate::TileButton AlbumDelegate::buttonAt(const QModelIndex& index,
                                                  const QPoint& point) const
{
    if (!isGrid() || !index.isValid())
        return TileButton::None;
    const QRect cell = m_view->visualRect(index);
    for (const TileButton button : {TileButton::Play, TileButton::Add}) {
        // Round buttons: a click just outside the circle, on the cover, is a click on the album.
        const QRectF circle = buttonRect(cell, button);
        const QPointF offset = QPointF(point) - circle.center();
        if (QPointF::dotProduct(offset, offset) <= kButton * kButton / 4.0)
            return button;
    }
    return TileButton::None;
}

void AlbumDelegate::setHotButton(const QModelIndex& index, TileButton button)
{
    if (index == m_hotIndex && button == m_hotButton)
        return;
    if (m_hotIndex.isValid())
        m_view->viewport()->update(m_view->visualRect(m_hotIndex));
    m_hotIndex = index;
    m_hotButton = button;
    if (index.isValid())
        m_view->viewport()->update(m_view->visualRect(index));
}

void AlbumDelegate::paintButtons(QPainter* painter, const QStyleOptionViewItem& cell,
                                 const QModelIndex& index) const
{
    const QPalette& colours = cell.palette;
    const struct
    {
        TileButton button;
        const char* icon;
        QColor fill;
        QColor glyph;
    } buttons[] = {
        {TileButton::Play, "media-playback-start-symbolic", colours.color(QPalette::Highlight),
         colours.color(QPalette::HighlightedText)},
        {TileButton::Add, "list-add-symbolic", colours.color(QPalette::Base),
         colours.color(QPalette::Text)},
    };
    for (const auto& button : buttons) {
        const QRectF circle = buttonRect(cell.rect, button.button);
        const bool hot = index == m_hotIndex && button.button == m_hotButton;
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0, 0, 0, 40));
        painter->drawEllipse(circle.translated(0, 1.5));
        // Lit under the pointer: lighter on a dark fill, darker on a light one.
        const QColor fill = !hot                            ? button.fill
                            : button.fill.lightness() < 128 ? button.fill.lighter(130)
                                                            : button.fill.darker(112);
        painter->setBrush(fill);
        painter->drawEllipse(circle);
        const QRectF glyph(circle.center() - QPointF(kButtonGlyph / 2.0, kButtonGlyph / 2.0),
                           QSizeF(kButtonGlyph, kButtonGlyph));
        symbolicIcon(QString::fromLatin1(button.icon), button.glyph).paint(painter, glyph.toRect());
    }
}

bool AlbumDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                              const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip) {
        switch (buttonAt(index, event->pos())) {
        case TileButton::Play:
            QToolTip::showText(event->globalPos(), tr("Play the album"), view);
            return true;
        case TileButton::Add:
            QToolTip::showText(event->globalPos(), tr("Add the album to the queue"), view);
            return true;
        case TileButton::None:
            break;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace liner::gui
