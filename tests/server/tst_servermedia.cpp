#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "engine/Decoder.h"
#include "engine/PlaybackEngine.h"
#include "server/ServerCatalog.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"
#include "server/SubsonicClient.h"
#include "support/AudioCapture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>

using namespace liner;
using testing::FakeServerProcess;

namespace {

// Everything a source gives from `offset` on, the way the decoder reads it.
QByteArray readAll(engine::ByteSource& source, qint64 offset = 0)
{
    QByteArray data;
    char block[65536];
    for (;;) {
        const qint64 read = source.read(offset, block, sizeof block);
        if (read <= 0)
            return read < 0 ? QByteArray() : data;
        data.append(block, read);
        offset += read;
    }
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The test server over the test's songs, started with `options`, what a client knows of it (the
// account that signs in, the songs' locations in its order) and a ServerMedia signed in to it that
// keeps what it fetches in `cache`, up to `cacheLimit` bytes.
struct Served
{
    Served(const QString& library, const QString& cache, const QStringList& options = {},
           qint64 cacheLimit = server::MediaCache::kDefaultLimitBytes)
        : fake(library, options), media(cache, cacheLimit)
    {}

    // Starts the server, lists its songs and signs the media in; false (with the server's own
    // words in fake.error()) when it does not come up.
    bool start()
    {
        if (!fake.start())
            return false;
        account = fake.account();
        server::SubsonicClient client(account);
        for (const library::Track& track : server::ServerCatalog::fetch(client).tracks())
            locations << track.path;
        media.setAccounts({account});
        return true;
    }

    FakeServerProcess fake;
    server::ServerAccount account;
    QStringList locations; // in the server's order (track number)
    server::ServerMedia media;
};

} // namespace

// How server songs reach the engine: downloaded while they are read, from the range a seek asks
// for, taken up again after a dropped connection, given up with a reason when the server goes
// silent, and kept in a bounded cache that plays even with the server gone.
class TestServerMedia : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library;
    QTemporaryDir m_cache;
    QStringList m_files; // in the server's order (track number)

