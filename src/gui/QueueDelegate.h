#pragma once

#include <QStyledItemDelegate>

namespace liner::gui {

// Draws a row of the play queue (playlist::PlayQueue): the track's title, in bold while it is
// being heard, and its length at the right.
class QueueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace liner::gui
