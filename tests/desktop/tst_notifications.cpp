#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "desktop/TrackNotifier.h"
#include "engine/PlaybackEngine.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"

#include <QDBusConnection>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

// The desktop's notification server as the bus sees it: it owns org.freedesktop.Notifications
// on a connection of its own and records each Notify call that reaches it.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

    bool start()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, "server");
        return bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                  QDBusConnection::ExportAllSlots) &&
               bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }
    ~NotificationServer() override { QDBusConnection::disconnectFromBus("server"); }

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summary, const QString& body, const QStringList&,
                const QVariantMap& hints, int)
    {
        calls << Call{appName, replacesId, icon, summary, body, hints};
        return 100 + uint(calls.size());
    }
};

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        m_capture.applyToThisProcess();
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run under dbus-run-session");
        QVERIFY(m_server.start());
        for (int number = 1; number <= 2; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("눈물의 여왕 %1").arg(number);
            tags.artist = QStringLiteral("Artist");
            tags.album = QStringLiteral("Album");
            tags.trackNumber = number;
            QCOMPARE(demo::writeFixture(m_album.filePath(QStringLiteral("%1.flac").arg(number)),
                                        demo::FixtureFormat::Flac,
                                        demo::fixtureSignal(44100, 2, 44100 * 20, number), tags),
                     QString());
        }
    }

    // Off by default: tracks start and the server hears nothing. Switched on, each new track is
    // announced, replacing the previous bubble.
    void notifiesTrackChangesOnlyWhenAsked()
    {
        desktop::Settings settings;
        QCOMPARE(settings.notifyOnTrackChange(), false);
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        desktop::TrackNotifier notifier(controller, settings);
        controller.setQueue(library::LibraryScanner::scan({m_album.path()}));

        controller.playIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 0, 20000);
        QTest::qWait(500);
        QCOMPARE(m_server.calls.size(), 0);

        settings.setNotifyOnTrackChange(true);
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.calls.size(), 1, 20000);
        const NotificationServer::Call first = m_server.calls.first();
        QCOMPARE(first.appName, QStringLiteral("Liner"));
        QCOMPARE(first.replacesId, 0U);
        QCOMPARE(first.icon, QStringLiteral("org.liner.Liner"));
        QCOMPARE(first.summary, QStringLiteral("눈물의 여왕 2"));
        QCOMPARE(first.body, QStringLiteral("Artist — Album"));
        QCOMPARE(first.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("org.liner.Liner"));

        controller.previous(); // early in track 2: back to track 1
        QTRY_COMPARE_WITH_TIMEOUT(m_server.calls.size(), 2, 20000);
        QCOMPARE(m_server.calls.at(1).summary, QStringLiteral("눈물의 여왕 1"));
        QCOMPARE(m_server.calls.at(1).replacesId, 101U);
        controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), engine::PlaybackState::Stopped, 20000);
    }

private:
    testing::PrivateHome m_home;
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced, 1.0};
    QTemporaryDir m_album;
    NotificationServer m_server;
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
