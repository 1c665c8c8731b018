#include "analysis/AnalysisStore.h"
#include "analysis/LibraryAnalyzer.h"
#include "analysis/LoudnessMeter.h"
#include "demo/FixtureWriter.h"
#include "library/LibraryScanner.h"
#include "library/LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using analysis::LibraryAnalyzer;

namespace {

constexpr int kTracks = 40;

// A folder of short tagged tracks, one album, each a little different.
QList<library::Track> writeAlbum(const QString& folder)
{
    QDir().mkpath(folder);
    for (int i = 1; i <= kTracks; ++i) {
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Song %1").arg(i);
        tags.album = QStringLiteral("Forty Songs");
        tags.artist = QStringLiteral("Liner Tests");
        tags.trackNumber = i;
        const QString path =
            QDir(folder).filePath(QStringLiteral("%1.flac").arg(i, 2, 10, QChar(u'0')));
        if (!demo::writeFixture(
                 path, demo::FixtureFormat::Flac,
                 demo::fixtureSignal(22050, 1, 22050 / 2 + i * 200, std::uint32_t(i)), tags)
                 .isEmpty())
            return {};
    }
    return library::LibraryScanner::scan({folder});
}

struct PassResult
{
    int analysed = -1;
    int fromCache = -1;
    int known = 0;
    QList<analysis::AlbumMeasure> albums;
};

PassResult runPass(const QString& database, const QList<library::Track>& tracks)
{
    LibraryAnalyzer analyzer(database);
    PassResult result;
    QObject::connect(&analyzer, &LibraryAnalyzer::known, &analyzer,
                     [&result](const QList<analysis::AnalysedTrack>& known) {
                         result.known += int(known.size());
                     });
    QObject::connect(
        &analyzer, &LibraryAnalyzer::albumsMeasured, &analyzer,
        [&result](const QList<analysis::AlbumMeasure>& albums) { result.albums = albums; });
    // Queued like the signals above, so every earlier signal has arrived when this one does; a
    // pass with nothing to do may finish before the wait begins, which the wait must not miss.
    QObject::connect(&analyzer, &LibraryAnalyzer::finished, &analyzer,
                     [&result](int analysed, int fromCache) {
                         result.analysed = analysed;
                         result.fromCache = fromCache;
                     });
    analyzer.analyse(tracks);
    if (!QTest::qWaitFor([&result] { return result.analysed >= 0; }, 120'000))
        qWarning("the pass did not finish within 120 s");
    return result;
}

} // namespace

class TestLibraryAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tracks = writeAlbum(m_dir.filePath(QStringLiteral("album")));
        QCOMPARE(m_tracks.size(), kTracks);
    }

    // Stopped part-way (the program closed), a pass leaves every finished track stored; the next
    // pass reuses exactly those and analyses only the rest.
    void resumesWithoutRedoingFinishedTracks()
    {
        const QString database = m_dir.filePath(QStringLiteral("resume.sqlite"));
        int stored = 0;
        {
            LibraryAnalyzer analyzer(database);
            QSignalSpy progress(&analyzer, &LibraryAnalyzer::progressChanged);
            analyzer.analyse(m_tracks);
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 5,
                                     60'000);
            QCOMPARE(progress.last().at(1).toInt(), kTracks);
        } // stops the pass
        {
            analysis::AnalysisStore store(database);
            stored = int(store.versions().size());
        }
        QVERIFY2(stored >= 5 && stored < kTracks, qPrintable(QString::number(stored)));
        const PassResult again = runPass(database, m_tracks);
        QCOMPARE(again.fromCache, stored);
        QCOMPARE(again.known, stored);
        QCOMPARE(again.analysed, kTracks - stored);
        const PassResult nothingLeft = runPass(database, m_tracks);
        QCOMPARE(nothingLeft.analysed, 0);
        QCOMPARE(nothingLeft.fromCache, kTracks);
    }

    // A file whose size or modification time changed is analysed again; a file that is gone is
    // forgotten.
    void followsChangedAndRemovedFiles()
    {
        const QString folder = m_dir.filePath(QStringLiteral("changing"));
        const QList<library::Track> tracks = writeAlbum(folder);
        const QString database = m_dir.filePath(QStringLiteral("changing.sqlite"));
        QCOMPARE(runPass(database, tracks).analysed, kTracks);
        QVERIFY(demo::encodeAudioFile(tracks[0].path, demo::FixtureFormat::Flac,
                                      demo::fixtureSignal(22050, 1, 30000, 99))
                    .isEmpty());
        QVERIFY(QFile::remove(tracks[1].path));
        const PassResult pass = runPass(database, library::LibraryScanner::scan({folder}));
        QCOMPARE(pass.analysed, 1);
        QCOMPARE(pass.fromCache, kTracks - 2);
        analysis::AnalysisStore store(database);
        QCOMPARE(store.versions().size(), kTracks - 1);
        QVERIFY(!store.versions().contains({tracks[1].path, 0, -1}));
    }

    // The album's loudness is gated over all its tracks' blocks, as one measurement.
    void measuresTheAlbum()
    {
        const QString database = m_dir.filePath(QStringLiteral("album.sqlite"));
        const PassResult pass = runPass(database, m_tracks);
        QCOMPARE(pass.albums.size(), 1);
        QCOMPARE(pass.albums.first().tracks.size(), kTracks);
        analysis::AnalysisStore store(database);
        std::vector<std::vector<float>> blocks;
        double peak = 0.0;
        for (const library::Track& track : m_tracks) {
            const auto stored = store.load({track.path, 0, -1}, true);
            QVERIFY(stored);
            blocks.push_back(stored->analysis.blockEnergies);
            peak = std::max(peak, stored->analysis.truePeak);
        }
        std::vector<const std::vector<float>*> all;
        for (const auto& track : blocks)
            all.push_back(&track);
        QCOMPARE(pass.albums.first().loudnessLufs, analysis::gatedLoudness(all));
        QCOMPARE(pass.albums.first().truePeak, peak);
        // Unchanged, the album's measure comes back from the cache as it was.
        const PassResult again = runPass(database, m_tracks);
        QCOMPARE(again.albums.first().loudnessLufs, pass.albums.first().loudnessLufs);
    }

    // The analysis lives in the library's cache file beside the library's own table: each side
    // opens, reads and writes it without disturbing the other, and an analysis of another schema
    // version is dropped and done again while the library's rows stay.
    void sharesTheLibraryCacheFile()
    {
        const QString database = m_dir.filePath(QStringLiteral("shared.sqlite"));
        QHash<QString, library::CachedUnit> units;
        units.insert(m_tracks[0].path, {QByteArray("stamp"), {m_tracks[0]}});
        {
            library::LibraryStore library(database);
            QVERIFY(library.save(units, {}));
        }
        QCOMPARE(runPass(database, m_tracks).analysed, kTracks);
        {
            library::LibraryStore library(database);
            QVERIFY(!library.wasRebuilt());
            QCOMPARE(library.load().value(m_tracks[0].path).tracks,
                     units.value(m_tracks[0].path).tracks);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("UPDATE analysis_meta SET value = 999"));
        }
        QSqlDatabase::removeDatabase("other");
        QCOMPARE(runPass(database, m_tracks).analysed, kTracks);
        library::LibraryStore library(database);
        QVERIFY(!library.wasRebuilt());
        QCOMPARE(library.load().size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QList<library::Track> m_tracks;
};

QTEST_GUILESS_MAIN(TestLibraryAnalyzer)
#include "tst_libraryanalyzer.moc"
