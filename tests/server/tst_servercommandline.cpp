#include "LinerProcess.h"
#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using testing::AudioCapture;
using testing::FakeServerProcess;
using testing::runLiner;

// `liner --server URL --user NAME` against the tests' own OpenSubsonic server: token and API key
// sign-in, an album played from it exactly as from disk, and each kind of failure a clear
// message and exit code 1 instead of a hang, the real 30-second default timeout included.
class TestServerCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library;
    testing::PrivateHome m_home;

    QProcessEnvironment environment(const AudioCapture* capture = nullptr) const
    {
        QProcessEnvironment environment =
            capture ? capture->environment() : QProcessEnvironment::systemEnvironment();
        m_home.applyTo(environment);
        environment.insert(QStringLiteral("LINER_SERVER_PASSWORD"), QStringLiteral("secret"));
        return environment;
    }

    static QStringList scan(const FakeServerProcess& server)
    {
        return {QStringLiteral("--scan"),   QStringLiteral("--json"),
                QStringLiteral("--server"), server.url(),
                QStringLiteral("--user"),   QStringLiteral("alice")};
    }

private slots:
    void initTestCase()
    {
        const demo::PcmBuffer source = demo::fixtureSignal(44100, 2, 44100, 5);
        for (int part = 0; part < 2; ++part) {
            demo::PcmBuffer piece{44100, 2, {}};
            piece.samples.assign(source.samples.begin() + part * 22'051 * 2,
                                 part == 0 ? source.samples.begin() + 22'051 * 2
                                           : source.samples.end());
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Half %1").arg(part + 1);
            tags.album = QStringLiteral("Halves");
            tags.artist = QStringLiteral("Liner Fixtures");
            tags.trackNumber = part + 1;
            QVERIFY(demo::writeFixture(m_library.filePath(QStringLiteral("%1.mp3").arg(part + 1)),
                                       demo::FixtureFormat::Mp3, piece, tags)
                        .isEmpty());
        }
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("server without user")
            << QStringList{QStringLiteral("--scan"), QStringLiteral("--server"),
                           QStringLiteral("http://127.0.0.1:1")};
        QTest::newRow("user without server")
            << QStringList{QStringLiteral("--scan"), QStringLiteral("--user"), QStringLiteral("a")};
        QTest::newRow("not http") << QStringList{
            QStringLiteral("--scan"), QStringLiteral("--server"), QStringLiteral("ftp://x"),
            QStringLiteral("--user"), QStringLiteral("a")};
        QTest::newRow("with the window")
            << QStringList{QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                           QStringLiteral("--user"), QStringLiteral("a")};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const auto run = runLiner(arguments, environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("liner: "), run.err.constData());
    }

    // Signed in with a token (the password never travels) and listed in --scan's own shape.
    void scansWithAToken()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const auto run = runLiner(scan(fake), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tracks.size(), 2);
        QCOMPARE(tracks.at(0).toObject().value(u"title").toString(), QStringLiteral("Half 1"));
        QCOMPARE(tracks.at(0).toObject().value(u"codec").toString(), QStringLiteral("MP3"));
        QVERIFY(fake.requests().filter(u"&p=").isEmpty());
    }

    void scansWithAnApiKey()
    {
        FakeServerProcess fake(m_library.path(),
                               {QStringLiteral("--auth"), QStringLiteral("apikey"),
                                QStringLiteral("--api-key"), QStringLiteral("KEY-1")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        QProcessEnvironment withKey = environment();
        withKey.remove(QStringLiteral("LINER_SERVER_PASSWORD"));
        withKey.insert(QStringLiteral("LINER_SERVER_API_KEY"), QStringLiteral("KEY-1"));
        const auto run = runLiner(scan(fake), withKey);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
    }

    // From an XML-only server, the album plays exactly as the files do, MP3 join included.
    void playsAnAlbumAsFromDisk()
    {
        FakeServerProcess fake(m_library.path(), {QStringLiteral("--xml-only")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const AudioCapture local(AudioCapture::Pace::Unpaced);
        QCOMPARE(
            runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), m_library.path()},
                     environment(&local))
                .exitCode,
            0);
        const AudioCapture remote(AudioCapture::Pace::Unpaced);
        const QString album =
            QStringLiteral("subsonic://alice@127.0.0.1:%1/album/al-1").arg(fake.port());
        const auto run = runLiner({QStringLiteral("--headless"), QStringLiteral("--play"),
                                   QStringLiteral("--server"), fake.url(), QStringLiteral("--user"),
                                   QStringLiteral("alice"), album},
                                  environment(&remote));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Played 2 tracks."), run.err.constData());
        const QStringList expected = local.finishedCaptureFiles();
        const QStringList actual = remote.finishedCaptureFiles();
        QCOMPARE(actual.size(), 1);
        QCOMPARE(QFileInfo(actual.first()).fileName(), QFileInfo(expected.first()).fileName());
        QVERIFY(AudioCapture::readFloats(actual.first()) ==
                AudioCapture::readFloats(expected.first()));
    }

    void failuresAreReported_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("wrong password")
            << QStringList() << QStringLiteral("nope")
            << QByteArray("does not accept this user name and password");
        QTest::newRow("malformed JSON")
            << QStringList{QStringLiteral("--garbage")} << QStringLiteral("secret")
            << QByteArray("did not answer as a Subsonic server does");
        QTest::newRow("stall") << QStringList{QStringLiteral("--stall-api")}
                               << QStringLiteral("secret")
                               << QByteArray("did not answer within 1 s");
    }

    void failuresAreReported()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, password);
        QFETCH(QByteArray, expected);
        FakeServerProcess fake(m_library.path(), options);
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        QProcessEnvironment environment = this->environment();
        environment.insert(QStringLiteral("LINER_SERVER_PASSWORD"), password);
        // The timeout is shortened for the test: a one-second stall proves what thirty do.
        environment.insert(QStringLiteral("LINER_SERVER_TIMEOUT_MS"), QStringLiteral("1000"));
        const auto run = runLiner(scan(fake), environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // Once, with nothing shortened: a server that never answers is given up after 30 s, as the
    // README says, not waited for forever.
    void aThirtySecondStallEndsWithTheDefaultTimeout()
    {
        FakeServerProcess fake(m_library.path(), {QStringLiteral("--stall-api")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        QElapsedTimer timer;
        timer.start();
        const auto run = runLiner(scan(fake), environment(), 120'000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("did not answer within 30 s"), run.err.constData());
        QVERIFY(timer.elapsed() >= 28'500); // Qt's coarse timers may fire 5 % early
        QVERIFY(timer.elapsed() < 90'000);
    }
};

QTEST_GUILESS_MAIN(TestServerCommandLine)
#include "tst_servercommandline.moc"
