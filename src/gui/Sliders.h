#pragma once

#include <QSlider>

namespace liner::gui {

// A horizontal slider whose handle jumps to where it is clicked (not a page at a time towards
// it), and follows the pointer while the button is held.
class JumpSlider : public QSlider
{
    Q_OBJECT

public:
    explicit JumpSlider(QWidget* parent = nullptr);

    // The value at this x in the widget.
    int valueAt(int x) const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

    bool held() const { return m_held; }

private:
    bool m_held = false;
};

// The position in the playing track, in milliseconds. A click or a drag asks to seek there once,
// when the button is released; while the pointer is over the bar, the time under it shows.
class SeekSlider : public JumpSlider
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
