#include "gui/NavigationHistory.h"

namespace liner::gui {

NavigationHistory::NavigationHistory(Location start) : m_places{std::move(start)} {}

void NavigationHistory::visit(const Location& place)
{
    if (place == current())
        return;
    m_places.resize(m_current + 1);
    m_places << place;
    if (m_places.size() > kLimit)
        m_places.removeFirst();
    m_current = m_places.size() - 1;
}

void NavigationHistory::replace(const Location& place)
{
    m_places[m_current] = place;
}

const Location& NavigationHistory::back()
{
    if (canGoBack())
        --m_current;
    return current();
}

const Location& NavigationHistory::forward()
{
    if (canGoForward())
        ++m_current;
    return current();
}

} // namespace liner::gui
