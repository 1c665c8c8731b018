#pragma once

#include <QList>
#include <QString>

namespace liner::gui {

// A place in the window: a view, and what it shows (an album's key, a smart playlist's name,
// a search's text).
struct Location
{
    enum class View
    {
        Home,
        Album,
        SmartPlaylist,
        Booklet,
        NowPlaying,
        Search
    };
    View view = View::Home;
    QString key;

    friend bool operator==(const Location&, const Location&) = default;
};

// Where the listener has been, as a browser keeps it: Back returns to the previous place, Forward
// undoes a Back, and going somewhere new after a Back forgets the places ahead.
class NavigationHistory
{
public:
    explicit NavigationHistory(Location start = {});

    const Location& current() const { return m_places.at(m_current); }
    // Goes to `place`; going where one already is changes nothing.
    void visit(const Location& place);
    // The current place becomes `place` without a step of its own (a search being typed).
    void replace(const Location& place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // The place gone back or forward to (the current one when there is none).
    const Location& back();
    const Location& forward();

private:
    // At most this many places are kept: older ones fall off the back.
    static constexpr qsizetype kLimit = 100;

    QList<Location> m_places;
    qsizetype m_current = 0;
};

} // namespace liner::gui
