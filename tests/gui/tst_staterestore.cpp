#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/NowPlayingBar.h"
#include "gui/Sliders.h"
#include "gui/TrackContextMenu.h"
#include "library/LibraryScanner.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"
#include "support/WindowFixture.h"

#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace liner;
using engine::PlaybackState;

// One session of Liner: what main() builds, on the given album, its playlists and play counts
// in `data`.
struct Session : testing::WindowFixture
{
    Session(const QString& album, const QString& data)
        : playlists(QDir(data).filePath(QStringLiteral("playlists"))),
          stats(QDir(data).filePath(QStringLiteral("play-stats.json")))
    {
        window.setTrackMenu(menu);
        window.resize(1000, 700);
        window.show();
        shown = testing::showAlbum(window, library::LibraryScanner::scan({album}));
    }
    playlist::PlaylistStore playlists;
    playlist::PlayStats stats;
    QUndoStack undo;
    gui::TrackContextMenu menu{playlists, undo, controller, stats};
    bool shown = false; // the album and its notes
};

class TestStateRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Each run starts from no settings at all, and leaves the developer's alone (not
        // QStandardPaths' test mode: its folder outlives the run).
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        m_capture.applyToThisProcess();
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(number);
            tags.trackNumber = number;
            QCOMPARE(demo::writeFixture(m_album.filePath(QStringLiteral("%1.flac").arg(number)),
                                        demo::FixtureFormat::Flac,
                                        demo::fixtureSignal(44100, 2, 44100 * 30, number), tags),
                     QString());
        }
    }

    void preferencesRoundTripAndStayInRange()
    {
        using Mode = desktop::Settings::ReplayGainMode;
        {
            desktop::Settings settings;
            QCOMPARE(settings.replayGainMode(), Mode::Off);
            QCOMPARE(settings.notifyOnTrackChange(), false);
            QCOMPARE(settings.outputDevice(), QString());
            settings.setOutputDevice(QStringLiteral("hw:1,0 USB DAC"));
            settings.setReplayGainMode(Mode::Album);
            settings.setReplayGainPreampDb(40.0);
            settings.setLanguage(QStringLiteral("ko"));
            settings.setNotifyOnTrackChange(true);
        }
        desktop::Settings settings;
        QCOMPARE(settings.outputDevice(), QStringLiteral("hw:1,0 USB DAC"));
        QCOMPARE(settings.replayGainMode(), Mode::Album);
        QCOMPARE(settings.replayGainPreampDb(), 15.0);
        QCOMPARE(settings.language(), QStringLiteral("ko"));
        QCOMPARE(settings.notifyOnTrackChange(), true);
    }

    // Close Liner in the middle of track 2 and start it again: the track, the position, the
    // volume and the splitter are as they were, the now-playing bar shows that track at that
    // position, and Play resumes where it stopped.
    void sessionStateRoundTrips()
    {
        QList<int> splitterSizes;
        qint64 savedPositionMs = 0;
        {
            Session first(m_album.path(), m_home.dataFolder());
            QVERIFY(first.shown);
            first.controller.playIndex(1);
            QTRY_COMPARE_WITH_TIMEOUT(first.controller.currentIndex(), 1, 20000);
            first.controller.seek(12000);
            QTRY_VERIFY_WITH_TIMEOUT(first.controller.position() >= 12000, 20000);
            first.window.findChild<QSlider*>(QStringLiteral("volumeSlider"))->setValue(40);
            auto* splitter = first.window.findChild<QSplitter*>(QStringLiteral("contentSplitter"));
            splitter->setSizes({700, 250});
            splitterSizes = splitter->sizes();
            QVERIFY(first.window.close());
            savedPositionMs = first.settings.lastPositionMs();
            QVERIFY(savedPositionMs >= 12000 && savedPositionMs < 30000);
        }
        // Coming back to a saved session is quiet: Qt has nothing to warn about.
        // (The test's own surroundings may lack a session bus or a window manager.)
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!.*(D-Bus session bus|propagateSizeHints)).*$")));
        Session second(m_album.path(), m_home.dataFolder());
        QVERIFY(second.shown);
        QCOMPARE(second.window.findChild<QSlider*>(QStringLiteral("volumeSlider"))->value(), 40);
        QCOMPARE(second.controller.volume(), 0.4);
        QCOMPARE(second.window.findChild<QSplitter*>(QStringLiteral("contentSplitter"))->sizes(),
                 splitterSizes);
        auto* table = second.window.findChild<QTableView*>(QStringLiteral("trackTable"));
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(second.window.notesRow(), 1);
        QCOMPARE(second.controller.state(), PlaybackState::Stopped);
        auto* bar = second.window.findChild<gui::NowPlayingBar*>(QStringLiteral("nowPlayingBar"));
        QCOMPARE(bar->track().title, QStringLiteral("Song 2"));
        QCOMPARE(bar->seekSlider()->value(), int(savedPositionMs));
        QCOMPARE(second.window.findChild<QLabel*>(QStringLiteral("elapsedLabel"))->text(),
                 library::TrackModel::formatClock(savedPositionMs));

        second.controller.playPause();
        QTRY_COMPARE_WITH_TIMEOUT(second.controller.currentIndex(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(second.controller.position() >= savedPositionMs, 20000);
        second.controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(second.controller.state(), PlaybackState::Stopped, 20000);
    }

private:
    testing::PrivateHome m_home;
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced, 1.0};
    QTemporaryDir m_album;
};

QTEST_MAIN(TestStateRestore)
#include "tst_staterestore.moc"
