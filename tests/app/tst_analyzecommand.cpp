#include "LinerProcess.h"
#include "analysis/MusicalKey.h"
#include "demo/FixtureWriter.h"
#include "notes/LinerNotesDocument.h"
#include "notes/MoodFace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;
using testing::runLiner;

namespace {

// FFmpeg's ebur128 filter over the files played one after another (one file: that file), as it
// reports them at the end: integrated loudness in LUFS and true peak, linear.
struct FfmpegLoudness
{
    double integrated = NAN;
    double truePeak = NAN;
};

FfmpegLoudness ffmpegLoudness(const QStringList& files)
{
    QStringList arguments{QStringLiteral("-nostdin"), QStringLiteral("-hide_banner"),
                          QStringLiteral("-nostats")};
    QString inputs;
    for (int i = 0; i < files.size(); ++i) {
        arguments << QStringLiteral("-i") << files[i];
        inputs += QStringLiteral("[%1:a]").arg(i);
    }
    arguments << QStringLiteral("-filter_complex")
              << inputs + QStringLiteral("concat=n=%1:v=0:a=1,ebur128=peak=true:metadata=1,"
                                         "ametadata=mode=print:file=-")
                              .arg(files.size())
              << QStringLiteral("-f") << QStringLiteral("null") << QStringLiteral("-");
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), arguments);
    if (!ffmpeg.waitForFinished(600'000) || ffmpeg.exitCode() != 0)
        return {};
    FfmpegLoudness result;
    const QString printed = QString::fromUtf8(ffmpeg.readAllStandardOutput());
    static const QRegularExpression integrated(QStringLiteral(R"(lavfi\.r128\.I=(-?[0-9.]+))"));
    static const QRegularExpression peak(QStringLiteral(R"(lavfi\.r128\.true_peak=([0-9.]+))"));
    for (auto it = integrated.globalMatch(printed); it.hasNext();)
        result.integrated = it.next().captured(1).toDouble();
    for (auto it = peak.globalMatch(printed); it.hasNext();)
        result.truePeak = it.next().captured(1).toDouble();
    return result;
}

double decibels(double linear)
{
    return 20.0 * std::log10(linear);
}

QString field(const notes::TrackNotes& notes, QStringView key)
{
    for (const notes::NoteField& field : notes.otherFields) {
        if (field.key.compare(key, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

// The number of tracks under `folder` the analysis cache at `database` holds, read as any SQLite
// reader would.
int storedTracks(const QString& database, const QString& folder)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "count");
        db.setDatabaseName(database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM analysis_track WHERE path LIKE ?"));
            query.addBindValue(folder + QStringLiteral("/%"));
            if (query.exec() && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase("count");
    return count;
}

} // namespace

class TestAnalyzeCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_cache.path());
    }

    // The bundled album, measured: each track's tempo within 2 % of what its booklet states and
    // its key and mode exactly that, its face that of its notes' moods; loudness and gains
    // within 0.1 LU and true peaks within 0.2 dB of FFmpeg's ebur128 filter on the same files
    // (the album gain against FFmpeg measuring the whole album played through).
    void bundledAlbumMatchesItsBookletAndFfmpeg()
    {
        const QString album = QStringLiteral(LINER_BUILD_ALBUM_DIR);
        const auto run =
            runLiner({QStringLiteral("--analyze"), album, QStringLiteral("--json")}, m_environment);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tracks.size(), 9);
        const auto booklet =
            notes::LinerNotesDocument::load(QDir(album).filePath(QStringLiteral("liner-notes.md")));
        QVERIFY(booklet);

        QStringList files;
        for (const QJsonValue& value : tracks)
            files << value.toObject().value(u"path").toString();
        const FfmpegLoudness whole = ffmpegLoudness(files);
        QVERIFY(!std::isnan(whole.integrated));
        for (int i = 0; i < tracks.size(); ++i) {
            const QJsonObject track = tracks[i].toObject();
            const QString title = track.value(u"title").toString();
            QVERIFY2(track.value(u"error").isNull(), qPrintable(title));
            const notes::TrackNotes* notes = booklet->find(0, i + 1, title);
            QVERIFY(notes);
            const double statedBpm = field(*notes, u"Tempo").section(u' ', 0, 0).toDouble();
            const std::optional<analysis::MusicalKey> statedKey =
                analysis::MusicalKey::parse(field(*notes, u"Key"));
            QVERIFY(statedBpm > 0 && statedKey);
            const double bpm = track.value(u"tempoBpm").toDouble();
            QVERIFY2(std::abs(bpm - statedBpm) / statedBpm < 0.02,
                     qPrintable(QStringLiteral("%1: %2 BPM").arg(title).arg(bpm)));
            QCOMPARE(track.value(u"key").toString(), statedKey->tonicName());
            QCOMPARE(track.value(u"mode").toString(), statedKey->modeName());
            const QString face =
                notes::faceOfMoods(notes->moods) == notes::Face::Ballad ? "ballad" : "anthem";
            QCOMPARE(track.value(u"face").toString(), face);
            const double energy = track.value(u"energy").toDouble();
            QVERIFY(energy > 0.0 && energy < 1.0);
            QCOMPARE(track.value(u"waveform").toObject().value(u"bins").toInt(), 1000);

            const FfmpegLoudness reference = ffmpegLoudness({files[i]});
            const double lufs = track.value(u"loudnessLufs").toDouble();
            QVERIFY2(
                std::abs(lufs - reference.integrated) < 0.1,
                qPrintable(
                    QStringLiteral("%1: %2 vs %3").arg(title).arg(lufs).arg(reference.integrated)));
            QVERIFY(std::abs(track.value(u"trackGainDb").toDouble() -
                             (-18.0 - reference.integrated)) < 0.1);
            QVERIFY(std::abs(track.value(u"truePeakDb").toDouble() - decibels(reference.truePeak)) <
                    0.2);
            QVERIFY(std::abs(track.value(u"albumGainDb").toDouble() - (-18.0 - whole.integrated)) <
                    0.1);
            QVERIFY(std::abs(decibels(track.value(u"albumPeak").toDouble()) -
                             decibels(whole.truePeak)) < 0.2);
            QVERIFY(track.value(u"loudnessRangeLu").toDouble() > 0.0);
        }
        QVERIFY(run.err.contains("analysed 9 tracks, 0 from the cache"));
        // A second run takes everything from the cache.
        const auto again =
            runLiner({QStringLiteral("--analyze"), album, QStringLiteral("--json")}, m_environment);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("analysed 0 tracks, 9 from the cache"), again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).array(), tracks);
    }

    // A library of a thousand small files: `liner --analyze` killed with SIGKILL part-way leaves
    // every track it finished in the cache, and the next run analyses only the others.
    void resumesAfterKill()
    {
        const QString library = QDir(m_cache.path()).filePath(QStringLiteral("thousand"));
        QVERIFY(QDir().mkpath(library));
        constexpr int files = 1000;
        for (int i = 0; i < files; ++i) {
            const QString path =
                QDir(library).filePath(QStringLiteral("%1.flac").arg(i, 4, 10, QChar(u'0')));
            QVERIFY(demo::encodeAudioFile(path, demo::FixtureFormat::Flac,
                                          demo::fixtureSignal(8000, 1, 2000 + i, std::uint32_t(i)))
                        .isEmpty());
        }
        const QString database =
            QDir(m_cache.path()).filePath(QStringLiteral("Liner/liner/library.sqlite"));
        QProcess first;
        QProcessEnvironment environment = m_environment;
        environment.remove(QStringLiteral("DISPLAY"));
        first.setProcessEnvironment(environment);
        first.start(QStringLiteral(LINER_BINARY), {QStringLiteral("--analyze"), library});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(storedTracks(database, library) >= 50, 300'000);
        first.kill(); // SIGKILL: no chance to finish or clean up
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const int finished = storedTracks(database, library);
        QVERIFY2(finished >= 50 && finished < files, qPrintable(QString::number(finished)));

        const auto second = runLiner(
            {QStringLiteral("--analyze"), library, QStringLiteral("--json")}, m_environment);
        QCOMPARE(second.exitCode, 0);
        const QByteArray expected = QStringLiteral("analysed %1 tracks, %2 from the cache")
                                        .arg(files - finished)
                                        .arg(finished)
                                        .toUtf8();
        QVERIFY2(second.err.contains(expected), second.err.constData());
        const QJsonArray tracks = QJsonDocument::fromJson(second.out).array();
        QCOMPARE(tracks.size(), files);
        for (const QJsonValue& track : tracks)
            QVERIFY(track.toObject().value(u"error").isNull());
        QCOMPARE(storedTracks(database, library), files);
    }

    // A file that is not audio gets its entry with the reason; with nothing measurable, exit 1.
    void reportsWhatCannotBeAnalysed()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("bad.flac")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(2048, 'x'));
        bad.close();
        auto run = runLiner({QStringLiteral("--analyze"), dir.path(), QStringLiteral("--json")},
                            m_environment);
        QCOMPARE(run.exitCode, 1);
        QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tracks.size(), 1);
        QVERIFY(!tracks[0].toObject().value(u"error").toString().isEmpty());
        QVERIFY(tracks[0].toObject().value(u"loudnessLufs").isNull());

        QVERIFY(demo::encodeAudioFile(dir.filePath(QStringLiteral("good.flac")),
                                      demo::FixtureFormat::Flac,
                                      demo::fixtureSignal(44100, 2, 44100 * 2))
                    .isEmpty());
        run = runLiner({QStringLiteral("--analyze"), dir.path()}, m_environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("LUFS"), run.out.constData());
        QVERIFY(run.out.contains("error:"));
    }

private:
    QTemporaryDir m_cache;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
