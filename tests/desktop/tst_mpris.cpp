#include "demo/FixtureWriter.h"
#include "desktop/MprisMetadata.h"
#include "desktop/MprisService.h"
#include "engine/PlaybackEngine.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCall>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace liner;
using engine::PlaybackState;

namespace {
const QString kService = QStringLiteral("org.mpris.MediaPlayer2.liner");
const QString kPath = QStringLiteral("/org/mpris/MediaPlayer2");
const QString kPlayer = QStringLiteral("org.mpris.MediaPlayer2.Player");
// Long enough that a busy machine's slow playerctl calls never reach a track's end mid-test.
constexpr int kTrackSeconds = 120;
} // namespace

// Records the PropertiesChanged and Seeked signals the player sends, as any client sees them: on
// a bus connection of its own.
class BusObserver : public QObject
{
    Q_OBJECT

public:
    BusObserver() : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, "observer"))
    {
        m_bus.connect(kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                      QStringLiteral("PropertiesChanged"), this,
                      SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
        m_bus.connect(kService, kPath, kPlayer, QStringLiteral("Seeked"), this,
                      SLOT(onSeeked(qlonglong)));
    }
    ~BusObserver() override { QDBusConnection::disconnectFromBus("observer"); }

    // Every value the property was announced with, in order.
    QVariantList announced(const QString& property) const { return m_changes.value(property); }
    QList<qlonglong> seeks;

private slots:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed,
                             const QStringList&)
    {
        if (interface != kPlayer)
            return;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            m_changes[it.key()] << it.value();
    }
    void onSeeked(qlonglong positionUs) { seeks << positionUs; }

private:
    QDBusConnection m_bus;
    QHash<QString, QVariantList> m_changes;
};

// Records the TrackList signals the player sends, on a connection of its own.
class TrackListObserver : public QObject
{
    Q_OBJECT

public:
    TrackListObserver()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, "tracklist"))
    {
        const QString list = QStringLiteral("org.mpris.MediaPlayer2.TrackList");
        m_bus.connect(kService, kPath, list, QStringLiteral("TrackListReplaced"), this,
                      SLOT(onReplaced(QList<QDBusObjectPath>, QDBusObjectPath)));
        m_bus.connect(kService, kPath, list, QStringLiteral("TrackAdded"), this,
                      SLOT(onAdded(QVariantMap, QDBusObjectPath)));
        m_bus.connect(kService, kPath, list, QStringLiteral("TrackRemoved"), this,
                      SLOT(onRemoved(QDBusObjectPath)));
    }
    ~TrackListObserver() override { QDBusConnection::disconnectFromBus("tracklist"); }

    QList<QList<QDBusObjectPath>> replaced;
    QList<std::pair<QString, QDBusObjectPath>> added; // title, after which
    QList<QDBusObjectPath> removed;

private slots:
    void onReplaced(const QList<QDBusObjectPath>& tracks, const QDBusObjectPath&)
    {
        replaced << tracks;
    }
    void onAdded(const QVariantMap& metadata, const QDBusObjectPath& after)
    {
        added << std::pair{metadata.value(QStringLiteral("xesam:title")).toString(), after};
    }
    void onRemoved(const QDBusObjectPath& track) { removed << track; }

private:
    QDBusConnection m_bus;
};

