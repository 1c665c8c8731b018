#include "gui/Sliders.h"

#include "library/TrackModel.h"

#include <QMouseEvent>
#include <QToolTip>

namespace liner::gui {

namespace {

constexpr int kWheelNotch = 120;
constexpr int kVolumePerNotch = 5;

} // namespace

SeekSlider::SeekSlider(QWidget* parent) : WaveformSeekBar(parent)
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
    WaveformSeekBar::mouseMoveEvent(event);
    if (!isEnabled() || maximum() <= 0)
        return;
    m_hoverText = library::TrackModel::formatClock(valueAt(event->position().x()));
    QToolTip::showText(event->globalPosition().toPoint() + QPoint(0, -28), m_hoverText, this);
}

void SeekSlider::mouseReleaseEvent(QMouseEvent* event)
{
    const bool seeking = held();
    WaveformSeekBar::mouseReleaseEvent(event);
    if (seeking)
        emit seekRequested(value());
}

void SeekSlider::leaveEvent(QEvent* event)
{
    m_hoverText.clear();
    QToolTip::hideText();
    update();
    WaveformSeekBar::leaveEvent(event);
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
