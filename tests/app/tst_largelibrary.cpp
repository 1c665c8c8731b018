#include "demo/FixtureWriter.h"
#include "demo/FlacCopies.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>

using namespace liner;

namespace {

constexpr int kAlbums = 10'000;
constexpr int kTracksPerAlbum = 10;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

// What the scan may use. Reserved address space means nothing under AddressSanitizer (its shadow
// alone reserves terabytes), so there the sanitizer's own limit on resident memory stands in;
// its shadow and quarantine add to what the program itself uses, hence the larger figure.
constexpr rlim_t kDataLimitBytes = 160ull << 20;
constexpr int kSanitizedRssLimitMb = 400;

QString titleOf(int album, int track)
{
    return QStringLiteral("노래 %1-%2").arg(album).arg(track);
}

} // namespace

// `liner --scan --json` over 100,000 files (10,000 albums) with its memory capped: the JSON is
// written as the scan goes, so the cap is far below what one document of every track would take,
// and every file must still come out, once, with its own tags.
class TestLargeLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer clock;
        clock.start();
        const QString model = m_dir.filePath(QStringLiteral("model.flac"));
        QVERIFY(demo::writeFixture(model, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(8000, 1, 400), {})
                    .isEmpty());
        QFile modelFile(model);
        QVERIFY(modelFile.open(QIODevice::ReadOnly));
        const demo::FlacCopies copies(modelFile.readAll());
        QVERIFY(copies.isValid());
        m_root = m_dir.filePath(QStringLiteral("library"));
        for (int album = 0; album < kAlbums; ++album) {
            const QString folder =
                QStringLiteral("%1/Artist %2/Album %3").arg(m_root).arg(album % 100).arg(album);
            QVERIFY(QDir().mkpath(folder));
            for (int track = 1; track <= kTracksPerAlbum; ++track) {
                const QString error = copies.write(
                    QStringLiteral("%1/%2.flac").arg(folder).arg(track, 2, 10, QLatin1Char('0')),
                    {{QStringLiteral("TITLE"), titleOf(album, track)},
                     {QStringLiteral("ALBUM"), QStringLiteral("Album %1").arg(album)},
                     {QStringLiteral("TRACKNUMBER"), QString::number(track)}});
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        qInfo("generated %d files in %lld ms", kAlbums * kTracksPerAlbum, clock.elapsed());
    }

    void scanKeepsEveryFileWithinTheMemoryCap()
    {
        QElapsedTimer clock;
        clock.start();
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        if (kUnderAddressSanitizer)
            environment.insert(QStringLiteral("ASAN_OPTIONS"),
                               environment.value(QStringLiteral("ASAN_OPTIONS")) +
                                   QStringLiteral(":hard_rss_limit_mb=%1:quarantine_size_mb=16")
                                       .arg(kSanitizedRssLimitMb));
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] {
            if (!kUnderAddressSanitizer) {
                const rlimit limit{kDataLimitBytes, kDataLimitBytes};
                ::setrlimit(RLIMIT_DATA, &limit);
            }
        });
        const QString output = m_dir.filePath(QStringLiteral("scan.json"));
        process.setStandardOutputFile(output);
        process.start(QStringLiteral(LINER_BINARY),
                      {QStringLiteral("--scan"), m_root, QStringLiteral("--json")});
        QVERIFY(process.waitForFinished(1'200'000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        qInfo("scanned in %lld ms", clock.elapsed());

        // One object a line between the brackets, so the check reads it a line at a time too.
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray("["));
        QSet<QString> seen;
        int objects = 0;
        while (!file.atEnd()) {
            QByteArray line = file.readLine().trimmed();
            if (line == "]")
                break;
            if (line.endsWith(','))
                line.chop(1);
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            ++objects;
            const QString path = object.value(QStringLiteral("path")).toString();
            QVERIFY2(object.value(QStringLiteral("error")).isNull(), qPrintable(path));
            QVERIFY2(!seen.contains(path), qPrintable(path));
            seen.insert(path);
            const int album = path.section(u'/', -2, -2).section(u' ', 1).toInt();
            const int track = path.section(u'/', -1).section(u'.', 0, 0).toInt();
            QCOMPARE(object.value(QStringLiteral("title")).toString(), titleOf(album, track));
            QCOMPARE(object.value(QStringLiteral("trackNumber")).toInt(), track);
        }
        QCOMPARE(objects, kAlbums * kTracksPerAlbum);
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
};

QTEST_GUILESS_MAIN(TestLargeLibrary)
#include "tst_largelibrary.moc"
