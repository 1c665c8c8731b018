#include "gui/Sliders.h"

#include "library/TrackModel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace liner::gui {

namespace {

constexpr int kHandleRadius = 6;
constexpr int kGrooveHeight = 4;
constexpr int kWheelNotch = 120;
constexpr int kVolumePerNotch = 5;

} // namespace

JumpSlider::JumpSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
    setMinimumHeight(2 * kHandleRadius + 8);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
}

int JumpSlider::valueAt(int x) const
{
    return QStyle::sliderValueFromPosition(minimum(), maximum(), x - kHandleRadius,
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
    setValue(valueAt(int(event->position().x())));
    event->accept();
}

void JumpSlider::mouseMoveEvent(QMouseEvent* event)
{
    if (m_held)
        setValue(valueAt(int(event->position().x())));
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
    setValue(valueAt(int(event->position().x())));
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

SeekSlider::SeekSlider(QWidget* parent) : JumpSlider(parent)
{
    setAccessibleName(tr("Position"));
    setSingleStep(5000);
    setPageStep(30000);
    connect(this, &QSlider::valueChanged, this, &SeekSlider::describe);
    connect(this, &QSlider::rangeChanged, this, &SeekSlider::describe);
    // Keys move the handle too; they seek at once, as there is no release to wait for.
    connect(this, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !held())
            emit seekRequested(sliderPosition());
    });
}

void SeekSlider::showPosition(qint64 positionMs)
{
    if (held())
        return;
    const QSignalBlocker blocker(this);
    setValue(int(positionMs));
    describe();
    update();
}

void SeekSlider::describe()
{
    setAccessibleDescription(tr("%1 of %2")
                                 .arg(library::TrackModel::formatClock(value()),
                                      library::TrackModel::formatClock(maximum())));
}

void SeekSlider::mouseMoveEvent(QMouseEvent* event)
{
    JumpSlider::mouseMoveEvent(event);
    if (!isEnabled() || maximum() <= 0)
        return;
    m_hoverText = library::TrackModel::formatClock(valueAt(int(event->position().x())));
    QToolTip::showText(event->globalPosition().toPoint() + QPoint(0, -28), m_hoverText, this);
}

void SeekSlider::mouseReleaseEvent(QMouseEvent* event)
{
    const bool seeking = held();
    JumpSlider::mouseReleaseEvent(event);
    if (seeking)
        emit seekRequested(value());
}

void SeekSlider::leaveEvent(QEvent* event)
{
    m_hoverText.clear();
    QToolTip::hideText();
    update();
    JumpSlider::leaveEvent(event);
}

void SeekSlider::wheelEvent(QWheelEvent* event)
{
    event->ignore();
}

VolumeSlider::VolumeSlider(QWidget* parent) : JumpSlider(parent)
{
    setRange(0, 100);
    setSingleStep(kVolumePerNotch);
    setPageStep(20);
    setAccessibleName(tr("Volume"));
}

void VolumeSlider::wheelEvent(QWheelEvent* event)
{
    m_wheel += event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    const int notches = m_wheel / kWheelNotch;
    if (notches != 0) {
        m_wheel -= notches * kWheelNotch;
        setValue(value() + notches * kVolumePerNotch);
    }
    event->accept();
}

} // namespace liner::gui
