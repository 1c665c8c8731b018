#include "desktop/Settings.h"
#include "support/FileBytes.h"
#include "support/PrivateHome.h"
#include "support/TinyDisk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using liner::desktop::Settings;
using liner::testing::readBytes;
using liner::testing::writeBytes;

// Whatever liner.conf turns out to be, Liner starts, says what it found, loses nothing it had and
// never writes over what it could not read.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    liner::testing::PrivateHome m_home;
    QString m_folder;
    QString m_file;

private slots:
    void initTestCase()
    {
        // QSettings learns where user settings live once per process, at first use.
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        m_folder = m_home.configFolder() + QStringLiteral("/Liner");
        m_file = m_folder + QStringLiteral("/liner.conf");
    }

    void init()
    {
        QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(m_file);
        QDir(m_file).removeRecursively();
        for (const QString& name : QDir(m_folder).entryList(QDir::Files | QDir::System))
            QFile::remove(QDir(m_folder).filePath(name));
        QVERIFY(QDir().mkpath(m_folder));
    }

    void aGoodFileRaisesNoProblem()
    {
        {
            Settings settings;
            QCOMPARE(settings.problem(), QString());
            settings.setVolume(0.5);
        }
        QCOMPARE(Settings().volume(), 0.5);
    }

    void aDamagedFileIsCopiedAsideAndWhatCouldBeReadIsUsed()
    {
        const QByteArray garbage("[playback]\nvolume=0.25\n\x89PNG\r\n\x1a\n\xff\xfe[broken\n");
        QVERIFY(writeBytes(m_file, garbage));
        {
            Settings settings;
            QVERIFY2(settings.problem().contains(QStringLiteral("read in full")),
                     qPrintable(settings.problem()));
            QCOMPARE(settings.volume(), 0.25);
            settings.setVolume(0.5);
            QCOMPARE(settings.save(), QString());
        }
        QCOMPARE(readBytes(m_file + QStringLiteral(".damaged")), garbage);
        Settings again;
        QCOMPARE(again.problem(), QString());
        QCOMPARE(again.volume(), 0.5);
    }

    // A folder or a FIFO where the file should be: the start is not held, the settings live in
    // memory for the session, and what is there stays as it is.
    void somethingElseInTheFilesPlaceIsLeftAlone()
    {
        QVERIFY(QDir().mkpath(m_file + QStringLiteral("/inside")));
        {
            Settings settings;
            QVERIFY2(settings.problem().contains(QStringLiteral("not a regular file")),
                     qPrintable(settings.problem()));
            settings.setVolume(0.3);
            QCOMPARE(settings.volume(), 0.3);
            QCOMPARE(settings.save(), QString());
        }
        QVERIFY(QFileInfo(m_file + QStringLiteral("/inside")).isDir());
        QVERIFY(QDir(m_file).removeRecursively());

        QCOMPARE(::mkfifo(QFile::encodeName(m_file).constData(), 0600), 0);
        {
            Settings settings;
            QVERIFY(!settings.problem().isEmpty());
            settings.setVolume(0.3);
        }
        QVERIFY(!QFileInfo(m_file).isFile());
    }

    void aReadOnlyFileIsReadAndNeverWritten()
    {
        const QByteArray mine("[playback]\nvolume=0.3\n");
        QVERIFY(writeBytes(m_file, mine));
        QVERIFY(QFile::setPermissions(m_file, QFile::ReadOwner | QFile::ReadGroup));
        {
            Settings settings;
            QVERIFY2(settings.problem().contains(QStringLiteral("read-only")),
                     qPrintable(settings.problem()));
            QCOMPARE(settings.volume(), 0.3);
            settings.setVolume(0.9);
            QCOMPARE(settings.volume(), 0.9);
            QCOMPARE(settings.save(), QString());
        }
        QCOMPARE(readBytes(m_file), mine);
    }

    // A newer Liner's keys stay in the file through this one's writes.
    void keysOfANewerLinerAreKept()
    {
        QVERIFY(writeBytes(m_file, "[future]\nshiny=true\n\n[playback]\nvolume=0.3\n"));
        {
            Settings settings;
            QCOMPARE(settings.problem(), QString());
            settings.setVolume(0.6);
        }
        const QSettings written(m_file, QSettings::IniFormat);
        QCOMPARE(written.value(QStringLiteral("future/shiny")).toBool(), true);
        QCOMPARE(written.value(QStringLiteral("playback/volume")).toDouble(), 0.6);
    }

    // On a full disk a save fails, is told once, and leaves the file whole; it goes through once
    // there is room again.
    void aFullDiskIsToldAndLeavesTheFileWhole()
    {
        liner::testing::TinyDisk disk(m_folder, 64 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        {
            Settings settings;
            settings.setVolume(0.4);
            QCOMPARE(settings.save(), QString());
        }
        const QByteArray before = readBytes(m_file);
        QVERIFY(disk.fill());
        Settings settings;
        QSignalSpy failed(&settings, &Settings::saveFailed);
        settings.setWindowGeometry(QByteArray(8192, 'g'));
        settings.setVolume(0.7);
        QVERIFY(!settings.save().isEmpty());
        QVERIFY(!settings.save().isEmpty());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(readBytes(m_file), before);
        disk.empty();
        QCOMPARE(settings.save(), QString());
        QCOMPARE(QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("playback/volume")),
                 QVariant(0.7));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
