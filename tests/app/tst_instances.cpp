#include "LinerProcess.h"
#include "demo/FixtureWriter.h"
#include "support/AudioCapture.h"
#include "support/FileBytes.h"
#include "support/PrivateHome.h"

#include <QCryptographicHash>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using liner::testing::writeBytes;

namespace {

const QString kLiner = QStringLiteral("org.liner.Liner");
const QString kMpris = QStringLiteral("org.mpris.MediaPlayer2.liner");
const QString kMprisPath = QStringLiteral("/org/mpris/MediaPlayer2");

// An album folder of two short tracks whose tags name the album.
bool writeAlbum(const QString& folder, const QString& album)
{
    QDir().mkpath(folder);
    for (int number = 1; number <= 2; ++number) {
        demo::FixtureTags tags;
        tags.album = album;
        tags.albumArtist = QStringLiteral("Liner");
        tags.title = QStringLiteral("%1 %2").arg(album).arg(number);
        tags.trackNumber = number;
        if (!demo::writeFixture(QStringLiteral("%1/%2.flac").arg(folder).arg(number),
                                demo::FixtureFormat::Flac,
                                demo::fixtureSignal(44100, 2, 44100 * 20, number), tags)
                 .isEmpty())
            return false;
    }
    return true;
}

// Every file under `root` with its size, time and contents: equal snapshots, nothing changed.
QStringList snapshot(const QString& root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QByteArray hash;
        if (QFile file(info.filePath()); info.isFile() && file.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex();
        entries << QStringLiteral("%1 %2 %3 %4")
                       .arg(info.filePath())
                       .arg(info.size())
                       .arg(info.lastModified().toMSecsSinceEpoch())
                       .arg(QString::fromLatin1(hash));
    }
    entries.sort();
    return entries;
}

QVariant mprisProperty(const QString& name)
{
    QDBusInterface properties(kMpris, kMprisPath,
                              QStringLiteral("org.freedesktop.DBus.Properties"));
    const QDBusReply<QVariant> reply = properties.call(
        QStringLiteral("Get"), QStringLiteral("org.mpris.MediaPlayer2.Player"), name);
    return reply.isValid() ? reply.value() : QVariant();
}

} // namespace

