#pragma once

#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "playlist/PlaybackController.h"

#include <QSignalSpy>
#include <utility>

namespace liner::testing {

// The window as main() builds it: the settings, a real engine behind the controller, and the
// window over both, connected to the engine as the program connects it. (The playlists, MPRIS
// and the library, which main() adds, each test adds for itself.) Links liner_gui.
struct WindowFixture
{
    // `notesPacks`: the folder of notes packs, as DataFolders finds it.
    explicit WindowFixture(const QString& notesPacks = {})
        : window(controller, settings, notesPacks)
    {
        window.connectEngine(engine);
    }
    std::pair<playlist::PlaybackController&, gui::MainWindow&> parts()
    {
        return {controller, window};
    }

    desktop::Settings settings;
    engine::PlaybackEngine engine;
    playlist::PlaybackController controller{engine};
    gui::MainWindow window;
};

// Shows the tracks in the window as an album and waits until their notes and lyrics, which are
// read off the UI thread, are shown too. False when they never came.
inline bool showAlbum(gui::MainWindow& window, const QList<library::Track>& tracks)
{
    QSignalSpy shown(&window, &gui::MainWindow::albumNotesShown);
    window.setAlbum(tracks);
    return shown.wait(60000);
}

} // namespace liner::testing
