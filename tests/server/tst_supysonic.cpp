#include "LinerProcess.h"
#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "server/ServerCatalog.h"
#include "server/ServerLocation.h"
#include "server/SubsonicClient.h"
#include "server/SubsonicResponse.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"
#include "support/PrivateHome.h"
#include "support/RealWorldCorpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace liner;
using testing::AudioCapture;
using testing::runLiner;
using testing::SupysonicProcess;

namespace {

// The capture files of one run, by name ("capture-44100-2-FLOAT_LE.raw"), with their samples.
QMap<QString, std::vector<float>> captured(const AudioCapture& capture)
{
    QMap<QString, std::vector<float>> byName;
    for (const QString& path : capture.finishedCaptureFiles())
        byName.insert(QFileInfo(path).fileName(), AudioCapture::readFloats(path));
    return byName;
}

QString firstDifference(const std::vector<float>& expected, const std::vector<float>& actual)
{
    const auto [at, other] =
        std::mismatch(expected.begin(), expected.end(), actual.begin(), actual.end());
    return QStringLiteral("%1 samples against %2, first difference at sample %3")
        .arg(expected.size())
        .arg(actual.size())
        .arg(at - expected.begin());
}

} // namespace

// Liner against a real Supysonic (Debian's package) on 127.0.0.1, in a network namespace with
// only loopback, over a library the test makes: a three-part split of one signal in each
// format, a CUE album, the bundled album and the OST's twelve parts. What the headless player
// sends to the device from the server must be, frame for frame, what it sends for the same files
// on disk, joins included; a killed server, a wrong password and a cached album with the server
// down behave as the README says.
class TestSupysonic : public QObject
{
    Q_OBJECT

    QTemporaryDir m_music;
    testing::PrivateHome m_home; // of the liner runs: their cache, settings, data
    std::unique_ptr<SupysonicProcess> m_server;
    QStringList m_albumFolders; // played in this order: 44.1 kHz first, Opus (48 kHz) last
    QHash<QString, QString> m_albumIdOfFolder;
    QStringList m_sameTitleFolders;

    QProcessEnvironment
    environment(const AudioCapture* capture = nullptr,
                const QString& password = QString::fromUtf8(SupysonicProcess::kPassword)) const
    {
        QProcessEnvironment environment =
            capture ? capture->environment() : QProcessEnvironment::systemEnvironment();
        m_home.applyTo(environment);
        environment.insert(QStringLiteral("LINER_SERVER_PASSWORD"), password);
        return environment;
    }

    QStringList serverArguments() const
    {
        return {QStringLiteral("--server"), m_server->url(), QStringLiteral("--user"),
                QLatin1String(SupysonicProcess::kUser)};
    }

    QString albumUrl(const QString& folder) const
    {
        return server::ServerLocation::album(m_server->account(), m_albumIdOfFolder.value(folder));
    }

