#pragma once

#include "gui/JumpSlider.h"
#include "gui/WaveformSeekBar.h"

namespace liner::gui {

// The position in the playing track, in milliseconds. A click or a drag asks to seek there once,
// when the button is released; while the pointer is over the bar, the time under it shows.
class SeekSlider : public WaveformSeekBar
{
    Q_OBJECT

public:
    explicit SeekSlider(QWidget* parent = nullptr);

    // The playing position, unless the listener is holding the handle.
    void showPosition(qint64 positionMs);
    // What hovering shows now ("1:07"), empty when the pointer is elsewhere.
    QString hoverText() const { return m_hoverText; }

signals:
    void seekRequested(qint64 positionMs);

protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    // The wheel scrolls what is around the bar; it never seeks by accident.
    void wheelEvent(QWheelEvent* event) override;

private:
    void describe();

    QString m_hoverText;
};

// Volume in percent: jumps where clicked, and one notch of the wheel moves it 5%.
class VolumeSlider : public JumpSlider
{
    Q_OBJECT

public:
    explicit VolumeSlider(QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;

private:
    int m_wheel = 0;
};

} // namespace liner::gui
