#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/TrackContextMenu.h"
#include "gui/TrackStatsColumns.h"
#include "library/LibraryScanner.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "support/AudioCapture.h"
#include "support/WindowFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>

using namespace liner;

namespace {

QAction* actionNamed(const QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Opens the widget's context menu as a right click does and, once it shows, picks the item at
// `path` (through submenus), as a click on it would: the menu closes, then the action runs.
bool chooseFromContextMenu(QWidget* viewport, const QPoint& at, const QStringList& path)
{
    bool found = false;
    QTimer::singleShot(0, viewport, [&found, path] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QMenu* top = menu;
        QAction* action = nullptr;
        for (const QString& text : path) {
            action = menu ? actionNamed(*menu, text) : nullptr;
            menu = action ? action->menu() : nullptr;
        }
        if (top)
            top->hide();
        if (action && action->isEnabled()) {
            found = true;
            action->trigger();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    QTest::qWait(0);
    return found;
}

} // namespace

// The album's track table and its context menu, with a real engine into an ALSA capture, a real
// playlist store and play statistics in a temporary folder.
class TestTrackContextMenu : public QObject
{
    Q_OBJECT

private:
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Unpaced};
    QTemporaryDir m_dir;
    QList<library::Track> m_album;
    std::unique_ptr<testing::WindowFixture> m_app;
    playlist::PlaybackController* m_controller = nullptr; // in m_app
    gui::MainWindow* m_window = nullptr;                  // in m_app
    std::unique_ptr<playlist::PlaylistStore> m_store;
    std::unique_ptr<playlist::PlayStats> m_stats;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<gui::TrackContextMenu> m_menu;
    QTableView* m_table = nullptr;

    void selectRows(const QList<int>& rows)
    {
        m_table->clearSelection();
        for (const int row : rows)
            m_table->selectionModel()->select(m_table->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
    }
    bool choose(const QStringList& path)
    {
        return chooseFromContextMenu(
            m_table->viewport(), m_table->visualRect(m_table->model()->index(0, 1)).center(), path);
    }
    QStringList locations(const QString& playlist) const
    {
        QStringList paths;
        for (const playlist::PlaylistEntry& entry : m_store->entries(playlist))
            paths << entry.localPath;
        return paths;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        const QString folder = m_dir.filePath(QStringLiteral("Album"));
        QVERIFY(QDir().mkpath(folder));
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(number);
            tags.artist = QStringLiteral("Band");
            tags.album = QStringLiteral("Album");
            tags.trackNumber = number;
            QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.flac").arg(folder).arg(number),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 4410 * number), tags)
                        .isEmpty());
        }
        m_album = library::LibraryScanner::scan({folder});
        QCOMPARE(m_album.size(), 3);
    }

    void init()
    {
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
        m_app = std::make_unique<testing::WindowFixture>();
        m_controller = &m_app->controller;
        m_window = &m_app->window;
        m_store = std::make_unique<playlist::PlaylistStore>(
            m_dir.filePath(QStringLiteral("data/playlists")));
        m_store->load();
        QCOMPARE(m_store->create(QStringLiteral("Road")), QString());
        m_stats = std::make_unique<playlist::PlayStats>(
            m_dir.filePath(QStringLiteral("data/play-stats.json")));
        m_undo = std::make_unique<QUndoStack>();
        m_menu =
            std::make_unique<gui::TrackContextMenu>(*m_store, *m_undo, *m_controller, *m_stats);
        m_window->setTrackMenu(*m_menu);
        // With its notes in: their arrival changes the table's rows too, and the tests look at
        // what the table was told last.
        QVERIFY(testing::showAlbum(*m_window, m_album));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_table = m_window->findChild<QTableView*>(QStringLiteral("trackTable"));
        QVERIFY(m_table);
    }

    void cleanup()
    {
        m_controller->stop();
        QTRY_COMPARE(m_controller->state(), engine::PlaybackState::Stopped);
        m_app.reset();
        m_menu.reset();
        m_undo.reset();
        m_stats.reset();
        m_store.reset();
    }

    // All selected rows go to the end of the chosen playlist, as one undoable edit.
    void addsTheSelectedTracksToAPlaylist()
    {
        selectRows({0, 2});
        QVERIFY(choose({QStringLiteral("Add to playlist"), QStringLiteral("Road")}));
        QCOMPARE(locations(QStringLiteral("Road")),
                 (QStringList{m_album[0].path, m_album[2].path}));
        QCOMPARE(m_store->entries(QStringLiteral("Road")).first().title,
                 QStringLiteral("Band - Song 1"));
        m_undo->undo();
        QVERIFY(m_store->entries(QStringLiteral("Road")).isEmpty());
        m_undo->redo();
        // What a restart finds.
        playlist::PlaylistStore reloaded(m_store->folder());
        QVERIFY(reloaded.load().isEmpty());
        QCOMPARE(reloaded.entries(QStringLiteral("Road")).size(), 2);
    }

    // "New playlist…" asks for a name and makes the playlist with the tracks in it.
    void makesANewPlaylistOfTheSelectedTracks()
    {
        selectRows({1, 2});
        QTimer::singleShot(50, this, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), QStringLiteral("New playlist"));
            dialog->setTextValue(QStringLiteral("Night drive"));
            dialog->accept();
        });
        QVERIFY(choose({QStringLiteral("Add to playlist"), QStringLiteral("New playlist…")}));
        QCOMPARE(m_store->names(), (QStringList{"Night drive", "Road"}));
        QCOMPARE(locations(QStringLiteral("Night drive")),
                 (QStringList{m_album[1].path, m_album[2].path}));
        m_undo->undo();
        QCOMPARE(m_store->names(), QStringList{"Road"});
    }

    // "Play next" with nothing playing puts the tracks first; "Add to queue" after the rest. The
    // engine then plays them in that order, and the window names what is heard.
    void queuesTracksThatThenPlayInThatOrder()
    {
        selectRows({2});
        QVERIFY(choose({QStringLiteral("Play next")}));
        selectRows({0, 1});
        QVERIFY(choose({QStringLiteral("Add to queue")}));
        QStringList queued;
        for (const library::Track& track : m_controller->queue().tracks())
            queued << QFileInfo(track.path).fileName();
        QCOMPARE(queued, (QStringList{"3.flac", "1.flac", "2.flac", "3.flac", "1.flac", "2.flac"}));

        auto* nowPlaying = m_window->findChild<QLabel*>(QStringLiteral("titleLabel"));
        QVERIFY(nowPlaying);
        QStringList heard;
        QStringList shown;
        connect(m_controller, &playlist::PlaybackController::trackStarted, this,
                [this, &heard, &shown, nowPlaying](int index) {
                    heard << QFileInfo(m_controller->queue().track(index).path).fileName();
                    shown << nowPlaying->text();
                });
        QSignalSpy finished(m_controller, &playlist::PlaybackController::finished);
        m_controller->playPause();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        // The window's idea of the queue followed the edits: it names the track heard.
        QCOMPARE(shown.size(), queued.size());
        for (int i = 0; i < shown.size(); ++i)
            QVERIFY2(shown[i].contains(QStringLiteral("Song %1").arg(queued[i].at(0))),
                     qPrintable(shown[i]));
        QCOMPARE(heard, queued);
    }

    // Rate ▸ sets the rating of every selected track: shown as stars in the table, kept in the
    // statistics file; plays are counted in their own column.
    void ratesTracksAndShowsRatingsAndPlays()
    {
        QAbstractItemModelTester tester(m_table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int ratingColumn = library::TrackModel::ColumnCount;
        const int playsColumn = ratingColumn + 1;
        QCOMPARE(m_table->model()->columnCount(), playsColumn + 1);
        QCOMPARE(m_table->model()->headerData(ratingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Rating"));
        selectRows({0, 1});
        // The view learns of the change, through the mood/character filter above the columns.
        QSignalSpy repaint(m_table->model(), &QAbstractItemModel::dataChanged);
        QVERIFY(choose({QStringLiteral("Rate"), gui::TrackStatsColumns::stars(4)}));
        // The album's notes, read off the UI thread, may change other columns meanwhile: one of
        // the changes is the rating's.
        QVERIFY(std::ranges::any_of(repaint, [ratingColumn](const QList<QVariant>& change) {
            const QModelIndex from = change.at(0).toModelIndex();
            const QModelIndex to = change.at(1).toModelIndex();
            return from.row() <= 1 && to.row() >= 1 && from.column() <= ratingColumn &&
                   to.column() >= ratingColumn;
        }));
        QCOMPARE(m_stats->rating(m_album[0].path), 4);
        QCOMPARE(m_stats->rating(m_album[1].path), 4);
        QCOMPARE(m_stats->rating(m_album[2].path), 0);
        QCOMPARE(m_table->model()->index(0, ratingColumn).data().toString(),
                 QStringLiteral("★★★★☆"));
        QCOMPARE(m_table->model()->index(2, ratingColumn).data().toString(), QString());
        selectRows({1});
        QVERIFY(choose({QStringLiteral("Rate"), QStringLiteral("No rating")}));
        QCOMPARE(m_table->model()->index(1, ratingColumn).data().toString(), QString());

        playlist::PlayStats reread(m_stats->filePath());
        QCOMPARE(reread.load(), QString());
        QCOMPARE(reread.rating(m_album[0].path), 4);
        QCOMPARE(reread.rating(m_album[1].path), 0);

        // As main() counts them: each track heard is one play.
        connect(
            m_controller, &playlist::PlaybackController::trackStarted, m_stats.get(),
            [this](int index) { m_stats->recordPlay(m_controller->queue().track(index).path); });
        QSignalSpy finished(m_controller, &playlist::PlaybackController::finished);
        m_controller->playIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(m_table->model()->index(0, playsColumn).data().toString(), QString());
        QCOMPARE(m_table->model()->index(1, playsColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(m_table->model()->index(2, playsColumn).data().toString(), QStringLiteral("1"));
    }

    // The same menu on the library's search results (the tracks selected, in the order shown)
    // and on the album list (every track of the albums selected), with the library scanned for
    // real.
    void searchResultsAndAlbumsHaveTheMenuToo()
    {
        library::LibraryUpdater updater(m_dir.filePath(QStringLiteral("data/library.sqlite")));
        m_window->connectLibrary(updater, {});
        QSignalSpy scanned(&updater, &library::LibraryUpdater::finished);
        updater.setFolders({m_dir.filePath(QStringLiteral("Album"))});
        QVERIFY(scanned.wait(60000));

        auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("Song"));
        auto* results = m_window->findChild<gui::TrackSearchTable*>();
        QVERIFY(results);
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->model()->rowCount(), 3);
        results->sortByColumn(1, Qt::DescendingOrder);
        results->clearSelection();
        for (const int row : {0, 2})
            results->selectionModel()->select(results->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
        QVERIFY(chooseFromContextMenu(results->viewport(),
                                      results->visualRect(results->model()->index(0, 1)).center(),
                                      {QStringLiteral("Add to playlist"), QStringLiteral("Road")}));
        QCOMPARE(locations(QStringLiteral("Road")),
                 (QStringList{m_album[2].path, m_album[0].path}));
        search->clear();

        auto* albums = m_window->findChild<QListView*>(QStringLiteral("albumList"));
        QVERIFY(albums);
        QCOMPARE(albums->model()->rowCount(), 1);
        const qsizetype queued = m_controller->queue().size();
        albums->selectionModel()->select(albums->model()->index(0, 0),
                                         QItemSelectionModel::ClearAndSelect);
        QVERIFY(chooseFromContextMenu(albums->viewport(),
                                      albums->visualRect(albums->model()->index(0, 0)).center(),
                                      {QStringLiteral("Add to queue")}));
        QStringList added;
        for (qsizetype i = queued; i < m_controller->queue().size(); ++i)
            added << QFileInfo(m_controller->queue().track(i).path).fileName();
        QCOMPARE(added, (QStringList{"1.flac", "2.flac", "3.flac"}));
    }

    // From the keyboard, the albums' menu (the Menu key) does what the grid's hover buttons do:
    // Play, on top, plays the album from its first track in place of the queue.
    void albumsMenuOpensWithPlay()
    {
        library::LibraryUpdater updater(m_dir.filePath(QStringLiteral("data/library.sqlite")));
        m_window->connectLibrary(updater, {});
        QSignalSpy scanned(&updater, &library::LibraryUpdater::finished);
        updater.setFolders({m_dir.filePath(QStringLiteral("Album"))});
        QVERIFY(scanned.wait(60000));
        m_controller->setQueue({m_album[2]});
        QSignalSpy started(m_controller, &playlist::PlaybackController::trackStarted);

        auto* albums = m_window->findChild<QListView*>(QStringLiteral("albumList"));
        QVERIFY(albums);
        albums->selectionModel()->select(albums->model()->index(0, 0),
                                         QItemSelectionModel::ClearAndSelect);
        QStringList items;
        QTimer::singleShot(0, albums, [&items] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* action : menu->actions())
                items << action->text();
            menu->hide();
            menu->actions().constFirst()->trigger();
        });
        const QPoint at = albums->visualRect(albums->model()->index(0, 0)).center();
        QContextMenuEvent key(QContextMenuEvent::Keyboard, at, albums->viewport()->mapToGlobal(at));
        QApplication::sendEvent(albums->viewport(), &key);
        QCOMPARE(items.mid(0, 3), (QStringList{"Play", "Play next", "Add to queue"}));
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 20000);
        QCOMPARE(started.first().at(0).toInt(), 0);
        QStringList queued;
        for (qsizetype i = 0; i < m_controller->queue().size(); ++i)
            queued << QFileInfo(m_controller->queue().track(i).path).fileName();
        QCOMPARE(queued, (QStringList{"1.flac", "2.flac", "3.flac"}));
        // The track table's own menu has no Play: a double click or Enter plays there.
        selectRows({1});
        QVERIFY(!choose({QStringLiteral("Play")}));
    }
};

QTEST_MAIN(TestTrackContextMenu)
#include "tst_trackcontextmenu.moc"