    void writeSplit(demo::FixtureFormat format)
    {
        const QString folder =
            m_music.filePath(QStringLiteral("split-") + demo::formatName(format));
        QDir().mkpath(folder);
        const int rate = format == demo::FixtureFormat::Opus ? 48000 : 44100;
        const demo::PcmBuffer source = demo::fixtureSignal(rate, 2, 2 * rate, 3);
        const std::vector<qint64> cuts{0, 31'337, 31'337 + 29'011, source.frames()};
        for (std::size_t part = 0; part + 1 < cuts.size(); ++part) {
            demo::PcmBuffer piece{rate, 2, {}};
            piece.samples.assign(source.samples.begin() + cuts[part] * 2,
                                 source.samples.begin() + cuts[part + 1] * 2);
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Part %1").arg(part + 1);
            tags.artist = QStringLiteral("Liner Fixtures");
            tags.album = QStringLiteral("Split in ") + demo::formatName(format);
            tags.trackNumber = int(part) + 1;
            QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.%3")
                                           .arg(folder)
                                           .arg(part + 1)
                                           .arg(demo::fileExtension(format)),
                                       format, piece, tags)
                        .isEmpty());
        }
        m_albumFolders << folder;
    }

    void writeCueAlbum()
    {
        const QString folder = m_music.filePath(QStringLiteral("cue"));
        QDir().mkpath(folder);
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Whole Side");
        tags.artist = QStringLiteral("Liner Fixtures");
        tags.album = QStringLiteral("One File With A Sheet");
        QVERIFY(demo::writeFixture(folder + QStringLiteral("/album.flac"),
                                   demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 3 * 44100, 11), tags)
                    .isEmpty());
        QFile sheet(folder + QStringLiteral("/album.cue"));
        QVERIFY(sheet.open(QIODevice::WriteOnly));
        sheet.write("PERFORMER \"Liner Fixtures\"\nTITLE \"One File With A Sheet\"\n"
                    "FILE \"album.flac\" WAVE\n"
                    "  TRACK 01 AUDIO\n    TITLE \"One\"\n    INDEX 01 00:00:00\n"
                    "  TRACK 02 AUDIO\n    TITLE \"Two\"\n    INDEX 01 00:01:37\n"
                    "  TRACK 03 AUDIO\n    TITLE \"Three\"\n    INDEX 01 00:02:12\n");
        m_albumFolders << folder;
    }

    // Two releases that read the same to the listener: one title by one album artist, same year,
    // but for the case of its accented letters, which Supysonic keeps apart (it groups albums by
    // their exact tags, folding only ASCII letters' case) and Liner's grouping does not.
    void writeSameTitleAlbums()
    {
        int seed = 20;
        for (const QString& name :
             {QStringLiteral("Chansons d'Été"), QStringLiteral("CHANSONS D'ÉTÉ")}) {
            const QString folder = m_music.filePath(QStringLiteral("same-title-") +
                                                    QString::number(m_sameTitleFolders.size()));
            QDir().mkpath(folder);
            for (int number = 1; number <= 2; ++number) {
                demo::FixtureTags tags;
                tags.title = QStringLiteral("Song %1").arg(number);
                tags.artist = QStringLiteral("Liner Fixtures");
                tags.album = name;
                tags.year = 2024;
                tags.trackNumber = number;
                QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.flac").arg(folder).arg(number),
                                           demo::FixtureFormat::Flac,
                                           demo::fixtureSignal(44100, 2, 4410, ++seed), tags)
                            .isEmpty());
            }
            m_sameTitleFolders << folder;
        }
    }

    void writeOstParts()
    {
        const QString folder = m_music.filePath(QStringLiteral("ost"));
        QDir().mkpath(folder);
        for (const testing::OstSong& song : testing::queenOfTearsSongs()) {
            demo::FixtureTags tags;
            tags.title = song.english;
            tags.artist = song.artist;
            tags.albumArtist = QStringLiteral("Various Artists");
            tags.album = QStringLiteral("눈물의 여왕 OST");
            tags.trackNumber = song.part;
            QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.flac").arg(folder).arg(song.part),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 4410, song.part), tags)
                        .isEmpty());
        }
    }