// One Liner window per user: a later `liner PATH` hands its paths to the first over D-Bus (a bus
// of the test's own, from dbus-run-session) and ends, while the modes without a window run beside
// it and leave the listener's data alone.
class TestInstances : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    testing::PrivateHome m_home;
    QString m_first;
    QString m_second;

    QProcessEnvironment environment(const testing::AudioCapture& capture) const
    {
        QProcessEnvironment environment = capture.environment();
        m_home.applyTo(environment);
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(m_home.isValid());
        m_first = m_dir.filePath(QStringLiteral("Music/First"));
        m_second = m_dir.filePath(QStringLiteral("Music/Second"));
        QVERIFY(writeAlbum(m_first, QStringLiteral("First")));
        QVERIFY(writeAlbum(m_second, QStringLiteral("Second")));
    }

    void aLaterWindowHandsItsPathsToTheFirst()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced, 1.0);
        QProcessEnvironment env = environment(capture);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // A user's copies beside the playlists, named as temporary files are: the window's start
        // and end leave them be.
        const QString playlists = m_home.dataFolder() + QStringLiteral("/Liner/liner/playlists/");
        const QStringList copies{QStringLiteral("Mix.m3u8.2024Q1"),
                                 QStringLiteral("Road trip.m3u8.before"),
                                 QStringLiteral("Road.m3u8.AbC123")};
        for (const QString& copy : copies)
            QVERIFY(writeBytes(playlists + copy, "#EXTM3U\n/mine.flac\n"));
        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedChannels);
        first.start(QStringLiteral(LINER_BINARY), {m_first});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            QDBusConnection::sessionBus().interface()->isServiceRegistered(kLiner), 60000);

        // The later one hands over and ends at once; the first plays the second album.
        QProcess later;
        later.setProcessEnvironment(env);
        later.start(QStringLiteral(LINER_BINARY), {QStringLiteral("--play"), m_second});
        QVERIFY(later.waitForFinished(60000));
        QCOMPARE(later.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(mprisProperty(QStringLiteral("PlaybackStatus")).toString(),
                                  QStringLiteral("Playing"), 60000);
        const auto playingTitle = [] {
            const QVariant metadata = mprisProperty(QStringLiteral("Metadata"));
            return qdbus_cast<QVariantMap>(metadata.value<QDBusArgument>())
                .value(QStringLiteral("xesam:title"))
                .toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(playingTitle(), QStringLiteral("Second 1"), 60000);
        QCOMPARE(first.state(), QProcess::Running);

        // Without the bus a later window cannot hand anything over: it says so, and does not
        // start a second window on the same data.
        QProcess lost;
        QProcessEnvironment noBus = env;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/bus"));
        lost.setProcessEnvironment(noBus);
        lost.start(QStringLiteral(LINER_BINARY), {m_second});
        QVERIFY(lost.waitForFinished(60000));
        QCOMPARE(lost.exitCode(), 1);
        QVERIFY2(lost.readAllStandardError().contains("already running"), "no reason given");

        // The modes without a window run beside it.
        const auto scan =
            testing::runLiner({QStringLiteral("--scan"), QStringLiteral("--json"), m_second}, env);
        QCOMPARE(scan.exitCode, 0);
        QVERIFY(scan.out.contains("Second 2"));

        QDBusInterface(kMpris, kMprisPath, QStringLiteral("org.mpris.MediaPlayer2"))
            .call(QStringLiteral("Quit"));
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.exitCode(), 0);
        for (const QString& copy : copies) {
            QFile file(playlists + copy);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(copy));
            QCOMPARE(file.readAll(), QByteArray("#EXTM3U\n/mine.flac\n"));
        }
    }

    // --scan, --albums, --headless --play, --convert-playlist and the rest read the listener's
    // data at most: not a byte of it changes, not even what a window would clean up or set aside.
    void theCommandLineModesLeaveTheListenersDataAlone()
    {
        const QString data = m_home.dataFolder() + QStringLiteral("/Liner/liner");
        QVERIFY(writeBytes(m_home.configFolder() + QStringLiteral("/Liner/liner.conf"),
                           "[playback]\nvolume=0.5\n\xff\xfe[broken\n"));
        QVERIFY(writeBytes(data + QStringLiteral("/smart-playlists.json"), "{not json"));
        QVERIFY(writeBytes(data + QStringLiteral("/play-stats.json"),
                           "{\"version\": 1, \"tracks\": {}}"));
        QVERIFY(writeBytes(data + QStringLiteral("/playlists/Road.m3u8"), "#EXTM3U\n/x.flac\n"));
        QVERIFY(writeBytes(data + QStringLiteral("/playlists/Broken.m3u8"), "\xff\x00"));
        QVERIFY(writeBytes(data + QStringLiteral("/playlists/.liner-unfinished/write-999999999-"
                                                 "AbC123"),
                           "#EXTM3U\n"));
        QVERIFY(writeBytes(m_home.cacheFolder() + QStringLiteral("/Liner/liner/library.sqlite"),
                           QByteArray(4096, 'x')));
        const QString in = m_dir.filePath(QStringLiteral("in.m3u"));
        QVERIFY(writeBytes(in, QFile::encodeName(m_first + QStringLiteral("/1.flac")) + '\n'));
        const QStringList before = snapshot(m_home.path());

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const QProcessEnvironment env = environment(capture);
        const QList<QStringList> runs{
            {QStringLiteral("--scan"), QStringLiteral("--json"), m_first},
            {QStringLiteral("--scan"), m_first},
            {QStringLiteral("--albums"), QStringLiteral("--json"), m_first},
            {QStringLiteral("--headless"), QStringLiteral("--play"), m_first},
            {QStringLiteral("--convert-playlist"), in, m_dir.filePath(QStringLiteral("out.xspf"))},
            {QStringLiteral("--list-devices")},
            {QStringLiteral("--version")},
        };
        for (const QStringList& arguments : runs) {
            const auto run = testing::runLiner(arguments, env);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(arguments.join(u' ') + u'\n' + QString::fromLocal8Bit(run.err)));
        }
        QCOMPARE(snapshot(m_home.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
