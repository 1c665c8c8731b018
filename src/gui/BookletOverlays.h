#pragma once

#include "gui/BookletPages.h"

#include <QAbstractButton>

namespace liner::gui {

// A clickable place on a booklet page (a chip, a play button, a contents line), laid over what the
// page draws there: it marks hover and keyboard focus, and is a button to screen readers.
class BookletHotspot : public QAbstractButton
{
    Q_OBJECT

public:
    BookletHotspot(BookletTarget target, const BookletStyle& style, QWidget* parent);
    const BookletTarget& target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    BookletTarget m_target;
    QColor m_ink;
    QColor m_accent;
};

// A run of a page's text, for screen readers only: it draws nothing and lets the mouse through.
class BookletTextRegion : public QWidget
{
    Q_OBJECT

public:
    BookletTextRegion(const QString& text, QWidget* parent);
};

} // namespace liner::gui
