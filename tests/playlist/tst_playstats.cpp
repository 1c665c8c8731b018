#include "playlist/PlayStats.h"
#include "support/TinyDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liner::playlist;

class TestPlayStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void defaultFileIsInTheAppDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(PlayStats().filePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     "/play-stats.json");
        QStandardPaths::setTestModeEnabled(false);
    }

    void countsAndRatingsSurviveARestart()
    {
        const QString file = m_dir.filePath(QStringLiteral("stats/play-stats.json"));
        const QString track = m_dir.filePath(QStringLiteral("Music/눈물.flac"));
        const QDateTime when(QDate(2026, 11, 25), QTime(21, 30), Qt::UTC);
        {
            PlayStats stats(file);
            QCOMPARE(stats.load(), QString());
            QSignalSpy changed(&stats, &PlayStats::changed);
            QCOMPARE(stats.recordPlay(track, when.addDays(-1)), QString());
            QCOMPARE(
                stats.recordPlay(m_dir.filePath(QStringLiteral("Music/../Music/눈물.flac")), when),
                QString());
            QCOMPARE(stats.setRating(track, 4), QString());
            QCOMPARE(changed.size(), 3);
        }
        PlayStats stats(file);
        QCOMPARE(stats.load(), QString());
        QCOMPARE(stats.playCount(track), 2);
        QCOMPARE(stats.lastPlayed(track), when);
        QCOMPARE(stats.rating(track), 4);
        QCOMPARE(stats.playCount(m_dir.filePath(QStringLiteral("other.flac"))), 0);
        QCOMPARE(stats.rating(m_dir.filePath(QStringLiteral("other.flac"))), 0);
    }

    void ratingsStayWithinZeroToFiveStars()
    {
        PlayStats stats(m_dir.filePath(QStringLiteral("clamp.json")));
        stats.setRating(QStringLiteral("/a.flac"), 9);
        QCOMPARE(stats.rating(QStringLiteral("/a.flac")), PlayStats::kMaxRating);
        stats.setRating(QStringLiteral("/a.flac"), -2);
        QCOMPARE(stats.rating(QStringLiteral("/a.flac")), 0);
    }

    void aDamagedFileIsKeptAsideAndCountingStartsAfresh()
    {
        const QString file = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"version\": 1, \"tracks\": {\"/a.flac\": {\"plays\": 3");
        broken.close();
        PlayStats stats(file);
        const QString problem = stats.load();
        QVERIFY2(problem.contains(QStringLiteral("damaged")), qPrintable(problem));
        QCOMPARE(stats.playCount(QStringLiteral("/a.flac")), 0);
        QVERIFY(QFile::exists(file + QStringLiteral(".damaged")));
        QCOMPARE(stats.recordPlay(QStringLiteral("/a.flac")), QString());
        QVERIFY(QFile::exists(file + QStringLiteral(".damaged")));
        PlayStats again(file);
        QCOMPARE(again.load(), QString());
        QCOMPARE(again.playCount(QStringLiteral("/a.flac")), 1);
    }

    // Two Liners on one home (one window at a time prevents it, a home shared by two machines
    // does not): every play and rating lands in the file, none erases another's.
    void twoWritersMergeTheirChanges()
    {
        const QString file = m_dir.filePath(QStringLiteral("merge/play-stats.json"));
        PlayStats first(file);
        PlayStats second(file);
        QCOMPARE(first.load(), QString());
        QCOMPARE(second.load(), QString());
        QSignalSpy secondChanged(&second, &PlayStats::changed);
        for (int play = 0; play < 3; ++play)
            QCOMPARE(first.recordPlay(QStringLiteral("/m/a.flac")), QString());
        QCOMPARE(second.recordPlay(QStringLiteral("/m/b.flac")), QString());
        QCOMPARE(second.playCount(QStringLiteral("/m/a.flac")), 3);
        QVERIFY(secondChanged.contains(QVariantList{QStringLiteral("/m/a.flac")}));
        QCOMPARE(second.setRating(QStringLiteral("/m/a.flac"), 5), QString());
        QCOMPARE(first.recordPlay(QStringLiteral("/m/a.flac")), QString());

        PlayStats after(file);
        QCOMPARE(after.load(), QString());
        QCOMPARE(after.playCount(QStringLiteral("/m/a.flac")), 4);
        QCOMPARE(after.rating(QStringLiteral("/m/a.flac")), 5);
        QCOMPARE(after.playCount(QStringLiteral("/m/b.flac")), 1);
    }

    // A file that cannot be read (here a folder stands in its place) is never written over: the
    // play is kept and the failure told. Once the file can be read again, the next play adds to
    // its 200 records instead of replacing them.
    void aFileThatCannotBeReadIsNeverWrittenOver()
    {
        const QString file = m_dir.filePath(QStringLiteral("unreadable/play-stats.json"));
        const QString kept = file + QStringLiteral(".elsewhere");
        {
            PlayStats stats(file);
            for (int track = 0; track < 200; ++track)
                QCOMPARE(stats.recordPlay(QStringLiteral("/m/%1.flac").arg(track)), QString());
        }
        QVERIFY(QFile::rename(file, kept));
        QVERIFY(QDir().mkpath(file + QStringLiteral("/inside")));

        PlayStats stats(file);
        const QString problem = stats.load();
        QVERIFY2(problem.contains(QStringLiteral("Cannot read")), qPrintable(problem));
        QSignalSpy failed(&stats, &PlayStats::saveFailed);
        QVERIFY(!stats.recordPlay(QStringLiteral("/m/new.flac")).isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(stats.playCount(QStringLiteral("/m/new.flac")), 1);
        QVERIFY(QFileInfo(file + QStringLiteral("/inside")).isDir());

        QVERIFY(QDir(file).removeRecursively());
        QVERIFY(QFile::rename(kept, file));
        QCOMPARE(stats.recordPlay(QStringLiteral("/m/new.flac")), QString());
        PlayStats after(file);
        QCOMPARE(after.load(), QString());
        for (int track = 0; track < 200; ++track)
            QCOMPARE(after.playCount(QStringLiteral("/m/%1.flac").arg(track)), 1);
        QCOMPARE(after.playCount(QStringLiteral("/m/new.flac")), 2);
    }

    // A file a newer Liner wrote is read for what this one knows; a copy of it is kept, and what
    // this one does not know (fields of its own) stays in the file through later writes.
    void aNewerVersionIsCopiedAsideAndKeptWhole()
    {
        const QString file = m_dir.filePath(QStringLiteral("newer/play-stats.json"));
        const QByteArray newer = "{\"version\": 2, \"skips\": true, \"tracks\": {\"/m/a.flac\": "
                                 "{\"plays\": 7, \"skipCount\": 3}}}";
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile original(file);
        QVERIFY(original.open(QIODevice::WriteOnly));
        original.write(newer);
        original.close();
        PlayStats stats(file);
        const QString problem = stats.load();
        QVERIFY2(problem.contains(QStringLiteral("newer")), qPrintable(problem));
        QFile copy(file + QStringLiteral(".version-2"));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), newer);
        QCOMPARE(stats.playCount(QStringLiteral("/m/a.flac")), 7);
        QCOMPARE(stats.recordPlay(QStringLiteral("/m/a.flac")), QString());
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(original.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("skips")), QJsonValue(true));
        const QJsonObject track = root.value(QStringLiteral("tracks"))
                                      .toObject()
                                      .value(QStringLiteral("/m/a.flac"))
                                      .toObject();
        QCOMPARE(track.value(QStringLiteral("plays")).toInt(), 8);
        QCOMPARE(track.value(QStringLiteral("skipCount")).toInt(), 3);
    }

    // A play on a full disk is told, kept in memory and written with the next play that fits.
    void aFullDiskLosesNoPlay()
    {
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        liner::testing::TinyDisk disk(folder, 64 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        const QString file = folder + QStringLiteral("/play-stats.json");
        PlayStats stats(file);
        QCOMPARE(stats.recordPlay(QStringLiteral("/m/a.flac")), QString());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray before = written.readAll();
        written.close();
        QVERIFY(disk.fill());
        QSignalSpy failed(&stats, &PlayStats::saveFailed);
        QVERIFY(!stats.recordPlay(QStringLiteral("/m/a.flac")).isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), before);
        written.close();
        disk.empty();
        QCOMPARE(stats.recordPlay(QStringLiteral("/m/b.flac")), QString());
        PlayStats after(file);
        QCOMPARE(after.load(), QString());
        QCOMPARE(after.playCount(QStringLiteral("/m/a.flac")), 2);
        QCOMPARE(after.playCount(QStringLiteral("/m/b.flac")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPlayStats)
#include "tst_playstats.moc"
