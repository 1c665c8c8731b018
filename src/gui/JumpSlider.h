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
    virtual int valueAt(double x) const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

    bool held() const { return m_held; }

private:
    bool m_held = false;
};

} // namespace liner::gui
