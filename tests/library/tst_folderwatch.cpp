#include "library/FolderWatch.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(watch.unwatched(), 0);
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
};

QTEST_GUILESS_MAIN(TestFolderWatch)
#include "tst_folderwatch.moc"
