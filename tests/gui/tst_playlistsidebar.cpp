#include "engine/PlaybackEngine.h"
#include "gui/PlaylistSidebar.h"
#include "library/TrackModel.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistModel.h"
#include "playlist/PlaylistStore.h"
#include "playlist/TrackSources.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace liner;
using playlist::PlaylistEntry;

namespace {

QStringList childTexts(const QTreeWidgetItem* item)
{
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
        texts << item->child(i)->text(0);
    return texts;
}

// The files of the controller's queue, in the order it plays.
QStringList queuedPaths(const playlist::PlaybackController& controller)
{
    QStringList paths;
    for (const library::Track& track : controller.queue().tracks())
        paths << track.path;
    return paths;
}

// What the queue's view shows, row by row.
QStringList shownTitles(const QListView* view)
{
    QStringList titles;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        titles << view->model()->index(row, 0).data().toString();
    return titles;
}

QAction* actionNamed(const QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

// The sidebar, offscreen, over a real store in a temporary folder and a real engine's controller.
class TestPlaylistSidebar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<PlaylistEntry> m_tracks;
    std::unique_ptr<playlist::PlaylistStore> m_store;
    std::unique_ptr<engine::PlaybackEngine> m_engine;
    std::unique_ptr<playlist::PlaybackController> m_controller;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<gui::PlaylistSidebar> m_sidebar;

    QTreeWidgetItem* playlistsItem() const { return m_sidebar->tree()->topLevelItem(1); }
    QTreeWidgetItem* deletedItem() const { return m_sidebar->tree()->topLevelItem(2); }
    void pressInTree(int key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(m_sidebar->tree(), Qt::Key(key), modifiers);
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        m_tracks.clear();
        for (const QString& name :
             {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")}) {
            const QString path = m_dir.filePath(QStringLiteral("Music/%1.flac").arg(name));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            m_tracks << PlaylistEntry::fromLocalFile(path, QStringLiteral("Band - ") + name, 200);
        }
        m_store = std::make_unique<playlist::PlaylistStore>(m_dir.filePath("playlists"));
        m_store->load();
        QCOMPARE(m_store->create(QStringLiteral("Road"), m_tracks), QString());
        m_engine = std::make_unique<engine::PlaybackEngine>();
        m_controller = std::make_unique<playlist::PlaybackController>(*m_engine);
        m_undo = std::make_unique<QUndoStack>();
        m_sidebar =
            std::make_unique<gui::PlaylistSidebar>(*m_store, *m_controller, *m_undo, nullptr);
        m_sidebar->show();
        QApplication::setActiveWindow(m_sidebar.get());
        QVERIFY(QTest::qWaitForWindowActive(m_sidebar.get()));
    }

    void cleanup()
    {
        m_sidebar.reset();
        m_undo.reset();
        m_controller.reset();
        m_engine.reset();
        m_store.reset();
    }

    void showsTheQueuePlaylistsAndRecentlyDeleted()
    {
        QCOMPARE(m_sidebar->tree()->topLevelItemCount(), 3);
        QCOMPARE(m_sidebar->tree()->topLevelItem(0)->text(0), QStringLiteral("Play queue"));
        QCOMPARE(childTexts(playlistsItem()), QStringList{"Road"});
        QCOMPARE(deletedItem()->childCount(), 0);
        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        QCOMPARE(m_sidebar->model().rowCount(), 3);
        QCOMPARE(m_sidebar->entriesView()->model()->index(2, 0).data().toString(), "Three");
    }

    void playlistsAreCreatedRenamedDuplicatedDeletedAndRestoredWithUndo()
    {
        m_sidebar->createPlaylist();
        // The name is being edited in place; Escape keeps the one it got.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_sidebar->currentPlaylist(), QStringLiteral("New playlist"));
        QVERIFY(m_store->contains(QStringLiteral("New playlist")));

        m_sidebar->tree()->currentItem()->setText(0, QStringLiteral("Mix"));
        QTRY_COMPARE(m_store->names(), (QStringList{"Mix", "Road"}));
        QCOMPARE(m_sidebar->currentPlaylist(), QStringLiteral("Mix"));
        // A name that cannot be is refused and the tree shows the old one again.
        m_sidebar->tree()->currentItem()->setText(0, QStringLiteral("a/b"));
        QTRY_COMPARE(childTexts(playlistsItem()), (QStringList{"Mix", "Road"}));
        QCOMPARE(m_store->names(), (QStringList{"Mix", "Road"}));
        QCOMPARE(m_undo->count(), 2);

        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        m_sidebar->duplicatePlaylist();
        QCOMPARE(m_store->entries(QStringLiteral("Road copy")), m_store->entries("Road"));
        QCOMPARE(m_sidebar->currentPlaylist(), QStringLiteral("Road copy"));

        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        m_sidebar->deleteSelectedPlaylist();
        QCOMPARE(childTexts(playlistsItem()), (QStringList{"Mix", "Road copy"}));
        QCOMPARE(childTexts(deletedItem()), QStringList{"Road"});

        m_sidebar->tree()->setCurrentItem(deletedItem()->child(0));
        std::unique_ptr<QMenu> menu(m_sidebar->treeMenu());
        // One way to make a playlist in the menu, not two.
        QCOMPARE(std::ranges::count_if(menu->actions(),
                                       [](const QAction* action) {
                                           return action->text().remove(u'&').startsWith(
                                               QStringLiteral("New playlist"), Qt::CaseInsensitive);
                                       }),
                 1);
        QAction* restore = actionNamed(*menu, QStringLiteral("Restore"));
        QVERIFY(restore);
        restore->trigger();
        QCOMPARE(childTexts(playlistsItem()), (QStringList{"Mix", "Road", "Road copy"}));
        QCOMPARE(deletedItem()->childCount(), 0);

        // Ctrl+Z takes back restore, delete, duplicate, rename and create, one at a time.
        m_sidebar->tree()->setFocus();
        pressInTree(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(childTexts(deletedItem()), QStringList{"Road"});
        pressInTree(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(deletedItem()->childCount(), 0);
        QCOMPARE(m_store->entries(QStringLiteral("Road")).size(), 3);
        pressInTree(Qt::Key_Z, Qt::ControlModifier);
        pressInTree(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(childTexts(playlistsItem()), (QStringList{"New playlist", "Road"}));
        pressInTree(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(childTexts(playlistsItem()), QStringList{"Road"});
        // Ctrl+Shift+Z and Ctrl+Y do them again, without Qt finding the keys ambiguous.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
        pressInTree(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(childTexts(playlistsItem()), (QStringList{"New playlist", "Road"}));
        pressInTree(Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(childTexts(playlistsItem()), (QStringList{"Mix", "Road"}));

        // What the sidebar shows is what a restart finds.
        playlist::PlaylistStore reloaded(m_store->folder());
        QVERIFY(reloaded.load().isEmpty());
        QCOMPARE(reloaded.names(), (QStringList{"Mix", "Road"}));
    }

    // Ctrl+N makes a playlist from anywhere; Delete removes the selected rows, undoably.
    void keysMakePlaylistsAndRemoveRows()
    {
        QTest::keyClick(m_sidebar.get(), Qt::Key_N, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(m_store->contains(QStringLiteral("New playlist")));

        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        QTableView* entries = m_sidebar->entriesView();
        entries->setFocus();
        entries->selectRow(1);
        QTest::keyClick(entries, Qt::Key_Delete);
        QCOMPARE(m_store->entries(QStringLiteral("Road")).size(), 2);
        QCOMPARE(m_store->entries(QStringLiteral("Road")).at(1).title, m_tracks.at(2).title);
        QTest::keyClick(entries, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->entries(QStringLiteral("Road")).size(), 3);
        QStringList texts;
        for (const QAction* action : m_sidebar->windowActions())
            texts << action->shortcut().toString();
        QVERIFY2(texts.contains(QStringLiteral("Ctrl+N")) && texts.contains(QStringLiteral("Del")),
                 qPrintable(texts.join(u',')));
    }

    // Album tracks dragged onto a playlist in the tree are added to its end, undoably.
    void tracksDroppedOnAPlaylistAreAdded()
    {
        library::TrackModel album;
        library::Track track;
        track.path = m_tracks[1].localPath;
        track.title = QStringLiteral("Two");
        track.artist = QStringLiteral("Band");
        album.setTracks({track});
        std::unique_ptr<QMimeData> data(album.mimeData({album.index(0, 0)}));
        // As a drag does it: the drop goes where the drag was let in.
        const auto dropOn = [this, &data](const QTreeWidgetItem* item) {
            const QPoint at = m_sidebar->tree()->visualItemRect(item).center();
            QWidget* viewport = m_sidebar->tree()->viewport();
            QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &drop);
            return drop.isAccepted();
        };
        QVERIFY(dropOn(playlistsItem()->child(0)));
        QCOMPARE(m_store->entries(QStringLiteral("Road")).size(), 4);
        QCOMPARE(m_store->entries(QStringLiteral("Road")).constLast().localPath, track.path);
        QCOMPARE(m_store->entries(QStringLiteral("Road")).constLast().title, "Band - Two");
        // Not onto the "Play queue" or a heading.
        QVERIFY(!dropOn(m_sidebar->tree()->topLevelItem(0)));
        QVERIFY(!dropOn(deletedItem()));
        QCOMPARE(m_store->entries(QStringLiteral("Road")).size(), 4);
        m_undo->undo();
        QCOMPARE(m_store->entries(QStringLiteral("Road")).size(), 3);
    }

    void entriesAreQueuedSortedAndClearedFromTheirMenu()
    {
        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        QTableView* view = m_sidebar->entriesView();
        QCOMPARE(m_sidebar->model().playlist(), QStringLiteral("Road"));
        QCOMPARE(view->model()->rowCount(), 3);
        const auto selectRow = [view](int row) {
            view->selectionModel()->select(view->model()->index(row, 0),
                                           QItemSelectionModel::ClearAndSelect |
                                               QItemSelectionModel::Rows);
        };
        selectRow(2);
        {
            std::unique_ptr<QMenu> menu(m_sidebar->entriesMenu());
            actionNamed(*menu, QStringLiteral("Add to queue"))->trigger();
        }
        selectRow(0);
        {
            std::unique_ptr<QMenu> menu(m_sidebar->entriesMenu());
            actionNamed(*menu, QStringLiteral("Play next"))->trigger();
        }
        QCOMPARE(queuedPaths(*m_controller),
                 (QStringList{m_tracks[0].localPath, m_tracks[2].localPath}));
        m_sidebar->tree()->setCurrentItem(m_sidebar->tree()->topLevelItem(0));
        QVERIFY(m_sidebar->queueView()->isVisible());
        // Titles as the playlist gives them, not file names.
        QCOMPARE(shownTitles(m_sidebar->queueView()), (QStringList{"One", "Three"}));

        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        QVERIFY(view->isVisible());
        {
            std::unique_ptr<QMenu> menu(m_sidebar->entriesMenu());
            QMenu* sortBy = actionNamed(*menu, QStringLiteral("Sort by"))->menu();
            actionNamed(*sortBy, QStringLiteral("Title"))->trigger();
        }
        const auto titles = [view] {
            QStringList shown;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                shown << view->model()->index(row, 0).data().toString();
            return shown;
        };
        QCOMPARE(titles(), (QStringList{"One", "Three", "Two"}));
        {
            std::unique_ptr<QMenu> menu(m_sidebar->entriesMenu());
            actionNamed(*menu, QStringLiteral("Clear"))->trigger();
        }
        QCOMPARE(titles(), QStringList{});
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(titles(), (QStringList{"One", "Three", "Two"}));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(titles(), (QStringList{"One", "Two", "Three"}));
    }

    // The queue page: rows dragged into a new order (the view moves its rows as a drop does) and
    // rows removed with Delete or from their menu change the controller's queue.
    void queueRowsAreReorderedAndRemoved()
    {
        QList<library::Track> tracks;
        for (const PlaylistEntry& entry : std::as_const(m_tracks))
            tracks << playlist::trackFor(entry);
        m_controller->setQueue(tracks);
        m_sidebar->tree()->setCurrentItem(m_sidebar->tree()->topLevelItem(0));
        QListView* queue = m_sidebar->queueView();
        QVERIFY(queue->isVisible());
        QCOMPARE(shownTitles(queue), (QStringList{"One", "Two", "Three"}));
        QVERIFY(queue->model()->moveRows({}, 2, 1, {}, 0));
        QCOMPARE(queuedPaths(*m_controller),
                 (QStringList{tracks[2].path, tracks[0].path, tracks[1].path}));
        QCOMPARE(shownTitles(queue), (QStringList{"Three", "One", "Two"}));

        queue->setFocus();
        queue->setCurrentIndex(queue->model()->index(1, 0));
        QTest::keyClick(queue, Qt::Key_Delete);
        QCOMPARE(queuedPaths(*m_controller), (QStringList{tracks[2].path, tracks[1].path}));
        QCOMPARE(shownTitles(queue), (QStringList{"Three", "Two"}));

        queue->setCurrentIndex(queue->model()->index(0, 0));
        {
            std::unique_ptr<QMenu> menu(m_sidebar->queueMenu());
            actionNamed(*menu, QStringLiteral("Remove from queue"))->trigger();
        }
        QCOMPARE(shownTitles(queue), QStringList{"Two"});
        QCOMPARE(queuedPaths(*m_controller), QStringList{tracks[1].path});
    }

    // The queue page is the controller's queue itself: tracks queued from anywhere arrive as new
    // rows (not a list filled again), so the listener's selection stays where it was; each row
    // has the track's title and length.
    void theQueueFollowsRowByRow()
    {
        QList<library::Track> tracks;
        for (const PlaylistEntry& entry : std::as_const(m_tracks))
            tracks << playlist::trackFor(entry);
        m_controller->setQueue(tracks.mid(0, 2));
        QListView* queue = m_sidebar->queueView();
        QCOMPARE(queue->model(), &m_controller->queue());
        queue->setCurrentIndex(queue->model()->index(1, 0));
        QSignalSpy reset(queue->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(queue->model(), &QAbstractItemModel::rowsInserted);
        m_controller->playNext({tracks[2]});
        m_controller->addToQueue({tracks[0]});
        QCOMPARE(shownTitles(queue), (QStringList{"Three", "One", "Two", "One"}));
        QCOMPARE(inserted.size(), 2);
        QVERIFY(reset.isEmpty());
        const QModelIndexList selected = queue->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), QStringLiteral("Two"));
        QCOMPARE(selected.first().data(playlist::PlayQueue::DurationRole).toLongLong(), 200'000);
    }

    // The lower pane reads as a section: "Up next" with the queue's tracks and length over the
    // queue, following it, and the playlist's name over a playlist.
    void theLowerPaneHasAHeading()
    {
        auto* title = m_sidebar->findChild<QLabel*>(QStringLiteral("sidebarPageTitle"));
        auto* summary = m_sidebar->findChild<QLabel*>(QStringLiteral("sidebarPageSummary"));
        QVERIFY(title && summary);
        QCOMPARE(title->text(), QStringLiteral("Up next"));
        QCOMPARE(summary->text(), QStringLiteral("Nothing queued"));
        QList<library::Track> tracks;
        for (const PlaylistEntry& entry : std::as_const(m_tracks))
            tracks << playlist::trackFor(entry);
        const auto minutes = [](const QList<library::Track>& queued) {
            qint64 total = 0;
            for (const library::Track& track : queued)
                total += track.durationMs;
            return (total + 30000) / 60000;
        };
        m_controller->setQueue(tracks);
        QCOMPARE(summary->text(), QStringLiteral("3 tracks · %1 min").arg(minutes(tracks)));
        const library::Track again = tracks[1];
        m_controller->addToQueue({again});
        tracks << again;
        QCOMPARE(summary->text(), QStringLiteral("4 tracks · %1 min").arg(minutes(tracks)));
        m_sidebar->selectPlaylist(QStringLiteral("Road"));
        QCOMPARE(title->text(), QStringLiteral("Road"));
        QCOMPARE(summary->text(), QString());
    }
};

QTEST_MAIN(TestPlaylistSidebar)
#include "tst_playlistsidebar.moc"
