#include "LinerProcess.h"
#include "demo/FixtureWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace liner;
using testing::runLiner;

namespace {

// Long enough for a loaded machine, short enough that a wait for ever fails the test.
constexpr int kNoHangMs = 120'000;

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace

// Files that are not what their names say: FIFOs, endless devices behind innocent names, files
// far beyond the size of their kind. Liner refuses each with its reason and never waits.
class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    // Lyrics, liner notes, a cover and a CUE sheet that are FIFOs or endless devices: the scan
    // finishes, the track is listed with what could be read.
    void scanNeverWaitsOnTheFilesBesideTheMusic()
    {
        QTemporaryDir dir;
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Queen");
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("Queen.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410),
                                   tags)
                    .isEmpty());
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("Queen.lrc"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            dir.filePath(QStringLiteral("liner-notes.md"))));
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("cover.jpg"))));
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("album.cue"))));
        QVERIFY(
            QFile::link(QStringLiteral("/dev/urandom"), dir.filePath(QStringLiteral("other.cue"))));

        // The sheets are not files the walk lists; named on the command line, they are reported.
        const auto run = runLiner(
            {QStringLiteral("--scan"), dir.path(), dir.filePath(QStringLiteral("album.cue")),
             dir.filePath(QStringLiteral("other.cue")), QStringLiteral("--json")},
            QProcessEnvironment::systemEnvironment(), kNoHangMs);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
        QJsonObject queen;
        QStringList problems;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"title").toString() == u"Queen")
                queen = entry;
            else
                problems << entry.value(u"error").toString();
        }
        QVERIFY2(!queen.isEmpty(), run.out.constData());
        QVERIFY(queen.value(u"error").isNull());
        QVERIFY(queen.value(u"syncedLyrics").isNull() ||
                queen.value(u"syncedLyrics").toArray().isEmpty());
        QVERIFY(queen.value(u"albumNotes").isNull());
        QCOMPARE(queen.value(u"hasCover").toBool(), false);
        QCOMPARE(problems.size(), 2);
        for (const QString& problem : std::as_const(problems))
            QVERIFY(!problem.isEmpty());
    }

    // A playlist that is a FIFO, a device or far too large is refused with the reason.
    void playlistConversionRefusesWhatIsNotAPlaylist()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.m3u8"));
        QVERIFY(makeFifo(fifo));
        const QString device = dir.filePath(QStringLiteral("device.pls"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
        const QString huge = dir.filePath(QStringLiteral("huge.m3u"));
        QFile hugeFile(huge);
        QVERIFY(hugeFile.open(QIODevice::WriteOnly) && hugeFile.resize(qint64(1) << 31));
        hugeFile.close();
        const QList<std::pair<QString, const char*>> cases{
            {fifo, "FIFO"}, {device, "device"}, {huge, "too large"}};
        for (const auto& [in, reason] : cases) {
            const auto run = runLiner({QStringLiteral("--convert-playlist"), in,
                                       dir.filePath(QStringLiteral("out.xspf"))},
                                      QProcessEnvironment::systemEnvironment(), kNoHangMs);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(reason), run.err.constData());
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.xspf"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
