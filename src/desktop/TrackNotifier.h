#pragma once

#include <QObject>

namespace liner::library {
class TrackModel;
}
namespace liner::playlist {
class PlaybackController;
}

namespace liner::desktop {

class Settings;

// A desktop notification (org.freedesktop.Notifications) each time a new track starts, when the
// listener has asked for them in Preferences (off by default). Each one replaces the last, so a
// run of skipped tracks leaves one bubble, not a stack.
class TrackNotifier : public QObject
{
    Q_OBJECT

public:
    TrackNotifier(const playlist::PlaybackController& controller, const library::TrackModel& tracks,
                  const Settings& settings, QObject* parent = nullptr);

private:
    void notify(int row);

    const library::TrackModel& m_tracks;
    const Settings& m_settings;
    uint m_lastId = 0;
};

} // namespace liner::desktop
