#include "common/AtomicWrite.h"
#include "playlist/PlaylistStore.h"
#include "support/FileBytes.h"
#include "support/TinyDisk.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liner::playlist;
using liner::testing::readBytes;
using liner::testing::writeBytes;

namespace {

QStringList localPaths(const QList<PlaylistEntry>& entries)
{
    QStringList paths;
    for (const PlaylistEntry& entry : entries)
        paths << (entry.isStream ? entry.location : entry.localPath);
    return paths;
}

} // namespace

class TestPlaylistStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QString m_folder;
    QList<PlaylistEntry> m_tracks;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("Music"));
        m_folder = m_dir.filePath(QStringLiteral("data/playlists"));
        QDir(m_dir.path()).removeRecursively();
        const QString inside = m_library + QStringLiteral("/눈물의 여왕/01 눈물.flac");
        const QString outside = m_dir.filePath(QStringLiteral("Elsewhere/b.mp3"));
        QVERIFY(writeBytes(inside, "x"));
        QVERIFY(writeBytes(outside, "x"));
        m_tracks = {PlaylistEntry::fromLocalFile(inside, QStringLiteral("Artist - 눈물"), 61),
                    PlaylistEntry::fromLocalFile(outside),
                    PlaylistEntry::fromLocation(QStringLiteral("http://radio.example/live"), {})};
    }

    void defaultFolderIsInTheAppDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/playlists";
        QCOMPARE(PlaylistStore::defaultFolder(), expected);
        QCOMPARE(PlaylistStore().folder(), expected);
        QStandardPaths::setTestModeEnabled(false);
    }

    void editsAreWrittenAtOnceAndLoadedAtStart()
    {
        PlaylistStore store(m_folder, m_library);
        QVERIFY(store.load().isEmpty());
        QCOMPARE(store.create(QStringLiteral("Road trip")), QString());
        QVERIFY(QFile::exists(store.pathOf(QStringLiteral("Road trip"))));
        QSignalSpy changed(&store, &PlaylistStore::entriesChanged);
        QCOMPARE(store.setEntries(QStringLiteral("Road trip"), m_tracks), QString());
        QCOMPARE(changed.size(), 1);

        PlaylistStore again(m_folder, m_library);
        QVERIFY(again.load().isEmpty());
        QCOMPARE(again.names(), QStringList{QStringLiteral("Road trip")});
        const QList<PlaylistEntry> read = again.entries(QStringLiteral("Road trip"));
        QCOMPARE(localPaths(read), localPaths(m_tracks));
        QCOMPARE(read[0].title, m_tracks[0].title);
        QCOMPARE(read[0].durationSeconds, 61);
        QVERIFY(read[2].isStream);
    }

    void tracksUnderTheLibraryRootAreRelativeAndFollowIt()
    {
        PlaylistStore store(m_folder, m_library);
        store.load();
        QCOMPARE(store.create(QStringLiteral("Mix"), m_tracks), QString());
        const QByteArray text = readBytes(store.pathOf(QStringLiteral("Mix")));
        QVERIFY2(text.contains("\n눈물의 여왕/01 눈물.flac\n"), text);
        QVERIFY2(text.contains('\n' + QFile::encodeName(m_tracks[1].localPath) + '\n'), text);

        // The listener moves the music folder and tells Liner where it went.
        const QString moved = m_dir.filePath(QStringLiteral("Moved music"));
        QVERIFY(QDir().rename(m_library, moved));
        PlaylistStore after(m_folder, moved);
        after.load();
        const PlaylistEntry first = after.entries(QStringLiteral("Mix")).constFirst();
        QCOMPARE(first.localPath, moved + QStringLiteral("/눈물의 여왕/01 눈물.flac"));
        QVERIFY(!first.missing);
    }

    void withoutALibraryRootEveryPathIsAbsolute()
    {
        PlaylistStore store(m_folder);
        store.load();
        QCOMPARE(store.create(QStringLiteral("Mix"), m_tracks), QString());
        const QByteArray text = readBytes(store.pathOf(QStringLiteral("Mix")));
        QVERIFY2(text.contains('\n' + QFile::encodeName(m_tracks[0].localPath) + '\n'), text);
    }

    void aDamagedFileIsReportedAndKeptAside()
    {
        static const char raw[] = "#EXTM3U\n#EXTINF:12,dangling\n\xff\xfe\x00\x01";
        const QByteArray garbage(raw, sizeof raw - 1);
        const QString damaged = m_folder + QStringLiteral("/Broken.m3u8");
        QVERIFY(writeBytes(damaged, garbage));
        QVERIFY(writeBytes(m_folder + QStringLiteral("/Empty.m3u8"), {}));
        QVERIFY(writeBytes(m_folder + QStringLiteral("/Good.m3u8"), "#EXTM3U\n/x/a.flac\n"));

        PlaylistStore store(m_folder, m_library);
        const QStringList problems = store.load();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(u'\n').contains(QStringLiteral("\"Broken\" is damaged")),
                 qPrintable(problems.join(u'\n')));
        QCOMPARE(store.names(), QStringList{QStringLiteral("Good")});
        QVERIFY(!QFile::exists(damaged));
        QCOMPARE(readBytes(damaged + QStringLiteral(".damaged")), garbage);

        // The name is free again, and a second damaged file does not replace the first one kept.
        QVERIFY(writeBytes(damaged, "\xff\xff"));
        store.load();
        QCOMPARE(readBytes(damaged + QStringLiteral(".damaged")), garbage);
        QCOMPARE(readBytes(damaged + QStringLiteral(".damaged-2")), QByteArray("\xff\xff"));
        QCOMPARE(store.create(QStringLiteral("Broken")), QString());
        QCOMPARE(readBytes(damaged + QStringLiteral(".damaged")), garbage);
    }

    // A write a crash cut short leaves its file in Liner's private folder, where load removes
    // it; a user's copies beside the playlists, named like temporary files or not, survive 100
    // starts, as do the playlist and what was kept aside as damaged.
    void removesOnlyItsOwnLeftoversAtEveryStart()
    {
        QVERIFY(writeBytes(m_folder + QStringLiteral("/Road.m3u8"), "#EXTM3U\n/x/a.flac\n"));
        QVERIFY(writeBytes(m_folder + QStringLiteral("/Old.m3u8.damaged"), "\xff"));
        const QStringList userCopies{
            QStringLiteral("Mix.m3u8.2024Q1"), QStringLiteral("Road trip.m3u8.before"),
            QStringLiteral("Road.m3u8.AbC123"), QStringLiteral(".Road.m3u8.swp"),
            QStringLiteral("Road.m3u8~")};
        for (const QString& name : userCopies)
            QVERIFY(writeBytes(m_folder + u'/' + name, "#EXTM3U\n/mine.flac\n"));
        const QString leftover = liner::common::unfinishedWritesFolder(m_folder) +
                                 QStringLiteral("/write-999999999-Qx7Kp2");
        QVERIFY(writeBytes(leftover, "#EXTM3U\n/x/"));

        for (int start = 0; start < 100; ++start) {
            PlaylistStore store(m_folder, m_library);
            QCOMPARE(store.load(), QStringList{});
            QCOMPARE(store.names(), QStringList{QStringLiteral("Road")});
            QVERIFY(!QFile::exists(leftover));
            QVERIFY(!QFileInfo::exists(liner::common::unfinishedWritesFolder(m_folder)));
            QCOMPARE(store.setEntries(QStringLiteral("Road"), m_tracks), QString());
        }
        for (const QString& name : userCopies)
            QCOMPARE(readBytes(m_folder + u'/' + name), QByteArray("#EXTM3U\n/mine.flac\n"));
        QVERIFY(QFile::exists(m_folder + QStringLiteral("/Old.m3u8.damaged")));
    }

    // A save on a full disk fails with a message and leaves the playlist's file as it was, and
    // nothing of the write behind; once there is room, the same save goes through.
    void aFullDiskLeavesThePlaylistAsItWas()
    {
        liner::testing::TinyDisk disk(m_folder, 64 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        PlaylistStore store(m_folder, m_library);
        QCOMPARE(store.load(), QStringList{});
        QCOMPARE(store.create(QStringLiteral("Road"), m_tracks), QString());
        const QByteArray before = readBytes(store.pathOf(QStringLiteral("Road")));
        QList<PlaylistEntry> longer;
        for (int copy = 0; copy < 100; ++copy)
            longer << m_tracks;
        QVERIFY(disk.fill());

        const QString error = store.setEntries(QStringLiteral("Road"), longer);
        QVERIFY2(error.contains(QStringLiteral("Road.m3u8")), qPrintable(error));
        QCOMPARE(readBytes(store.pathOf(QStringLiteral("Road"))), before);
        QCOMPARE(localPaths(store.entries(QStringLiteral("Road"))), localPaths(m_tracks));
        QVERIFY(!QFileInfo::exists(liner::common::unfinishedWritesFolder(m_folder)));

        disk.empty();
        QCOMPARE(store.setEntries(QStringLiteral("Road"), longer), QString());
        PlaylistStore again(m_folder, m_library);
        QCOMPARE(again.load(), QStringList{});
        QCOMPARE(again.entries(QStringLiteral("Road")).size(), longer.size());
    }

    void renameMovesTheFileAndRefusesTakenOrBadNames()
    {
        PlaylistStore store(m_folder, m_library);
        store.load();
        QCOMPARE(store.create(QStringLiteral("A"), m_tracks), QString());
        QCOMPARE(store.create(QStringLiteral("B")), QString());
        QVERIFY(!store.create(QStringLiteral("A")).isEmpty());
        QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("B")).isEmpty());
        for (const QString& bad : {QString(), QStringLiteral("a/b"), QStringLiteral(".hidden"),
                                   QStringLiteral(" padded "), QString(300, u'x')})
            QVERIFY2(!store.rename(QStringLiteral("A"), bad).isEmpty(), qPrintable(bad));
        QCOMPARE(store.rename(QStringLiteral("A"), QStringLiteral("Ä new")), QString());
        QVERIFY(!QFile::exists(store.pathOf(QStringLiteral("A"))));
        PlaylistStore again(m_folder, m_library);
        again.load();
        QCOMPARE(again.names(), (QStringList{QStringLiteral("B"), QStringLiteral("Ä new")}));
        QCOMPARE(localPaths(again.entries(QStringLiteral("Ä new"))), localPaths(m_tracks));
    }

    void aDeletedPlaylistCanBeRestoredAfterARestart()
    {
        {
            PlaylistStore store(m_folder, m_library);
            store.load();
            QCOMPARE(store.create(QStringLiteral("Keep"), m_tracks), QString());
            DeletedPlaylist deleted;
            QCOMPARE(store.remove(QStringLiteral("Keep"), &deleted), QString());
            QCOMPARE(deleted.name, QStringLiteral("Keep"));
            QVERIFY(!store.contains(QStringLiteral("Keep")));
            QVERIFY(!QFile::exists(store.pathOf(QStringLiteral("Keep"))));
            // A new playlist takes the name meanwhile.
            QCOMPARE(store.create(QStringLiteral("Keep")), QString());
        }
        PlaylistStore store(m_folder, m_library);
        QVERIFY(store.load().isEmpty());
        const QList<DeletedPlaylist> deleted = store.recentlyDeleted();
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted[0].name, QStringLiteral("Keep"));
        QString restoredName;
        QCOMPARE(store.restore(deleted[0], &restoredName), QString());
        QCOMPARE(restoredName, QStringLiteral("Keep (restored)"));
        QCOMPARE(localPaths(store.entries(restoredName)), localPaths(m_tracks));
        QVERIFY(store.recentlyDeleted().isEmpty());
        QVERIFY(store.entries(QStringLiteral("Keep")).isEmpty());
    }

    void recentlyDeletedIsCappedAndExpires()
    {
        PlaylistStore store(m_folder, m_library);
        const QString deletedFolder = store.deletedFolder();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24 * 3600 * 1000LL;
        QVERIFY(writeBytes(deletedFolder + QStringLiteral("/%1 Old.m3u8").arg(now - 31 * day),
                           "#EXTM3U\n"));
        for (int i = 0; i < PlaylistStore::kMaxDeleted + 5; ++i)
            QVERIFY(writeBytes(deletedFolder + QStringLiteral("/%1 N%2.m3u8").arg(now - i).arg(i),
                               "#EXTM3U\n"));
        store.load();
        const QList<DeletedPlaylist> kept = store.recentlyDeleted();
        QCOMPARE(kept.size(), PlaylistStore::kMaxDeleted);
        QCOMPARE(kept.constFirst().name, QStringLiteral("N0"));
        QCOMPARE(kept.constLast().name, QStringLiteral("N%1").arg(PlaylistStore::kMaxDeleted - 1));
    }

    void editsOfUnknownPlaylistsFail()
    {
        PlaylistStore store(m_folder, m_library);
        store.load();
        QVERIFY(!store.setEntries(QStringLiteral("nope"), m_tracks).isEmpty());
        QVERIFY(!store.rename(QStringLiteral("nope"), QStringLiteral("x")).isEmpty());
        QVERIFY(!store.remove(QStringLiteral("nope")).isEmpty());
        QVERIFY(!QFile::exists(store.pathOf(QStringLiteral("nope"))));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistStore)
#include "tst_playliststore.moc"
