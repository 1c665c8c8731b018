#include "gui/QueueDelegate.h"

#include "library/TrackModel.h"
#include "playlist/PlayQueue.h"

#include <QApplication>
#include <QPainter>

namespace liner::gui {

namespace {

QString lengthOf(const QModelIndex& index)
{
    const qint64 ms = index.data(playlist::PlayQueue::DurationRole).toLongLong();
    return ms > 0 ? library::TrackModel::formatDuration(ms) : QString();
}

} // namespace

void QueueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->font.setBold(index.data(playlist::PlayQueue::CurrentRole).toBool());
}

void QueueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem title = option;
    initStyleOption(&title, index);
    const QString length = lengthOf(index);
    const QFontMetrics metrics(option.font);
    const int margin = metrics.horizontalAdvance(QLatin1Char(' '));
    const int lengthWidth = length.isEmpty() ? 0 : metrics.horizontalAdvance(length) + 2 * margin;
    // The title is elided short of the length, which keeps its place at the right.
    title.text =
        QFontMetrics(title.font)
            .elidedText(title.text, Qt::ElideRight, option.rect.width() - lengthWidth - 2 * margin);
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &title, painter, widget);
    if (length.isEmpty())
        return;
    painter->save();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    painter->setPen(
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->setFont(option.font);
    painter->drawText(option.rect.adjusted(0, 0, -margin, 0), Qt::AlignRight | Qt::AlignVCenter,
                      length);
    painter->restore();
}

} // namespace liner::gui
