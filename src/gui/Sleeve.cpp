#include "gui/Sleeve.h"

#include <QPainter>
#include <QPalette>

namespace liner::gui {

QPixmap sleeve(const QSize& size, const QPalette& palette, qreal ratio)
{
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(palette.color(QPalette::Midlight));
    QPainter painter(&pixmap);
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(QRect(QPoint(), size).adjusted(0, 0, -1, -1));
    QFont font = painter.font();
    font.setPixelSize(std::max(1, size.height() / 2));
    painter.setFont(font);
    painter.drawText(QRect(QPoint(), size), Qt::AlignCenter, QStringLiteral("♪"));
    return pixmap;
}

} // namespace liner::gui
