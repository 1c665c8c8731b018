#include "common/AtomicWrite.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace liner::common;
using liner::testing::readBytes;
using liner::testing::writeBytes;

namespace {

// A process id no process has: one that just ended and was reaped.
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"));
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999'999'999;
}

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void replacesTheFileAndLeavesNothingBeside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.m3u8"));
        QCOMPARE(writeFileAtomically(path, "first"), QString());
        QCOMPARE(readBytes(path), QByteArray("first"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(writeFileAtomically(path, "second"), QString());
        QCOMPARE(readBytes(path), QByteArray("second"));
        QCOMPARE(QFile::permissions(path) & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("list.m3u8")});
    }

    // A link names the file to replace; the link itself stays a link.
    void followsASymbolicLink()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("shared")));
        const QString real = dir.filePath(QStringLiteral("shared/liner-notes.md"));
        const QString link = dir.filePath(QStringLiteral("liner-notes.md"));
        QVERIFY(writeBytes(real, "old"));
        QVERIFY(QFile::link(real, link));
        QCOMPARE(writeFileAtomically(link, "new"), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readBytes(real), QByteArray("new"));
    }

    // A file the user made read-only, a folder in the file's place or a missing folder: the
    // write fails with the file's name in the message, and nothing changes.
    void refusesWhatItMayNotReplace()
    {
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked.json"));
        QVERIFY(writeBytes(locked, "keep"));
        QVERIFY(QFile::setPermissions(locked, QFile::ReadOwner));
        const QString error = writeFileAtomically(locked, "lost");
        QVERIFY2(error.contains(QStringLiteral("locked.json")), qPrintable(error));
        QCOMPARE(readBytes(locked), QByteArray("keep"));
    }

    void reportsAFolderInTheFilesPlace()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("play-stats.json"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        const QString error = writeFileAtomically(folder, "x");
        QVERIFY2(error.contains(QStringLiteral("play-stats.json")), qPrintable(error));
        QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
        QVERIFY(!QFileInfo::exists(unfinishedWritesFolder(dir.path())));
        QVERIFY(!writeFileAtomically(dir.filePath(QStringLiteral("missing/x")), "x").isEmpty());
    }

    // Only a file in the private folder, named as Liner names it, whose writer is gone is
    // removed; a user's files beside Liner's, named like temporary files or not, all stay.
    void removesOnlyItsOwnUnfinishedWrites()
    {
        QTemporaryDir dir;
        const QString privateFolder = unfinishedWritesFolder(dir.path());
        QVERIFY(QDir().mkpath(privateFolder));
        const QString gone = QStringLiteral("write-%1-aB3dE9").arg(endedProcessId());
        const QString running = QStringLiteral("write-%1-Zz0Zz0").arg(::getpid());
        const QStringList userFiles{
            QStringLiteral("Mix.m3u8.2024Q1"), QStringLiteral("Road trip.m3u8.before"),
            QStringLiteral("Road.m3u8.AbC123"), QStringLiteral("write-12-abcdef.txt")};
        for (const QString& name : userFiles)
            QVERIFY(writeBytes(dir.filePath(name), "mine"));
        for (const QString& name : {gone, running, QStringLiteral("write-1-abc"),
                                    QStringLiteral("notes.txt"), QStringLiteral("write-0-abcdef")})
            QVERIFY(writeBytes(privateFolder + u'/' + name, "x"));
        QVERIFY(QFile::link(dir.filePath(userFiles.first()),
                            privateFolder + QStringLiteral("/write-999999999-linked")));

        for (int start = 0; start < 100; ++start) {
            const QStringList removed = removeUnfinishedWrites(dir.path());
            QCOMPARE(removed,
                     start == 0 ? QStringList{privateFolder + u'/' + gone} : QStringList());
        }
        for (const QString& name : userFiles)
            QCOMPARE(readBytes(dir.filePath(name)), QByteArray("mine"));
        QCOMPARE(QDir(privateFolder)
                     .entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name)
                     .size(),
                 5);
        QVERIFY(QFileInfo::exists(privateFolder + u'/' + running));
    }
};

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