class TestMpris : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qDBusRegisterMetaType<QList<QVariantMap>>();
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        m_playerctl = QStandardPaths::findExecutable(QStringLiteral("playerctl"));
        QVERIFY2(!m_playerctl.isEmpty(), "playerctl is not installed (scripts/lib/common.sh)");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(number);
            tags.artist = QStringLiteral("정재일");
            tags.album = QStringLiteral("Bus Album");
            tags.trackNumber = number;
            tags.embedCover = true;
            const QString path = m_album.filePath(QStringLiteral("%1.flac").arg(number));
            QCOMPARE(demo::writeFixture(
                         path, demo::FixtureFormat::Flac,
                         demo::fixtureSignal(44100, 2, 44100 * kTrackSeconds, number), tags),
                     QString());
        }
    }

    // playerctl drives the engine through every transport command, and what it reads back (and
    // what PropertiesChanged announces) follows the engine.
    void playerctlDrivesAndReflectsPlayback()
    {
        {
            engine::PlaybackEngine engine;
            playlist::PlaybackController controller(engine);
            desktop::MprisService mpris(controller);
            QVERIFY(mpris.registerOnSessionBus());
            controller.setQueue(library::LibraryScanner::scan({m_album.path()}));
            QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
            BusObserver observer;

            QCOMPARE(playerctl({QStringLiteral("status")}), QStringLiteral("Stopped"));
            playerctl({QStringLiteral("play")});
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Playing, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 0, 20000);
            QCOMPARE(playerctl({QStringLiteral("status")}), QStringLiteral("Playing"));
            QTRY_VERIFY(observer.announced(QStringLiteral("PlaybackStatus"))
                            .contains(QStringLiteral("Playing")));

            const QString format =
                QStringLiteral("{{xesam:title}}|{{xesam:artist}}|{{xesam:album}}|"
                               "{{xesam:trackNumber}}|{{mpris:length}}|"
                               "{{mpris:trackid}}");
            const library::Track& first = controller.queue().track(0);
            QCOMPARE(playerctl({QStringLiteral("metadata"), QStringLiteral("--format"), format}),
                     QStringLiteral("Song 1|정재일|Bus Album|1|%1|'%2'")
                         .arg(qlonglong(first.durationMs) * 1000)
                         .arg(desktop::mprisTrackId(controller.queue().idAt(0)).path()));
            QVERIFY(qAbs(first.durationMs - kTrackSeconds * 1000) < 100);
            // The embedded cover is handed out as a file a client can load, once it has been
            // written out (off the UI thread; the metadata is announced again then).
            const auto art = [this] {
                return QUrl(
                    playerctl({QStringLiteral("metadata"), QStringLiteral("mpris:artUrl")}));
            };
            QTRY_VERIFY2_WITH_TIMEOUT(art().isLocalFile() &&
                                          QImage(art().toLocalFile()).width() > 0,
                                      qPrintable(art().toString()), 20000);
            QTRY_VERIFY(std::any_of(observer.announced(QStringLiteral("Metadata")).cbegin(),
                                    observer.announced(QStringLiteral("Metadata")).cend(),
                                    [](const QVariant& value) {
                                        QVariantMap map;
                                        value.value<QDBusArgument>() >> map;
                                        return map.contains(QStringLiteral("mpris:artUrl"));
                                    }));

            playerctl({QStringLiteral("next")});
            QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 1, 20000);
            QCOMPARE(playerctl({QStringLiteral("metadata"), QStringLiteral("xesam:title")}),
                     QStringLiteral("Song 2"));
            QTRY_VERIFY(hasAnnouncedTitle(observer, QStringLiteral("Song 2")));
            // Early in a track (the capture plays in real time), Previous goes to the one before.
            playerctl({QStringLiteral("previous")});
            QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 0, 20000);

            playerctl({QStringLiteral("position"), QStringLiteral("20")});
            QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 20000, 20000);
            QVERIFY(controller.position() < kTrackSeconds * 1000);
            QTRY_VERIFY(observer.seeks.contains(20'000'000));
            QVERIFY(playerctl({QStringLiteral("position")}).toDouble() >= 20.0);
            // Late in a track, Previous starts it again.
            playerctl({QStringLiteral("previous")});
            QTRY_VERIFY_WITH_TIMEOUT(controller.position() < 15000, 20000);
            QCOMPARE(controller.currentIndex(), 0);
            QTRY_VERIFY2(observer.seeks.contains(0), qPrintable(seeksText(observer)));

            playerctl({QStringLiteral("pause")});
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Paused, 20000);
            QCOMPARE(playerctl({QStringLiteral("status")}), QStringLiteral("Paused"));
            QTRY_VERIFY(observer.announced(QStringLiteral("PlaybackStatus"))
                            .contains(QStringLiteral("Paused")));
            playerctl({QStringLiteral("play-pause")});
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Playing, 20000);

            playerctl({QStringLiteral("volume"), QStringLiteral("0.25")});
            QTRY_COMPARE(controller.volume(), 0.25);
            QCOMPARE(playerctl({QStringLiteral("volume")}).toDouble(), 0.25);
            QTRY_VERIFY(observer.announced(QStringLiteral("Volume")).contains(0.25));
            controller.setVolume(1.0);
            QCOMPARE(playerctl({QStringLiteral("volume")}).toDouble(), 1.0);

            // Shuffle and loop are the controller's, both ways.
            playerctl({QStringLiteral("shuffle"), QStringLiteral("On")});
            QTRY_VERIFY(controller.shuffle());
            playerctl({QStringLiteral("loop"), QStringLiteral("Track")});
            QTRY_COMPARE(controller.repeat(), playlist::RepeatMode::One);
            QCOMPARE(playerctl({QStringLiteral("loop")}), QStringLiteral("Track"));
            controller.setRepeat(playlist::RepeatMode::All);
            QCOMPARE(playerctl({QStringLiteral("loop")}), QStringLiteral("Playlist"));
            QTRY_VERIFY(observer.announced(QStringLiteral("LoopStatus"))
                            .contains(QStringLiteral("Playlist")));
            controller.setShuffle(false);
            QCOMPARE(playerctl({QStringLiteral("shuffle")}), QStringLiteral("Off"));
            controller.setRepeat(playlist::RepeatMode::Off);

            playerctl({QStringLiteral("stop")});
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Stopped, 20000);
            QCOMPARE(playerctl({QStringLiteral("status")}), QStringLiteral("Stopped"));
        } // closing the engine completes the capture
        // The engine really played: the capture holds sound, not only the stream's lead-in silence.
        const QStringList captured = m_capture.finishedCaptureFiles();
        QVERIFY(!captured.isEmpty());
        const std::vector<float> samples = testing::AudioCapture::readFloats(captured.last());
        QVERIFY(testing::firstNonSilentSample(samples) < samples.size());
    }

    // The root and TrackList interfaces, and clear errors for what Liner cannot do.
    void tracklistAndRootInterfaces()
    {
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        desktop::MprisService mpris(controller);
        QVERIFY(mpris.registerOnSessionBus());
        controller.setQueue(library::LibraryScanner::scan({m_album.path()}));
        // A client's own connection, as another process would have.
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, "client");
        const auto disconnect = qScopeGuard([] { QDBusConnection::disconnectFromBus("client"); });

        const auto property = [&](const QString& interface, const QString& name) {
            const QDBusMessage reply = call(bus, QStringLiteral("org.freedesktop.DBus.Properties"),
                                            QStringLiteral("Get"), {interface, name});
            return reply.arguments().value(0).value<QDBusVariant>().variant();
        };
        const QString root = QStringLiteral("org.mpris.MediaPlayer2");
        QCOMPARE(property(root, QStringLiteral("Identity")).toString(), QStringLiteral("Liner"));
        QCOMPARE(property(root, QStringLiteral("DesktopEntry")).toString(),
                 QStringLiteral("org.liner.Liner"));
        QVERIFY(property(root, QStringLiteral("HasTrackList")).toBool());
        QVERIFY(property(root, QStringLiteral("CanRaise")).toBool());

        const QString list = QStringLiteral("org.mpris.MediaPlayer2.TrackList");
        const playlist::PlayQueue& queue = controller.queue();
        const auto ids = [&queue] {
            QList<QDBusObjectPath> ids;
            for (int row = 0; row < queue.size(); ++row)
                ids << desktop::mprisTrackId(queue.idAt(row));
            return ids;
        };
        QCOMPARE(qdbus_cast<QList<QDBusObjectPath>>(property(list, QStringLiteral("Tracks"))),
                 ids());
        const QDBusMessage tracks = call(
            bus, list, QStringLiteral("GetTracksMetadata"),
            {QVariant::fromValue(QList<QDBusObjectPath>{desktop::mprisTrackId(queue.idAt(2)),
                                                        QDBusObjectPath("/app/liner/track/99")})});
        QCOMPARE(tracks.type(), QDBusMessage::ReplyMessage);
        const auto metadata = qdbus_cast<QList<QVariantMap>>(tracks.arguments().value(0));
        QCOMPARE(metadata.size(), 1);
        QCOMPARE(metadata.first().value(QStringLiteral("xesam:title")).toString(),
                 QStringLiteral("Song 3"));
        const QDBusMessage remove = call(bus, list, QStringLiteral("RemoveTrack"),
                                         {QVariant::fromValue(desktop::mprisTrackId(1))});
        QCOMPARE(remove.errorName(), QStringLiteral("org.freedesktop.DBus.Error.NotSupported"));

        call(bus, list, QStringLiteral("GoTo"),
             {QVariant::fromValue(desktop::mprisTrackId(queue.idAt(2)))});
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 2, 20000);

        const QDBusMessage web = call(bus, kPlayer, QStringLiteral("OpenUri"),
                                      {QStringLiteral("https://example.com/a.flac")});
        QCOMPARE(web.errorName(), QStringLiteral("org.freedesktop.DBus.Error.NotSupported"));
        const QDBusMessage missing =
            call(bus, kPlayer, QStringLiteral("OpenUri"),
                 {QUrl::fromLocalFile(m_album.filePath(QStringLiteral("none.flac"))).toString()});
        QCOMPARE(missing.errorName(), QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"));
        // The file's tracks, read off the UI thread, go to whoever wired the service (the
        // window, or liner --headless), which plays them.
        QSignalSpy open(&mpris, &desktop::MprisService::openRequested);
        const QString second = m_album.filePath(QStringLiteral("2.flac"));
        call(bus, kPlayer, QStringLiteral("OpenUri"), {QUrl::fromLocalFile(second).toString()});
        QTRY_COMPARE(open.size(), 1);
        const auto opened = open.first().first().value<QList<library::Track>>();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().title, QStringLiteral("Song 2"));
        controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Stopped, 20000);
    }

    // Each edit of the queue reaches clients as the TrackList signal for it, naming entries by
    // ids that stay while they are queued.
    void tracklistSignalsFollowTheQueue()
    {
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        desktop::MprisService mpris(controller);
        QVERIFY(mpris.registerOnSessionBus());
        const QList<library::Track> album = library::LibraryScanner::scan({m_album.path()});
        TrackListObserver observer;
        controller.setQueue(album.mid(0, 2));
        QTRY_COMPARE(observer.replaced.size(), 1);
        const playlist::PlayQueue& queue = controller.queue();
        const QDBusObjectPath first = desktop::mprisTrackId(queue.idAt(0));
        QCOMPARE(observer.replaced.first(),
                 (QList<QDBusObjectPath>{first, desktop::mprisTrackId(queue.idAt(1))}));

        const QDBusObjectPath second = desktop::mprisTrackId(queue.idAt(1));
        controller.addToQueue({album.at(2)});
        QTRY_COMPARE(observer.added.size(), 1);
        QCOMPARE(observer.added.first().first, QStringLiteral("Song 3"));
        QCOMPARE(observer.added.first().second, second);
        // Nothing plays: "play next" puts it first, after no track.
        controller.playNext({album.at(1)});
        QTRY_COMPARE(observer.added.size(), 2);
        QCOMPARE(observer.added.last().second, desktop::mprisNoTrack());
        const QDBusObjectPath added = desktop::mprisTrackId(queue.idAt(0));
        controller.removeRows({0});
        QTRY_COMPARE(observer.removed, QList<QDBusObjectPath>{added});
        controller.setShuffle(true);
        QTRY_COMPARE(observer.replaced.size(), 2);
        // The first entry kept its id through all of it.
        QVERIFY(observer.replaced.last().contains(first));
    }

    void linerAnswersPlayerctl_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("window");
        QTest::newRow("headless") << QStringList{QStringLiteral("--headless"),
                                                 QStringLiteral("--play"), m_album.path()}
                                  << false;
        QTest::newRow("window") << QStringList{QStringLiteral("--play"), m_album.path()} << true;
    }

    // The real program offers MPRIS, with its window or without one (`--headless --play`):
    // playerctl reads and drives it, OpenUri plays a file, and Quit ends it.
    void linerAnswersPlayerctl()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, window);
        QProcess liner;
        QProcessEnvironment environment = m_capture.environment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        // The window's settings, playlists and cache go to a home of the test's own.
        const testing::PrivateHome home;
        QVERIFY(home.isValid());
        home.applyTo(environment);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        liner.setProcessEnvironment(environment);
        liner.start(QStringLiteral(LINER_BINARY), arguments);
        QVERIFY(liner.waitForStarted());
        const auto stop = qScopeGuard([&liner] {
            liner.kill();
            liner.waitForFinished();
        });
        QTRY_COMPARE_WITH_TIMEOUT(playerctl({QStringLiteral("status")}), QStringLiteral("Playing"),
                                  30000);
        QCOMPARE(playerctl({QStringLiteral("metadata"), QStringLiteral("xesam:title")}),
                 QStringLiteral("Song 1"));
        playerctl({QStringLiteral("next")});
        QTRY_COMPARE_WITH_TIMEOUT(
            playerctl({QStringLiteral("metadata"), QStringLiteral("xesam:title")}),
            QStringLiteral("Song 2"), 20000);
        playerctl({QStringLiteral("pause")});
        QTRY_COMPARE_WITH_TIMEOUT(playerctl({QStringLiteral("status")}), QStringLiteral("Paused"),
                                  20000);
        playerctl({QStringLiteral("play")});
        QTRY_COMPARE_WITH_TIMEOUT(playerctl({QStringLiteral("status")}), QStringLiteral("Playing"),
                                  20000);
        playerctl({QStringLiteral("open"),
                   QUrl::fromLocalFile(m_album.filePath(QStringLiteral("3.flac"))).toString()});
        QTRY_COMPARE_WITH_TIMEOUT(
            playerctl({QStringLiteral("metadata"), QStringLiteral("xesam:title")}),
            QStringLiteral("Song 3"), 20000);

        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, "quit");
        const auto disconnect = qScopeGuard([] { QDBusConnection::disconnectFromBus("quit"); });
        const QString root = QStringLiteral("org.mpris.MediaPlayer2");
        const QDBusMessage canRaise =
            call(bus, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
                 {root, QStringLiteral("CanRaise")});
        QCOMPARE(canRaise.arguments().value(0).value<QDBusVariant>().variant().toBool(), window);
        call(bus, root, QStringLiteral("Quit"), {});
        QVERIFY(liner.waitForFinished(30000));
        QCOMPARE(liner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(liner.exitCode(), 0);
    }

