#include "gui/TrackTable.h"

#include "gui/SymbolicIcons.h"
#include "gui/TrackStatsColumns.h"
#include "library/TrackModel.h"

#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>

namespace liner::gui {

using library::TrackModel;

namespace {

constexpr int kStarSide = 14;
constexpr int kStarGap = 2;
constexpr int kStarCount = 5;
constexpr int kRowHeight = 34;
constexpr int kAccentBar = 3;
// Room paint() keeps either side of a cell's text.
constexpr int kTextMargin = 10;
constexpr int kMinNameColumn = 120;
constexpr int kMaxNameColumn = 240;
// Rows a column is sized by: a screenful and more. The library's search shows 100,000 rows, and
// sizing by a thousand of them took longer than the keystroke that showed them.
constexpr int kSampledRows = 100;

} // namespace

TrackTable::TrackTable(QWidget* parent) : QTableView(parent)
{
    setItemDelegate(new TrackTableDelegate(this));
    setMouseTracking(true);
    // Tab leaves the table for the next control; arrows move within it.
    setTabKeyNavigation(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setShowGrid(false);
    setWordWrap(false);
    setAlternatingRowColors(false);
    setFrameShape(QFrame::NoFrame);
    setCornerButtonEnabled(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(kRowHeight);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(28);
    horizontalHeader()->setResizeContentsPrecision(kSampledRows);
}

void TrackTable::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (model == nullptr)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &TrackTable::fitColumns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TrackTable::fitColumns);
    fitColumns();
}

void TrackTable::setRatingColumn(int column)
{
    m_ratingColumn = column;
    fitColumns();
}

void TrackTable::fitColumns()
{
    QAbstractItemModel* shown = model();
    if (shown == nullptr)
        return;
    QHeaderView* header = horizontalHeader();
    const QFontMetrics metrics(font());
    for (int column = 0; column < shown->columnCount(); ++column) {
        if (column == TrackModel::TitleColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        } else if (column == m_ratingColumn) {
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            header->resizeSection(column, kStarCount * (kStarSide + kStarGap) + 20);
        } else if (column == TrackModel::ArtistColumn || column == TrackModel::AlbumColumn) {
            // As wide as the longest name, within bounds: the title keeps the rest.
            int widest =
                metrics.horizontalAdvance(shown->headerData(column, Qt::Horizontal).toString()) +
                24;
            for (int row = 0; row < std::min(shown->rowCount(), kSampledRows); ++row)
                widest = std::max(
                    widest,
                    metrics.horizontalAdvance(shown->index(row, column).data().toString()) + 24);
            header->setSectionResizeMode(column, QHeaderView::Interactive);
            header->resizeSection(column, std::clamp(widest, kMinNameColumn, kMaxNameColumn));
        } else {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    }
}

int TrackTable::starsAt(const QModelIndex& index, const QPoint& point) const
{
    if (!index.isValid() || index.column() != m_ratingColumn)
        return 0;
    const QRect cell = visualRect(index);
    for (int star = 0; star < kStarCount; ++star) {
        if (TrackTableDelegate::starRect(cell, star).adjusted(-1, -6, 1, 6).contains(point))
            return star + 1;
    }
    return 0;
}

void TrackTable::setHoveredRow(int row)
{
    if (row == m_hoveredRow)
        return;
    const int previous = m_hoveredRow;
    m_hoveredRow = row;
    for (const int changed : {previous, row}) {
        if (changed >= 0 && model() != nullptr)
            viewport()->update(
                QRect(0, rowViewportPosition(changed), viewport()->width(), rowHeight(changed)));
    }
}

void TrackTable::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    setHoveredRow(index.isValid() ? index.row() : -1);
    // Hovering the stars previews the rating a click would give.
    if (index.isValid() && index.column() == m_ratingColumn) {
        m_hoverPoint = point;
        viewport()->update(visualRect(index));
    }
    setCursor(starsAt(index, point) > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QTableView::mouseMoveEvent(event);
}

void TrackTable::mouseReleaseEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    if (const int stars = starsAt(index, point); stars > 0 && event->button() == Qt::LeftButton) {
        // Clicking the rating a track has takes it away.
        const int current = index.data(TrackStatsColumns::RatingRole).toInt();
        emit ratingClicked(index.row(), stars == current ? 0 : stars);
    }
    QTableView::mouseReleaseEvent(event);
}

void TrackTable::leaveEvent(QEvent* event)
{
    setHoveredRow(-1);
    m_hoverPoint = {};
    QTableView::leaveEvent(event);
}

TrackTableDelegate::TrackTableDelegate(TrackTable* table)
    : QStyledItemDelegate(table), m_table(table)
{}

QRect TrackTableDelegate::starRect(const QRect& cell, int star)
{
    return {cell.left() + 10 + star * (kStarSide + kStarGap),
            cell.top() + (cell.height() - kStarSide) / 2, kStarSide, kStarSide};
}

QSize TrackTableDelegate::sizeHint(const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(kRowHeight);
    if (index.column() == m_table->ratingColumn())
        return {kStarCount * (kStarSide + kStarGap) + 32, kRowHeight};
    // As wide as paint() needs the text to be whole: a column sized to its contents showed a
    // track number 10 as "…".
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const int text = cell.fontMetrics.horizontalAdvance(cell.text) + 2 * kTextMargin + 2;
    return {std::max(size.width() + 12, text), kRowHeight};
}

void TrackTableDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool playing = index.data(TrackModel::PlayingRole).toBool();
    const bool selected = cell.state & QStyle::State_Selected;
    const QPalette& colours = cell.palette;
    const QColor accent = colours.color(QPalette::Highlight);

