#include "library/TrackModel.h"
#include "playlist/PlaylistEdits.h"
#include "playlist/PlaylistModel.h"
#include "playlist/PlaylistStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrl>
#include <random>

using namespace liner;
using namespace liner::playlist;

namespace {

const QString kList = QStringLiteral("Evening");

bool touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

// Titles in row order, as the model shows them.
QStringList titles(const QAbstractItemModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, PlaylistModel::TitleColumn).data().toString();
    return shown;
}

// Titles in file order, as a fresh start would read them from disk.
QStringList titlesOnDisk(const PlaylistStore& store, const QString& name)
{
    PlaylistStore fresh(store.folder());
    fresh.load();
    QStringList read;
    for (const PlaylistEntry& entry : fresh.entries(name))
        read << entryTitle(entry);
    return read;
}

} // namespace

class TestPlaylistModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlaylistStore> m_store;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<PlaylistModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<PlaylistEntry> m_tracks;

    // Does the edit, then checks what the model and the file hold after it, after undo and after
    // redo.
    void checkUndoable(const std::function<void()>& edit, const QStringList& after)
    {
        const QStringList before = titles(*m_model);
        const int step = m_undo->index();
        edit();
        QCOMPARE(m_undo->index(), step + 1);
        QCOMPARE(titles(*m_model), after);
        QCOMPARE(titlesOnDisk(*m_store, kList), after);
        m_undo->undo();
        QCOMPARE(titles(*m_model), before);
        QCOMPARE(titlesOnDisk(*m_store, kList), before);
        m_undo->redo();
        QCOMPARE(titles(*m_model), after);
        QCOMPARE(titlesOnDisk(*m_store, kList), after);
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        m_tracks.clear();
        for (const QString& name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                    QStringLiteral("d"), QStringLiteral("e")}) {
            const QString path = m_dir.filePath(QStringLiteral("Music/%1.flac").arg(name));
            QVERIFY(touch(path));
            m_tracks << PlaylistEntry::fromLocalFile(
                path, QStringLiteral("Band - ") + name.toUpper(), int(m_tracks.size()) * 70);
        }
        m_store = std::make_unique<PlaylistStore>(m_dir.filePath(QStringLiteral("playlists")));
        m_store->load();
        QCOMPARE(m_store->create(kList, m_tracks), QString());
        m_undo = std::make_unique<QUndoStack>();
        m_model = std::make_unique<PlaylistModel>(*m_store, *m_undo);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setPlaylist(kList);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_undo.reset();
        m_store.reset();
    }

    void showsTitleArtistDurationAndWhatIsMissingOrAStream()
    {
        const QString gone = m_dir.filePath(QStringLiteral("Music/gone.flac"));
        m_model->insertEntries(
            -1, {PlaylistEntry::fromLocalFile(gone),
                 PlaylistEntry::fromLocation(QStringLiteral("https://radio.example/live"), {})});
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->index(1, PlaylistModel::TitleColumn).data().toString(), "B");
        QCOMPARE(m_model->index(1, PlaylistModel::ArtistColumn).data().toString(), "Band");
        QCOMPARE(m_model->index(2, PlaylistModel::DurationColumn).data().toString(), "2:20");
        QCOMPARE(m_model->index(1, PlaylistModel::StatusColumn).data().toString(), QString());
        QCOMPARE(m_model->index(5, PlaylistModel::TitleColumn).data().toString(), "gone");
        QCOMPARE(m_model->index(5, PlaylistModel::StatusColumn).data().toString(), "Missing");
        QCOMPARE(m_model->index(6, PlaylistModel::StatusColumn).data().toString(), "Stream");
        QCOMPARE(m_model->index(6, PlaylistModel::TitleColumn).data().toString(),
                 "https://radio.example/live");
        QCOMPARE(
            m_model->index(5, 0).data(PlaylistModel::EntryRole).value<PlaylistEntry>().localPath,
            gone);
    }

    void everyEntryEditIsUndoable()
    {
        checkUndoable(
            [&] {
                m_model->insertEntries(1, {m_tracks[4], m_tracks[3]});
            },
            {"A", "E", "D", "B", "C", "D", "E"});
        m_undo->undo();
        checkUndoable([&] { m_model->removeEntries({3, 0, 3}); }, {"B", "C", "E"});
        m_undo->undo();
        checkUndoable([&] { m_model->moveEntries({0, 2}, 4); }, {"B", "D", "A", "C", "E"});
        m_undo->undo();
        checkUndoable([&] { m_model->moveEntries({4}, 0); }, {"E", "A", "B", "C", "D"});
        m_undo->undo();
        checkUndoable([&] { m_model->sort(PlaylistModel::DurationColumn, Qt::DescendingOrder); },
                      {"E", "D", "C", "B", "A"});
        m_undo->undo();
        checkUndoable([&] { m_model->shuffle(7); },
                      [&] {
                          QList<PlaylistEntry> shuffled = m_tracks;
                          std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
                          QStringList expected;
                          for (const PlaylistEntry& entry : shuffled)
                              expected << entryTitle(entry);
                          return expected;
                      }());
        m_undo->undo();
        checkUndoable([&] { m_model->clear(); }, {});
    }

    void playlistsAreCreatedRenamedAndDeletedUndoably()
    {
        m_undo->push(createPlaylist(*m_store, QStringLiteral("New"), {m_tracks[0]}).release());
        QVERIFY(m_store->contains(QStringLiteral("New")));
        m_undo->undo();
        QVERIFY(!m_store->contains(QStringLiteral("New")));
        QVERIFY(!QFile::exists(m_store->pathOf(QStringLiteral("New"))));
        m_undo->redo();
        QCOMPARE(m_store->entries(QStringLiteral("New")).size(), 1);

        m_undo->push(renamePlaylist(*m_store, kList, QStringLiteral("Night")).release());
        QCOMPARE(m_store->names(), (QStringList{"New", "Night"}));
        QCOMPARE(m_model->playlist(), QStringLiteral("Night"));
        // Edits after a rename land in the renamed playlist.
        m_model->removeEntries({0});
        QCOMPARE(m_store->entries(QStringLiteral("Night")).size(), 4);
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(m_store->names(), (QStringList{kList, "New"}));
        QCOMPARE(m_model->playlist(), kList);
        QCOMPARE(m_store->entries(kList).size(), 5);

        m_undo->push(deletePlaylist(*m_store, kList).release());
        QVERIFY(!m_store->contains(kList));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_store->recentlyDeleted().size(), 1);
        m_undo->undo();
        QCOMPARE(titles(*m_model), (QStringList{"A", "B", "C", "D", "E"}));
        QVERIFY(m_store->recentlyDeleted().isEmpty());
        QCOMPARE(titlesOnDisk(*m_store, kList), titles(*m_model));
    }

    // Undoing a restore puts the file back where the deletion had put it, so undoing the deletion
    // after that still finds it.
    void deleteThenRestoreUndoesStepByStep()
    {
        m_undo->push(deletePlaylist(*m_store, kList).release());
        const QList<DeletedPlaylist> deleted = m_store->recentlyDeleted();
        QCOMPARE(deleted.size(), 1);
        m_undo->push(restorePlaylist(*m_store, deleted.constFirst()).release());
        QCOMPARE(titles(*m_model), (QStringList{"A", "B", "C", "D", "E"}));
        m_undo->undo();
        QCOMPARE(m_store->recentlyDeleted().constFirst().file, deleted.constFirst().file);
        QCOMPARE(m_model->rowCount(), 0);
        m_undo->undo();
        QCOMPARE(m_undo->count(), 2);
        QCOMPARE(titles(*m_model), (QStringList{"A", "B", "C", "D", "E"}));
        QVERIFY(m_store->recentlyDeleted().isEmpty());
        m_undo->redo();
        m_undo->redo();
        QCOMPARE(titlesOnDisk(*m_store, kList), titles(*m_model));
        QCOMPARE(titles(*m_model).size(), 5);
    }

    void aFailedEditLeavesNoStepToUndo()
    {
        QSignalSpy failed(m_store.get(), &PlaylistStore::editFailed);
        m_undo->push(renamePlaylist(*m_store, kList, QStringLiteral("a/b")).release());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_undo->count(), 0);
        m_undo->push(createPlaylist(*m_store, kList).release());
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(m_store->entries(kList).size(), 5);
    }

    void dragAndDropReordersThroughMimeData()
    {
        QMimeData* data =
            m_model->mimeData({m_model->index(3, 0), m_model->index(0, 1), m_model->index(0, 0)});
        QVERIFY(data->hasFormat(PlaylistModel::kRowsMimeType));
        QCOMPARE(data->urls(), (QList<QUrl>{QUrl::fromLocalFile(m_tracks[0].localPath),
                                            QUrl::fromLocalFile(m_tracks[3].localPath)}));
        // Dropped onto row 2 ("C"): before it.
        QVERIFY(m_model->canDropMimeData(data, Qt::MoveAction, -1, 0, m_model->index(2, 0)));
        QVERIFY(m_model->dropMimeData(data, Qt::MoveAction, -1, 0, m_model->index(2, 0)));
        QCOMPARE(titles(*m_model), (QStringList{"B", "A", "D", "C", "E"}));
        QCOMPARE(titlesOnDisk(*m_store, kList), titles(*m_model));
        delete data;
        // Dropped below the last row.
        data = m_model->mimeData({m_model->index(1, 0), m_model->index(2, 0)});
        QVERIFY(m_model->dropMimeData(data, Qt::MoveAction, -1, -1, {}));
        QCOMPARE(titles(*m_model), (QStringList{"B", "C", "E", "A", "D"}));
        delete data;
        m_undo->undo();
        m_undo->undo();
        QCOMPARE(titles(*m_model), (QStringList{"A", "B", "C", "D", "E"}));
    }

    void droppedRowsFromAnotherPlaylistAreCopied()
    {
        QCOMPARE(m_store->create(QStringLiteral("Other")), QString());
        PlaylistModel other(*m_store, *m_undo);
        QAbstractItemModelTester tester(&other);
        other.setPlaylist(QStringLiteral("Other"));
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(1, 0)}));
        QVERIFY(other.dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(titles(other), QStringList{"B"});
        QCOMPARE(m_model->rowCount(), 5);
    }

    void droppedLibraryTracksKeepTheirTitlesAndLengths()
    {
        library::TrackModel tracks;
        library::Track track;
        track.path = m_tracks[4].localPath;
        track.title = QStringLiteral("Song");
        track.artist = QStringLiteral("Singer");
        track.durationMs = 61600;
        tracks.setTracks({track});
        std::unique_ptr<QMimeData> data(tracks.mimeData({tracks.index(0, 0)}));
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));
        QCOMPARE(m_model->index(0, PlaylistModel::TitleColumn).data().toString(), "Song");
        QCOMPARE(m_model->index(0, PlaylistModel::ArtistColumn).data().toString(), "Singer");
        QCOMPARE(m_model->index(0, PlaylistModel::DurationColumn).data().toString(), "1:02");
        PlaylistStore fresh(m_store->folder());
        fresh.load();
        QCOMPARE(fresh.entries(kList).constFirst().title, QStringLiteral("Singer - Song"));
        QCOMPARE(fresh.entries(kList).constFirst().durationSeconds, 62);
    }

    void droppedFilesAndUrlsAreAddedWhereTheyFall()
    {
        QMimeData data;
        const QString gone = m_dir.filePath(QStringLiteral("Music/gone.flac"));
        data.setUrls({QUrl::fromLocalFile(m_tracks[2].localPath), QUrl::fromLocalFile(gone),
                      QUrl(QStringLiteral("http://radio.example/a%20b"))});
        QVERIFY(m_model->dropMimeData(&data, Qt::CopyAction, 1, 0, {}));
        QCOMPARE(m_model->rowCount(), 8);
        const QList<PlaylistEntry> entries = m_store->entries(kList);
        QCOMPARE(entries[1].localPath, m_tracks[2].localPath);
        QVERIFY(!entries[1].missing);
        QVERIFY(entries[2].missing);
        QVERIFY(entries[3].isStream);
        QCOMPARE(entries[3].location, QStringLiteral("http://radio.example/a%20b"));
        m_undo->undo();
        QCOMPARE(m_model->rowCount(), 5);
    }
};

QTEST_GUILESS_MAIN(TestPlaylistModel)
#include "tst_playlistmodel.moc"
