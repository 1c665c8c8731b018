#include "gui/BookletOverlays.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPainter>

namespace liner::gui {

namespace {

QAccessibleInterface* textRegionAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1StringView(BookletTextRegion::staticMetaObject.className()) &&
        object != nullptr && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::StaticText);
    return nullptr;
}

} // namespace

BookletHotspot::BookletHotspot(BookletTarget target, const BookletStyle& style, QWidget* parent)
    : QAbstractButton(parent), m_target(std::move(target)), m_ink(style.ink), m_accent(style.accent)
{
    setAccessibleName(m_target.label);
    setToolTip(m_target.label);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
}

void BookletHotspot::paintEvent(QPaintEvent* /*event*/)
{
    if (!underMouse() && !hasFocus() && !isDown())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor wash = m_ink;
    wash.setAlphaF(isDown() ? 0.16F : 0.08F);
    painter.setBrush(underMouse() || isDown() ? QBrush(wash) : Qt::NoBrush);
    painter.setPen(hasFocus() ? QPen(m_accent, 1.5) : Qt::NoPen);
    switch (m_target.kind) {
    case BookletTarget::Kind::Play:
        painter.drawEllipse(area);
        break;
    case BookletTarget::Kind::Mood:
    case BookletTarget::Kind::Character:
        painter.drawRoundedRect(area, area.height() / 2, area.height() / 2);
        break;
    case BookletTarget::Kind::Page:
        painter.drawRoundedRect(area, 4, 4);
        break;
    }
}

void BookletHotspot::enterEvent(QEnterEvent* event)
{
    update();
    QAbstractButton::enterEvent(event);
}

void BookletHotspot::leaveEvent(QEvent* event)
{
    update();
    QAbstractButton::leaveEvent(event);
}

BookletTextRegion::BookletTextRegion(const QString& text, QWidget* parent) : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(textRegionAccessible);
        return true;
    }();
    Q_UNUSED(installed)
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAccessibleName(text);
}

} // namespace liner::gui
