#include "demo/FixtureWriter.h"
#include "library/LibraryScanner.h"
#include "library/ReplayGainWriter.h"
#include "support/DecodedAudio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;

class TestReplayGainWriter : public QObject
{
    Q_OBJECT

private slots:
    // Every format Liner tags: the gains written come back through the library's own reader
    // (Opus as its R128 gains, without peaks), the other tags and the audio are untouched, the
    // file keeps its permissions, and nothing is left beside it.
    void writesGainsEveryReaderFinds_data()
    {
        QTest::addColumn<demo::FixtureFormat>("format");
        for (const demo::FixtureFormat format : demo::allFixtureFormats())
            QTest::newRow(qPrintable(demo::formatName(format))) << format;
    }
    void writesGainsEveryReaderFinds()
    {
        QFETCH(demo::FixtureFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("song.") + demo::fileExtension(format));
        demo::FixtureTags tags;
        tags.title = QStringLiteral("눈물의 여왕");
        tags.trackNumber = 3;
        QVERIFY(
            demo::writeFixture(path, format, demo::fixtureSignal(44100, 2, 44100), tags).isEmpty());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        const QFile::Permissions permissions = QFile::permissions(path);
        const std::vector<float> before = testing::decodeFile(path).samples;
        QVERIFY(!library::LibraryScanner::scan({path}).first().replayGain.trackGainDb);

        const ReplayGainTags gains{-4.37, 0.912345, -3.21, 0.987654};
        QCOMPARE(library::writeReplayGainTags(path, gains), QString());

        const library::Track track = library::LibraryScanner::scan({path}).first();
        QCOMPARE(track.title, QStringLiteral("눈물의 여왕"));
        QCOMPARE(track.trackNumber, 3);
        const bool opus = format == demo::FixtureFormat::Opus;
        const double tolerance = opus ? 1.0 / 256 : 1e-9;
        QVERIFY(track.replayGain.trackGainDb);
        QVERIFY(std::abs(*track.replayGain.trackGainDb - -4.37) < tolerance);
        QVERIFY(track.replayGain.albumGainDb);
        QVERIFY(std::abs(*track.replayGain.albumGainDb - -3.21) < tolerance);
        if (opus) {
            QVERIFY(!track.replayGain.trackPeak);
        } else {
            QCOMPARE(track.replayGain.trackPeak, std::optional(0.912345));
            QCOMPARE(track.replayGain.albumPeak, std::optional(0.987654));
        }
        QCOMPARE(testing::decodeFile(path).samples, before);
        QCOMPARE(QFile::permissions(path), permissions);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QFileInfo(path).fileName()});

        // Written again, the new values replace the old ones.
        QCOMPARE(library::writeReplayGainTags(path, {-1.0, 0.5, {}, {}}), QString());
        const library::Track again = library::LibraryScanner::scan({path}).first();
        QVERIFY(std::abs(*again.replayGain.trackGainDb - -1.0) < tolerance);
    }

    // A file TagLib cannot tag is reported and left exactly as it was, with no copy beside it.
    void leavesWhatItCannotTagAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not audio.flac"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes(4096, 'x');
        file.write(bytes);
        file.close();
        QVERIFY(!library::writeReplayGainTags(path, {-1.0, 0.5, {}, {}}).isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QFileInfo(path).fileName()});
        QVERIFY(!library::writeReplayGainTags(dir.filePath(QStringLiteral("missing.mp3")),
                                              {-1.0, 0.5, {}, {}})
                     .isEmpty());
    }

    // A link to a track stays a link: the file it names gets the tags. A file the user made
    // read-only is refused and left as it was.
    void followsLinksAndRespectsReadOnlyFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("music")));
        const QString target = dir.filePath(QStringLiteral("music/song.flac"));
        QVERIFY(demo::writeFixture(target, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), {})
                    .isEmpty());
        const QString link = dir.filePath(QStringLiteral("song link.flac"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(library::writeReplayGainTags(link, {-2.5, 0.75, {}, {}}), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(library::LibraryScanner::scan({target}).first().replayGain.trackGainDb);

        QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::ReadGroup));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(!library::writeReplayGainTags(target, {-9.0, 0.5, {}, {}}).isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // What a write cut short by a crash left in the album's folder goes at the next write there;
    // a file of the user's named like it, outside Liner's own folder, stays.
    void removesWhatACrashedWriteLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("song.flac"));
        QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), {})
                    .isEmpty());
        const QString folder = dir.filePath(QStringLiteral(".liner-unfinished"));
        QVERIFY(QDir().mkdir(folder));
        // Linux process ids stop at 4,194,304: this writer is gone.
        const QString leftover = folder + QStringLiteral("/write-2147483646-Ab3dE9");
        const QString usersFile = dir.filePath(QStringLiteral("write-2147483646-Ab3dE9"));
        for (const QString& name : {leftover, usersFile}) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a song");
        }
        QCOMPARE(library::writeReplayGainTags(path, {-2.5, 0.75, {}, {}}), QString());
        QVERIFY(!QFileInfo::exists(leftover));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(QFileInfo::exists(usersFile));
    }
};

QTEST_GUILESS_MAIN(TestReplayGainWriter)
#include "tst_replaygainwriter.moc"