private:
    // Calls the player and waits for the answer while this thread keeps serving the bus (a
    // blocking call would wait on the very thread that has to answer it).
    static QDBusMessage call(QDBusConnection& bus, const QString& interface, const QString& method,
                             const QVariantList& arguments)
    {
        QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, interface, method);
        message.setArguments(arguments);
        QDBusPendingCall pending = bus.asyncCall(message);
        QDeadlineTimer deadline(30000);
        while (!pending.isFinished() && !deadline.hasExpired())
            QTest::qWait(10);
        return pending.reply();
    }

    // Runs playerctl against Liner while this thread keeps serving the bus; its output, trimmed.
    QString playerctl(const QStringList& arguments)
    {
        QProcess process;
        QSignalSpy done(&process, &QProcess::finished);
        process.start(m_playerctl,
                      QStringList{QStringLiteral("-p"), QStringLiteral("liner")} + arguments);
        if (!done.wait(30000)) {
            process.kill();
            return QStringLiteral("<playerctl timed out>");
        }
        if (process.exitCode() != 0)
            qWarning() << "playerctl" << arguments << "failed:" << process.readAllStandardError();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    static QString seeksText(const BusObserver& observer)
    {
        QStringList seeks;
        for (qlonglong seek : observer.seeks)
            seeks << QString::number(seek);
        return QStringLiteral("Seeked: ") + seeks.join(QLatin1Char(' '));
    }

    static bool hasAnnouncedTitle(const BusObserver& observer, const QString& title)
    {
        for (const QVariant& value : observer.announced(QStringLiteral("Metadata"))) {
            QVariantMap map;
            value.value<QDBusArgument>() >> map;
            if (map.value(QStringLiteral("xesam:title")).toString() == title)
                return true;
        }
        return false;
    }

    // Played at the pace of a sound card, so "early in a track" lasts long enough to act in.
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced, 1.0};
    QTemporaryDir m_album;
    QString m_playerctl;
};

QTEST_GUILESS_MAIN(TestMpris)
#include "tst_mpris.moc"