    void clearCache() { QDir(m_cache.path()).removeRecursively(); }

private slots:
    void initTestCase()
    {
        // Three seconds of CD audio as WAV: half a megabyte, enough to seek in.
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Part %1").arg(number);
            tags.album = QStringLiteral("Parts");
            tags.trackNumber = number;
            const QString path = m_library.filePath(QStringLiteral("%1.wav").arg(number));
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Wav,
                                       demo::fixtureSignal(44100, 2, 3 * 44100, number), tags)
                        .isEmpty());
            m_files << path;
        }
    }

    void init() { clearCache(); }

    void readsASongAsItArrivesAndCachesIt()
    {
        Served served(m_library.path(), m_cache.path());
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        QCOMPARE(locations.size(), 3);
        QString error;
        {
            std::unique_ptr<engine::ByteSource> source = media.open(locations[0], error);
            QVERIFY2(source, qPrintable(error));
            QCOMPARE(source->size(), fileBytes(m_files[0]).size());
            QVERIFY(readAll(*source) == fileBytes(m_files[0]));
        }
        // Bit for bit: the original file, asked for as such.
        QVERIFY(fake.requests().filter(u"stream?").first().contains(u"format=raw"));
        QTRY_COMPARE(media.cache().sizeOnDisk(), fileBytes(m_files[0]).size());
        const qsizetype streams = fake.requests().filter(u"stream?").size();
        std::unique_ptr<engine::ByteSource> again = media.open(locations[0], error);
        QVERIFY(again);
        QVERIFY(readAll(*again) == fileBytes(m_files[0]));
        QCOMPARE(fake.requests().filter(u"stream?").size(), streams);
    }

    // The first connection stalls after 64 KiB; reading further on asks for that range and
    // gets it at once, then the download comes back for what it skipped.
    void aSeekAheadAsksForItsRange()
    {
        Served served(m_library.path(), m_cache.path(),
                      {QStringLiteral("--stall-stream-after"), QStringLiteral("65536")});
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        QString error;
        std::unique_ptr<engine::ByteSource> source = media.open(locations[1], error);
        QVERIFY2(source, qPrintable(error));
        const QByteArray whole = fileBytes(m_files[1]);
        const qint64 offset = whole.size() * 3 / 4;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(readAll(*source, offset) == whole.mid(offset));
        QVERIFY(timer.elapsed() < account.timeoutMs);
        QVERIFY(!fake.requests().filter(QStringLiteral("Range: bytes=%1-").arg(offset)).isEmpty());
    }

    void aDroppedConnectionIsTakenUpAgain()
    {
        Served served(m_library.path(), m_cache.path(),
                      {QStringLiteral("--drop-stream-after"), QStringLiteral("100000")});
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        QString error;
        std::unique_ptr<engine::ByteSource> source = media.open(locations[2], error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(readAll(*source) == fileBytes(m_files[2]));
        QVERIFY(!fake.requests().filter(u"Range: bytes=100000-").isEmpty());
    }

    void aSilentServerEndsTheSongWithAReason()
    {
        Served served(m_library.path(), m_cache.path(),
                      {QStringLiteral("--stall-stream-after"), QStringLiteral("10000")});
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        account.timeoutMs = 500;
        media.setAccounts({account});
        QString error;
        std::unique_ptr<engine::ByteSource> source = media.open(locations[0], error);
        QVERIFY2(source, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        char block[65536];
        qint64 offset = 0;
        qint64 read = 0;
        while ((read = source->read(offset, block, sizeof block)) > 0)
            offset += read;
        QCOMPARE(read, -1);
        QCOMPARE(offset, 10000);
        QVERIFY2(source->error().contains(u"stopped sending (nothing for 0.5 s)"),
                 qPrintable(source->error()));
        QVERIFY(timer.elapsed() < 4000);
        QCOMPARE(media.cache().sizeOnDisk(), 0);
    }

    // The engine gives a track a deadline to open, a file's and a server song's alike: a read
    // of a stalled song ends there rather than at the server's own (longer) timeout.
    void aReadWaitsNoLongerThanTheDeadline()
    {
        Served served(m_library.path(), m_cache.path(),
                      {QStringLiteral("--stall-stream-after"), QStringLiteral("10000"),
                       QStringLiteral("--stall-ranges")});
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served; // the default 30 s timeout
        QString error;
        std::unique_ptr<engine::ByteSource> source = media.open(locations[0], error);
        QVERIFY2(source, qPrintable(error));
        char block[65536];
        QCOMPARE(source->read(0, block, 10000), 10000);
        QElapsedTimer timer;
        timer.start();
        source->setDeadline(std::chrono::steady_clock::now() + std::chrono::milliseconds(500));
        QCOMPARE(source->read(10000, block, sizeof block), -1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(source->error().contains(u"no data arrived"), qPrintable(source->error()));
    }

    void theCacheKeepsToItsLimitAndPlaysWithoutTheServer()
    {
        const qint64 songBytes = fileBytes(m_files[0]).size();
        // Room for two songs of three.
        Served served(m_library.path(), m_cache.path(), {}, 2 * songBytes + songBytes / 2);
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        QString error;
        for (const QString& location : locations) {
            std::unique_ptr<engine::ByteSource> source = media.open(location, error);
            QVERIFY2(source, qPrintable(error));
            QVERIFY(!readAll(*source).isEmpty());
            QTest::qWait(20); // distinct modification times
        }
        QTRY_VERIFY(media.cache().sizeOnDisk() <= 2 * songBytes + songBytes / 2);
        QVERIFY(media.cache().sizeOnDisk() >= 2 * songBytes);

        fake.kill();
        // The most recent song still plays, from the cache; the evicted first one cannot.
        std::unique_ptr<engine::ByteSource> cached = media.open(locations[2], error);
        QVERIFY2(cached, qPrintable(error));
        QVERIFY(readAll(*cached) == fileBytes(m_files[2]));
        std::unique_ptr<engine::ByteSource> gone = media.open(locations[0], error);
        QVERIFY(gone);
        char block[16];
        QCOMPARE(gone->read(0, block, sizeof block), -1);
        QVERIFY2(gone->error().contains(u"cannot reach"), qPrintable(gone->error()));
    }

    // The engine's own decoder seeks in a song whose download has not got there (the first
    // connection stalls early): the range it needs is asked for, and from the target on it
    // decodes exactly what it decodes from the file.
    void theDecoderSeeksAheadOfTheDownload()
    {
        Served served(m_library.path(), m_cache.path(),
                      {QStringLiteral("--stall-stream-after"), QStringLiteral("65536")});
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        QString error;
        engine::Decoder remote;
        QVERIFY2(remote.open(locations[2], 0, -1, media.open(locations[2], error)).isEmpty(),
                 qPrintable(remote.error()));
        engine::Decoder local;
        QVERIFY(local.open(m_files[2]).isEmpty());
        const qint64 target = 2 * 44100 + 123;
        QVERIFY(remote.seek(target));
        QVERIFY(local.seek(target));
        std::vector<float> fromServer;
        std::vector<float> fromFile;
        for (int block = 0; block < 8; ++block) {
            QVERIFY(remote.decodeNext(fromServer));
            QVERIFY(local.decodeNext(fromFile));
            QVERIFY(fromServer == fromFile);
        }
        QVERIFY(!fake.requests().filter(u"Range: bytes=").isEmpty());
    }

    // Transcoding is asked for only when the listener chose it, as they chose it.
    void transcodingIsTheListenersChoice()
    {
        Served served(m_library.path(), m_cache.path());
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        account.transcodeFormat = QStringLiteral("opus");
        account.transcodeKbps = 128;
        media.setAccounts({account});
        QString error;
        std::unique_ptr<engine::ByteSource> source = media.open(locations[0], error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(!readAll(*source).isEmpty());
        const QString request = fake.requests().filter(u"stream?").first();
        QVERIFY2(request.contains(u"format=opus") && request.contains(u"maxBitRate=128") &&
                     !request.contains(u"format=raw"),
                 qPrintable(request));
    }

    // While a server stalls in the middle of a song, the engine still does what it is told at
    // once: it plays what arrived and pauses when asked, instead of waiting out the timeout.
    void theEngineObeysWhileTheServerStalls()
    {
        const testing::AudioCapture capture;
        capture.applyToThisProcess();
        // Two of the three seconds arrive (and the end, which opening the WAV reads), then
        // nothing from there on, whatever range is asked for (for the default 30 s timeout).
        Served served(m_library.path(), m_cache.path(),
                      {QStringLiteral("--stall-stream-after"),
                       QString::number(fileBytes(m_files[0]).size() * 2 / 3),
                       QStringLiteral("--stall-ranges")});
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        engine::PlaybackEngine engine;
        engine.setByteSourceOpener(QLatin1String(server::ServerLocation::kScheme), media.opener());
        connect(&engine, &engine::PlaybackEngine::nextWanted, &engine,
                [&engine](int current) { engine.setNext(current, {}, 0); });
        qint64 position = 0;
        connect(&engine, &engine::PlaybackEngine::positionChanged, &engine,
                [&position](int, qint64 ms) { position = ms; });
        QSignalSpy states(&engine, &engine::PlaybackEngine::stateChanged);
        engine.play({locations[0]}, 1);
        QTRY_VERIFY_WITH_TIMEOUT(position >= 1000, 20000);
        // Playing stops moving once it has caught up with the stall (the capture takes frames
        // faster than a sound card); a blocked engine would then not answer for 30 s.
        for (qint64 before = -1; position != before;) {
            before = position;
            QTest::qWait(300);
        }
        QVERIFY2(position < 2100, qPrintable(QString::number(position)));
        QElapsedTimer timer;
        timer.start();
        engine.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() &&
                                     states.last().first().value<engine::PlaybackState>() ==
                                         engine::PlaybackState::Paused,
                                 10000);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(states.last().first().value<engine::PlaybackState>(),
                                  engine::PlaybackState::Stopped, 10000);
    }

    // The song that follows is fetched ahead; the reader then finds it whole.
    void aPrefetchedSongIsReadFromTheCache()
    {
        Served served(m_library.path(), m_cache.path());
        QVERIFY2(served.start(), qPrintable(served.fake.error()));
        auto& [fake, account, locations, media] = served;
        media.prefetch(locations[1]);
        QTRY_COMPARE(media.cache().sizeOnDisk(), fileBytes(m_files[1]).size());
        QString error;
        std::unique_ptr<engine::ByteSource> source = media.open(locations[1], error);
        QVERIFY(source);
        QVERIFY(readAll(*source) == fileBytes(m_files[1]));
        QCOMPARE(fake.requests().filter(u"stream?").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerMedia)
#include "tst_servermedia.moc"
