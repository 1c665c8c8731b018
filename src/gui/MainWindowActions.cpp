// The window's menus and keyboard shortcuts (Help ▸ Keyboard Shortcuts lists them from here),
// and Preferences with what it asks of the engine.
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/PreferencesDialog.h"
#include "gui/ServerPreferences.h"
#include "gui/ShortcutsDialog.h"
#include "gui/Sliders.h"
#include "playlist/PlaybackController.h"
#include "ui_MainWindow.h"

#include <QMenuBar>

namespace liner::gui {

namespace {
// How far Left and Right move in the playing track.
constexpr qint64 kSeekStepMs = 5000;
} // namespace

void MainWindow::createActions()
{
    const auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key,
                            auto&& slot) {
        QAction* action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, std::forward<decltype(slot)>(slot));
        return action;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, tr("Add Music Folder…"), QKeySequence::Open, [this] { chooseMusicFolder(); });
    m_exportBookletAction =
        add(file, tr("Export Booklet as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
            [this] { exportBooklet(); });
    add(file, tr("Write ReplayGain Tags…"), {}, [this] { writeReplayGainTags(); });
    file->addSeparator();
    add(file, tr("Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    add(playback, tr("Play/Pause"), Qt::Key_Space, [this] { m_controller.playPause(); });
    add(playback, tr("Previous Track"), QKeySequence(Qt::CTRL | Qt::Key_Left),
        [this] { m_controller.previous(); });
    add(playback, tr("Next Track"), QKeySequence(Qt::CTRL | Qt::Key_Right),
        [this] { m_controller.next(); });
    add(playback, tr("Back 5 Seconds"), Qt::Key_Left, [this] { seekBy(-kSeekStepMs); });
    add(playback, tr("Forward 5 Seconds"), Qt::Key_Right, [this] { seekBy(kSeekStepMs); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    add(view, tr("Back"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { goBack(); });
    add(view, tr("Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { goForward(); });
    add(view, tr("Albums"), QKeySequence(Qt::ALT | Qt::Key_Home), [this] {
        navigate({Location::View::Home, {}});
    });
    view->addSeparator();
    add(view, tr("Search Library"), QKeySequence::Find, [this] { m_libraryPane->focusSearch(); });
    view->addAction(m_libraryPane->gridAction());
    m_bookletAction =
        add(view, tr("Booklet"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { showBookletView(); });
    add(view, tr("Now Playing"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { showNowPlayingView(m_ui->mainViews->currentWidget() != m_ui->nowPlayingView); });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    add(settings, tr("Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
        [this] { editPreferences(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("Keyboard Shortcuts"), QKeySequence::HelpContents, [this] {
        ShortcutsDialog dialog(*menuBar(), this);
        dialog.exec();
    });
    help->addAction(tr("About Liner"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::editPreferences()
{
    const QString device = m_settings.outputDevice();
    const auto gainMode = m_settings.replayGainMode();
    const double preampDb = m_settings.replayGainPreampDb();
    const QStringList folders = m_settings.libraryFolders();
    PreferencesDialog dialog(m_settings, m_deviceNames, this);
    m_preferences = &dialog;
    emit deviceNamesWanted();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_settings.libraryFolders() != folders)
        changeMusicFolders(folders, m_settings.libraryFolders());
    if (m_settings.outputDevice() != device)
        emit outputDeviceChanged(m_settings.outputDevice());
    if (m_settings.replayGainMode() != gainMode || m_settings.replayGainPreampDb() != preampDb)
        emit replayGainChanged();
    ServerPreferences& servers = dialog.servers();
    if (servers.hasChanged()) {
        servers.apply(this, [this](const QString& problem) { statusBar()->showMessage(problem); });
        emit serversChanged(servers.accounts());
    }
}

void MainWindow::setDeviceNames(const QStringList& names)
{
    m_deviceNames = names;
    if (m_preferences)
        m_preferences->setDevices(names);
}

void MainWindow::connectEngine(engine::PlaybackEngine& engine)
{
    connect(this, &MainWindow::outputDeviceChanged, &engine, &engine::PlaybackEngine::setDevice);
    const auto applyReplayGain = [this, &engine] {
        engine.setReplayGain(m_settings.replayGainMode(), m_settings.replayGainPreampDb(), true);
    };
    applyReplayGain();
    connect(this, &MainWindow::replayGainChanged, &engine, applyReplayGain);
    connect(this, &MainWindow::deviceNamesWanted, &engine, &engine::PlaybackEngine::listDevices);
    connect(&engine, &engine::PlaybackEngine::devicesListed, this, &MainWindow::setDeviceNames);
    engine.listDevices();
}

void MainWindow::seekBy(qint64 deltaMs)
{
    if (m_controller.state() == engine::PlaybackState::Stopped)
        return;
    m_controller.seek(std::clamp<qint64>(m_controller.position() + deltaMs, 0,
                                         m_ui->nowPlayingBar->seekSlider()->maximum()));
}

} // namespace liner::gui