    // The row's background: selection, else a light wash under the pointer or on the playing row.
    if (selected) {
        painter->fillRect(cell.rect, colours.color(QPalette::Highlight));
    } else if (index.row() == m_table->hoveredRow() || playing) {
        QColor wash = playing ? accent : colours.color(QPalette::Text);
        wash.setAlphaF(playing ? 0.12F : 0.06F);
        painter->fillRect(cell.rect, wash);
    }
    if (playing && index.column() == m_table->horizontalHeader()->logicalIndexAt(0))
        painter->fillRect(QRect(cell.rect.topLeft(), QSize(kAccentBar, cell.rect.height())),
                          selected ? colours.color(QPalette::HighlightedText) : accent);

    const QColor ink = colours.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (index.column() == m_table->ratingColumn()) {
        paintStars(painter, cell, index);
        return;
    }
    if (index.column() == TrackModel::NumberColumn && playing) {
        const int side = 16;
        const QRect icon(cell.rect.right() - side - 8, cell.rect.center().y() - side / 2, side,
                         side);
        symbolicIcon(QStringLiteral("audio-volume-high-symbolic"), selected ? ink : accent)
            .paint(painter, icon);
        return;
    }
    // The view's font, whatever the model asks: only the playing title is set heavier, so no
    // other column's text grows out of its width.
    QFont font = option.font;
    if (playing && index.column() == TrackModel::TitleColumn)
        font.setWeight(QFont::DemiBold);
    const bool secondary = index.column() != TrackModel::TitleColumn;
    painter->save();
    painter->setFont(font);
    painter->setPen(selected || !secondary ? ink : colours.color(QPalette::PlaceholderText));
    const QRect text = cell.rect.adjusted(kTextMargin, 0, -kTextMargin, 0);
    const QString shown = QFontMetrics(font).elidedText(cell.text, Qt::ElideRight, text.width());
    painter->drawText(text, int(cell.displayAlignment | Qt::AlignVCenter), shown);
    painter->restore();
}

void TrackTableDelegate::paintStars(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QColor on = selected ? option.palette.color(QPalette::HighlightedText)
                               : option.palette.color(QPalette::Highlight);
    QColor off = selected ? option.palette.color(QPalette::HighlightedText)
                          : option.palette.color(QPalette::Text);
    off.setAlphaF(0.35F);
    int rating = index.data(TrackStatsColumns::RatingRole).toInt();
    const bool hovered = index.row() == m_table->hoveredRow();
    const QPoint pointer = m_table->viewport()->mapFromGlobal(QCursor::pos());
    if (hovered) {
        if (const int preview = m_table->starsAt(index, pointer); preview > 0)
            rating = preview;
    }
    // Unrated rows show their empty stars only under the pointer: a quiet table.
    if (rating == 0 && !hovered && !selected)
        return;
    for (int star = 0; star < kStarCount; ++star) {
        const bool filled = star < rating;
        symbolicIcon(filled ? QStringLiteral("starred-symbolic")
                            : QStringLiteral("non-starred-symbolic"),
                     filled ? on : off)
            .paint(painter, starRect(option.rect, star));
    }
}

} // namespace liner::gui
