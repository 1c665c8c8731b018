#include "gui/JumpSlider.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace liner::gui {

namespace {

constexpr int kHandleRadius = 6;
constexpr int kGrooveHeight = 4;

} // namespace

JumpSlider::JumpSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
    setMinimumHeight(2 * kHandleRadius + 8);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

int JumpSlider::valueAt(double x) const
{
    return QStyle::sliderValueFromPosition(minimum(), maximum(), int(x) - kHandleRadius,
                                           std::max(1, width() - 2 * kHandleRadius));
}

void JumpSlider::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !isEnabled()) {
        QSlider::mousePressEvent(event);
        return;
    }
    m_held = true;
    setSliderDown(true);
    setValue(valueAt(event->position().x()));
    event->accept();
}

void JumpSlider::mouseMoveEvent(QMouseEvent* event)
{
    if (m_held)
        setValue(valueAt(event->position().x()));
    update();
    event->accept();
}

void JumpSlider::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_held) {
        QSlider::mouseReleaseEvent(event);
        return;
    }
    m_held = false;
    setValue(valueAt(event->position().x()));
    setSliderDown(false);
    event->accept();
}

void JumpSlider::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const bool active = isEnabled() && (underMouse() || m_held || hasFocus());
    const qreal left = kHandleRadius;
    const qreal span = width() - 2.0 * kHandleRadius;
    const qreal middle = height() / 2.0;
    const qreal fraction =
        maximum() > minimum() ? double(value() - minimum()) / (maximum() - minimum()) : 0.0;
    QColor groove = colours.color(QPalette::WindowText);
    groove.setAlphaF(isEnabled() ? 0.2F : 0.1F);
    const QRectF track(left, middle - kGrooveHeight / 2.0, span, kGrooveHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(groove);
    painter.drawRoundedRect(track, kGrooveHeight / 2.0, kGrooveHeight / 2.0);
    if (!isEnabled())
        return;
    const QColor fill =
        active ? colours.color(QPalette::Highlight) : colours.color(QPalette::WindowText);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(track.left(), track.top(), span * fraction, track.height()),
                            kGrooveHeight / 2.0, kGrooveHeight / 2.0);
    if (active) {
        painter.setBrush(colours.color(QPalette::WindowText));
        painter.drawEllipse(QPointF(left + span * fraction, middle), kHandleRadius, kHandleRadius);
    }
    if (hasFocus()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colours.color(QPalette::Highlight), 1.5));
        painter.drawEllipse(QPointF(left + span * fraction, middle), kHandleRadius + 2.5,
                            kHandleRadius + 2.5);
    }
}

} // namespace liner::gui
