#include "playlist/PlayStats.h"

#include <QFile>
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
            QCOMPARE(stats.recordPlay(track), QString());
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
};

QTEST_GUILESS_MAIN(TestPlayStats)
#include "tst_playstats.moc"