private slots:
    // A test that killed the server leaves it to the next to bring it back.
    void init()
    {
        if (m_server && !m_server->isRunning())
            QVERIFY2(m_server->restart(), qPrintable(m_server->error()));
    }

    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("LINER_NO_PRIVATE_NETWORK"))
            QSKIP("needs root, for a network namespace with only loopback (CI runs as root)");
        // Nothing beyond this machine is reachable from here.
        QTcpSocket outside;
        outside.connectToHost(QStringLiteral("192.0.2.1"), 80);
        QVERIFY(!outside.waitForConnected(2000));
        QCOMPARE(outside.error(), QAbstractSocket::NetworkError);

        for (const demo::FixtureFormat format : demo::allFixtureFormats()) {
            if (format != demo::FixtureFormat::Opus)
                writeSplit(format);
        }
        writeCueAlbum();
        const QString demoAlbum = m_music.filePath(QStringLiteral("demo"));
        QDir().mkpath(demoAlbum);
        for (const QFileInfo& file :
             QDir(QStringLiteral(LINER_BUILD_ALBUM_DIR)).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(file.filePath(), demoAlbum + u'/' + file.fileName()));
        m_albumFolders << demoAlbum;
        writeSplit(demo::FixtureFormat::Opus);
        writeOstParts();
        writeSameTitleAlbums();

        m_server = std::make_unique<SupysonicProcess>(m_music.path());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));

        // Which server album is which folder: the test asks the server, as a client would.
        server::SubsonicClient client(m_server->account());
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        for (const QString& location : catalog.order) {
            const library::Track first = catalog.albums.value(location)->track(0);
            const QString songId = server::ServerLocation::parse(first.path)->id;
            const server::ServerReply song =
                client.call(QStringLiteral("getSong"), {{QStringLiteral("id"), songId}});
            QVERIFY2(song.isOk(), qPrintable(song.error));
            const QString path = server::textOf(server::objectOf(song.body, QStringLiteral("song")),
                                                QStringLiteral("path"));
            const QString folder = m_music.filePath(path.section(u'/', 0, 0));
            m_albumIdOfFolder.insert(folder, server::ServerLocation::parse(location)->id);
        }
        for (const QString& folder : std::as_const(m_albumFolders) + m_sameTitleFolders)
            QVERIFY2(m_albumIdOfFolder.contains(folder), qPrintable(folder));
    }

    // `--albums --json` lists the server's albums as the server has them, each a Liner album URL
    // as its folder (one that `--headless --play` takes), with its songs in the shape of
    // `--scan`'s; two albums of one title and artist stay two, told apart by their place on the
    // server. Without `--json`, one line per album and its URL under it.
    void albumsListsTheServersAlbums()
    {
        const auto run = runLiner(QStringList{QStringLiteral("--albums"), QStringLiteral("--json")}
                                      << serverArguments(),
                                  environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray albums = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(albums.size(), m_albumIdOfFolder.size());
        QHash<QString, QString> folderOfUrl;
        for (auto it = m_albumIdOfFolder.cbegin(); it != m_albumIdOfFolder.cend(); ++it)
            folderOfUrl.insert(albumUrl(it.key()), it.key());
        QStringList audioFilePatterns;
        for (const demo::FixtureFormat format : demo::allFixtureFormats())
            audioFilePatterns << QStringLiteral("*.") + demo::fileExtension(format);
        QSet<QString> listed;
        QStringList sameTitle;
        for (const QJsonValue& value : albums) {
            const QJsonArray folders = value[u"folders"].toArray();
            QCOMPARE(folders.size(), 1);
            const QString url = folders.first().toString();
            QVERIFY2(folderOfUrl.contains(url), qPrintable(url));
            listed.insert(url);
            // The CUE album is one file on the server (Supysonic reads no sheets).
            const qsizetype files =
                QDir(folderOfUrl.value(url)).entryList(audioFilePatterns, QDir::Files).size();
            QCOMPARE(value[u"trackCount"].toInt(), files);
            QCOMPARE(value[u"tracks"].toArray().size(), files);
            if (value[u"title"].toString().toCaseFolded() != QStringLiteral("chansons d'été"))
                continue;
            QCOMPARE(value[u"artist"].toString(), QStringLiteral("Liner Fixtures"));
            QCOMPARE(value[u"year"].toInt(), 2024);
            QCOMPARE(value[u"distinction"].toString(),
                     QStringLiteral("127.0.0.1%1").arg(QUrl(url).path()));
            sameTitle << url;
        }
        QCOMPARE(listed.size(), albums.size());
        sameTitle.sort();
        QStringList expected{albumUrl(m_sameTitleFolders[0]), albumUrl(m_sameTitleFolders[1])};
        expected.sort();
        QCOMPARE(sameTitle, expected);

        const auto text =
            runLiner(QStringList{QStringLiteral("--albums")} << serverArguments(), environment());
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 * albums.size());
        for (qsizetype i = 0; i < albums.size(); ++i) {
            const QJsonValue album = albums[i];
            QCOMPARE(lines[2 * i], QStringLiteral("%1 — %2 (%3, %4 tracks)")
                                       .arg(album[u"title"].toString(), album[u"artist"].toString(),
                                            album[u"kind"].toString())
                                       .arg(album[u"trackCount"].toInt()));
            QCOMPARE(lines[2 * i + 1], QStringLiteral("  ") + album[u"folders"][0].toString());
        }
    }

    // `--scan --json` lists the server's songs in the shape of local files, each path a
    // subsonic:// URL, and the notes pack attaches to the server's copy of the OST.
    void scanListsTheServersTracks()
    {
        const auto local = runLiner(
            {QStringLiteral("--scan"), QStringLiteral("--json"), m_music.path()}, environment());
        QCOMPARE(local.exitCode, 0);
        const auto run = runLiner(QStringList{QStringLiteral("--scan"), QStringLiteral("--json")}
                                      << serverArguments(),
                                  environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        const QJsonArray localTracks = QJsonDocument::fromJson(local.out).array();
        // The CUE album is one file on the server (Supysonic reads no sheets), three tracks here.
        QCOMPARE(tracks.size(), localTracks.size() - 2);
        const QStringList keys = localTracks.first().toObject().keys();
        const QString prefix = QStringLiteral("subsonic://%1@127.0.0.1:%2/song/")
                                   .arg(QLatin1String(SupysonicProcess::kUser))
                                   .arg(m_server->port());
        int ost = 0;
        for (const QJsonValue& value : tracks) {
            const QJsonObject track = value.toObject();
            QCOMPARE(track.keys(), keys);
            QVERIFY2(track.value(u"path").toString().startsWith(prefix),
                     qPrintable(track.value(u"path").toString()));
            QVERIFY(track.value(u"error").isNull());
            QVERIFY(track.value(u"durationMs").toInteger() >= 0);
            if (track.value(u"album").toString() != QStringLiteral("눈물의 여왕 OST"))
                continue;
            ++ost;
            QVERIFY2(!track.value(u"notes").toString().isEmpty(),
                     qPrintable(track.value(u"title").toString()));
            QVERIFY(track.value(u"albumNotes").toString().contains(u"Nam Hye-seung"));
        }
        QCOMPARE(ost, 12);
    }

    // Every album, one after another in one run: the same frames as from the files.
    void playsAlbumsExactlyAsFromDisk()
    {
        const AudioCapture localCapture(AudioCapture::Pace::Unpaced);
        const auto local = runLiner(
            QStringList{QStringLiteral("--headless"), QStringLiteral("--play")} << m_albumFolders,
            environment(&localCapture));
        QVERIFY2(local.exitCode == 0, local.err.constData());
        QStringList urls;
        for (const QString& folder : std::as_const(m_albumFolders))
            urls << albumUrl(folder);
        const AudioCapture serverCapture(AudioCapture::Pace::Unpaced);
        const auto remote =
            runLiner(QStringList{QStringLiteral("--headless"), QStringLiteral("--play")}
                         << serverArguments() << urls,
                     environment(&serverCapture));
        QVERIFY2(remote.exitCode == 0, remote.err.constData());
        for (const QByteArray& line : remote.err.split('\n'))
            QVERIFY2(!line.contains("cannot play"), line.constData());
        const auto expected = captured(localCapture);
        const auto actual = captured(serverCapture);
        QCOMPARE(actual.keys(), expected.keys());
        QCOMPARE(expected.size(), 2); // 44.1 kHz, then Opus at 48 kHz
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(actual.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": ") +
                                firstDifference(it.value(), actual.value(it.key()))));
    }

    void aWrongPasswordIsReported()
    {
        const auto run = runLiner(QStringList{QStringLiteral("--scan"), QStringLiteral("--json")}
                                      << serverArguments(),
                                  environment(nullptr, QStringLiteral("wrong")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("does not accept this user name and password"),
                 run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // Killed in the middle of an album: what was fetched plays out, exactly; the rest is named,
    // and the player ends instead of hanging.
    void aServerKilledMidAlbumEndsCleanly()
    {
        const QString folder = m_music.filePath(QStringLiteral("demo"));
        const testing::DecodedAudio firstTrack = testing::decodeFile(
            QDir(folder)
                .entryInfoList({QStringLiteral("*.flac")}, QDir::Files, QDir::Name)
                .first()
                .filePath());
        QVERIFY(firstTrack.error.isEmpty());

        // A fresh cache, and a pace slow enough for the kill to land in the middle: four times
        // real time (at eight, the first track once came out differing on a machine loaded with
        // builds; the message now says where).
        QDir(m_home.cacheFolder()).removeRecursively();
        const AudioCapture capture(AudioCapture::Pace::Paced, 4.0);
        QProcess player;
        player.setProcessEnvironment(environment(&capture));
        player.start(QStringLiteral(LINER_BINARY),
                     QStringList{QStringLiteral("--headless"), QStringLiteral("--play")}
                         << serverArguments() << albumUrl(folder));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += player.readAllStandardError()).contains("Playing 2/9") ||
                                     player.state() == QProcess::NotRunning,
                                 120'000);
        m_server->kill();
        QVERIFY(player.waitForFinished(120'000));
        err += player.readAllStandardError();
        QCOMPARE(player.exitCode(), 0);
        QVERIFY2(err.contains("cannot play subsonic://") && err.contains("cannot reach 127.0.0.1"),
                 err.constData());
        // A device with a clock starts with a little silence; from the first sound, the first
        // track is there whole and exact.
        const std::vector<float> played = captured(capture).first();
        const std::size_t sound = testing::firstNonSilentSample(firstTrack.samples);
        const std::size_t start = testing::firstNonSilentSample(played);
        QVERIFY(start + firstTrack.samples.size() - sound <= played.size());
        const std::vector<float> expected(firstTrack.samples.begin() + std::ptrdiff_t(sound),
                                          firstTrack.samples.end());
        const std::vector<float> heard(played.begin() + std::ptrdiff_t(start),
                                       played.begin() + std::ptrdiff_t(start + expected.size()));
        QVERIFY2(heard == expected, qPrintable(firstDifference(expected, heard)));
    }

    // An album heard once plays again from the cache with the server gone, song by song.
    void aCachedAlbumPlaysWithTheServerDown()
    {
        const QString folder = m_music.filePath(QStringLiteral("split-FLAC"));
        const AudioCapture localCapture(AudioCapture::Pace::Unpaced);
        QCOMPARE(runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), folder},
                          environment(&localCapture))
                     .exitCode,
                 0);
        server::SubsonicClient client(m_server->account());
        QString error;
        QStringList songs;
        for (const library::Track& track :
             server::ServerCatalog::album(client, m_albumIdOfFolder.value(folder), error))
            songs << track.path;
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const AudioCapture first(AudioCapture::Pace::Unpaced);
        QCOMPARE(runLiner(QStringList{QStringLiteral("--headless"), QStringLiteral("--play")}
                              << serverArguments() << songs,
                          environment(&first))
                     .exitCode,
                 0);
        m_server->kill();
        const AudioCapture again(AudioCapture::Pace::Unpaced);
        const auto run =
            runLiner(QStringList{QStringLiteral("--headless"), QStringLiteral("--play")}
                         << serverArguments() << songs,
                     environment(&again));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(captured(again) == captured(localCapture), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSupysonic)
#include "tst_supysonic.moc"
