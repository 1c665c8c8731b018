#include "library/FolderWatch.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <chrono>

using namespace liner;

// The folder watch names the folder of any change Liner must see, a file written in place (which
// QFileSystemWatcher does not report) among them.
class TestFolderWatch : public QObject
{
    Q_OBJECT

private slots:
    void namesTheFolderOfEachChange()
    {
        QTemporaryDir dir;
        const QString album = dir.filePath(QStringLiteral("album"));
        QVERIFY(QDir().mkpath(album));
        QFile file(album + QStringLiteral("/1.flac"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("before");
        file.close();

        library::FolderWatch watch;
        watch.setFolders({dir.path(), album});
        QVERIFY(watch.unwatched().isEmpty());
        QSignalSpy changed(&watch, &library::FolderWatch::changed);
        const auto nextChange = [&changed]() -> QString {
            if (changed.isEmpty() && !changed.wait(5000))
                return {};
            const QString folder = changed.takeFirst().at(0).toString();
            changed.clear();
            return folder;
        };

        // Retagged in place: the same file, opened for writing and closed.
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write("after!");
        file.close();
        QCOMPARE(nextChange(), album);

        QVERIFY(QFile::copy(file.fileName(), album + QStringLiteral("/2.flac")));
        QCOMPARE(nextChange(), album);
        QVERIFY(QFile::remove(album + QStringLiteral("/2.flac")));
        QCOMPARE(nextChange(), album);

        // A new album beside it is a change of the folder above.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("other"))));
        QCOMPARE(nextChange(), dir.path());

        // A folder no longer asked for is not watched.
        watch.setFolders({dir.path()});
        QVERIFY(QFile::remove(file.fileName()));
        QVERIFY(!changed.wait(500));
    }

    // Past the limit on watches, the folders left over are reported on a timer instead, so that a
    // pass over them still finds what changed; the log says so once, and a folder that gets its
    // watch again is no longer polled.
    void foldersBeyondTheLimitArePolled()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString second = dir.filePath(QStringLiteral("second"));
        QVERIFY(QDir().mkpath(first));
        QVERIFY(QDir().mkpath(second));

        library::FolderWatch watch;
        watch.setWatchLimit(1);
        watch.setPollInterval(std::chrono::milliseconds(200));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("1 of 2 library folders cannot be "
                                                               "watched.*max_user_watches")));
        watch.setFolders({first, second});
        QCOMPARE(watch.unwatched(), QStringList{second});
        QSignalSpy changed(&watch, &library::FolderWatch::changed);
        // Nothing changed: only the unwatched folder is named, once a poll, again and again.
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 3, 10000);
        for (const QList<QVariant>& signal : std::as_const(changed))
            QCOMPARE(signal.at(0).toString(), second);

        // The watched folder still tells its own changes as they happen.
        changed.clear();
        QFile file(first + QStringLiteral("/1.flac"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                             [&first](const QList<QVariant>& signal) {
                                                 return signal.at(0).toString() == first;
                                             }),
                                 5000);

        // Said once: the next pass's folders bring no second warning.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("cannot be watched")));
        watch.setFolders({first, second});
        QCOMPARE(watch.unwatched(), QStringList{second});

        // Room again: every folder is watched and none is polled.
        watch.setWatchLimit(2);
        watch.setFolders({first, second});
        QVERIFY(watch.unwatched().isEmpty());
        changed.clear();
        QVERIFY(!changed.wait(1000));
        QFile other(second + QStringLiteral("/1.flac"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().at(0).toString(), second);
    }

    // A library of more folders than are watched in one turn of the event loop: the first are
    // watched at once, the rest as the loop turns, in the order given, the limit counted across
    // them all; then a change in the last folder watched is told.
    void manyFoldersAreWatchedAsTheLoopTurns()
    {
        QTemporaryDir dir;
        constexpr qsizetype kFolders = library::FolderWatch::kFoldersAtOnce * 5 / 2;
        QStringList folders;
        for (qsizetype i = 0; i < kFolders; ++i) {
            folders << dir.filePath(QStringLiteral("album %1").arg(i));
            QVERIFY(QDir().mkpath(folders.last()));
        }
        const qsizetype limit = kFolders - 3;

        library::FolderWatch watch;
        watch.setWatchLimit(int(limit));
        QSignalSpy changed(&watch, &library::FolderWatch::changed);
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("3 of %1 library folders cannot be watched").arg(kFolders)));
        watch.setFolders(folders + QStringList{folders.first()});
        QVERIFY(!watch.isSettled());
        QVERIFY(watch.unwatched().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(watch.isSettled(), 10000);
        QCOMPARE(watch.unwatched(), folders.last(3));

        QFile file(folders[limit - 1] + QStringLiteral("/1.flac"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                             [&](const QList<QVariant>& signal) {
                                                 return signal.at(0).toString() ==
                                                        folders[limit - 1];
                                             }),
                                 5000);

        // Asked again before the rest is watched: the folders asked for last win, and the ones
        // still waiting are never watched.
        library::FolderWatch again;
        QSignalSpy changedAgain(&again, &library::FolderWatch::changed);
        again.setFolders(folders);
        QVERIFY(!again.isSettled());
        again.setFolders(folders.first(2));
        QVERIFY(again.isSettled());
        QVERIFY(again.unwatched().isEmpty());
        QFile last(folders.last() + QStringLiteral("/1.flac"));
        QVERIFY(last.open(QIODevice::WriteOnly));
        last.close();
        QVERIFY(!changedAgain.wait(500));
    }
};

QTEST_GUILESS_MAIN(TestFolderWatch)
#include "tst_folderwatch.moc"
