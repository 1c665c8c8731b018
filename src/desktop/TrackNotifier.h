#pragma once

#include <QObject>

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
    TrackNotifier(const playlist::PlaybackController& controller, const Settings& settings,
                  QObject* parent = nullptr);

private:
    void notify();

    const playlist::PlaybackController& m_controller;
    const Settings& m_settings;
    uint m_lastId = 0;
};

} // namespace liner::desktop
