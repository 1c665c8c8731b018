#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/AlbumDelegate.h"
#include "gui/MainWindow.h"
#include "gui/TrackSearchTable.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"
#include "support/Unprivileged.h"
#include "support/WindowFixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <string_view>

using namespace liner;
using library::TrackModel;

namespace {

// Two albums of three short FLAC tracks, tagged with titles, moods and (for one) Hangul, in a
// library the window reads through a real LibraryUpdater.
struct Library
{
    QTemporaryDir music;
    QTemporaryDir cache;

    bool write()
    {
        const struct
        {
            const char* album;
            const char* titles[3];
            const char* mood;
        } albums[] = {
            {"Alpha", {"Morning Rain", "Quiet Harbour", "Second Light"}, "Calm"},
            {"눈물의 여왕", {"Rain on the Glass", "Winter Garden", "홍해인"}, "Longing"},
        };
        for (const auto& album : albums) {
            const QString folder = music.filePath(QString::fromUtf8(album.album));
            if (!QDir().mkpath(folder))
                return false;
            for (int number = 1; number <= 3; ++number) {
                demo::FixtureTags tags;
                tags.album = QString::fromUtf8(album.album);
                tags.albumArtist = QStringLiteral("Liner");
                tags.title = QString::fromUtf8(album.titles[number - 1]);
                tags.mood = number == 2 ? QString::fromUtf8(album.mood) : QString();
                tags.trackNumber = number;
                // One album with its cover, one without (the grid shows a blank sleeve).
                tags.embedCover = album.mood == std::string_view("Calm");
                const QString path = QStringLiteral("%1/%2.flac").arg(folder).arg(number);
                if (!demo::writeFixture(path, demo::FixtureFormat::Flac,
                                        demo::fixtureSignal(44100, 2, 44100 * 3), tags)
                         .isEmpty())
                    return false;
            }
        }
        return true;
    }
};

// An album of two tracks with a third in a subfolder, "Locked", that is then made unreadable, and
// a symbolic link from inside the album back to the top, a loop the walk must not follow.
// Returns the locked folder's path, empty on failure.
QString writeTreeWithLockedFolder(const QString& root)
{
    const QString locked = root + QStringLiteral("/Album/Locked");
    if (!QDir().mkpath(locked))
        return {};
    for (const QString& path :
         {root + QStringLiteral("/Album/1.flac"), root + QStringLiteral("/Album/2.flac"),
          locked + QStringLiteral("/3.flac")}) {
        demo::FixtureTags tags;
        tags.album = QStringLiteral("Album");
        if (!demo::writeFixture(path, demo::FixtureFormat::Flac,
                                demo::fixtureSignal(44100, 2, 4410), tags)
                 .isEmpty())
            return {};
    }
    if (!QFile::link(root, root + QStringLiteral("/Album/loop")))
        return {};
    if (!testing::openToEveryone(root) || !testing::lockFolder(locked))
        return {};
    return locked;
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

// The library's search shows the matching tracks of every album, sortable and playable, and the
// albums can be seen as a grid of covers, a choice the next window remembers.
class TestLibraryBrowse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        QVERIFY(m_library.write());
        m_capture.applyToThisProcess();
    }

    void searchListsTracksAcrossAlbumsSortsAndPlays()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        library::LibraryUpdater updater(m_library.cache.filePath(QStringLiteral("lib.sqlite")));
        QSignalSpy finished(&updater, &library::LibraryUpdater::finished);
        window.connectLibrary(updater, m_library.music.filePath(QStringLiteral("Alpha")));
        updater.setFolders({m_library.music.path()});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

        auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        auto* albumTable = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        auto* results = window.findChild<gui::TrackSearchTable*>();
        auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
        QVERIFY(search && albumTable && results && title);
        QAbstractItemModelTester tester(&results->libraryTracks(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester resultsTester(
            results->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(title->text(), QStringLiteral("Alpha"));
        QVERIFY(albumTable->isVisible());
        QVERIFY(!results->isVisible());
        QVERIFY(albumTable->isColumnHidden(TrackModel::AlbumColumn));

        // A word in titles of both albums: their tracks, with the album they belong to.
        QTest::keyClicks(search, QStringLiteral("rain"));
        QVERIFY(results->isVisible());
        QVERIFY(!albumTable->isVisible());
        QAbstractItemModel& shown = *results->model();
        QCOMPARE(
            column(shown, TrackModel::TitleColumn),
            (QStringList{QStringLiteral("Morning Rain"), QStringLiteral("Rain on the Glass")}));
        QCOMPARE(column(shown, TrackModel::AlbumColumn),
                 (QStringList{QStringLiteral("Alpha"), QString::fromUtf8("눈물의 여왕")}));
        // The albums are filtered by the same words.
        QCOMPARE(window.findChild<QListView*>(QStringLiteral("albumList"))->model()->rowCount(), 2);
        // An album name, a mood and Hangul find tracks too.
        search->setText(QString::fromUtf8("눈물"));
        QCOMPARE(shown.rowCount(), 3);
        search->setText(QStringLiteral("longing"));
        QCOMPARE(column(shown, TrackModel::TitleColumn),
                 QStringList{QStringLiteral("Winter Garden")});
        search->setText(QString::fromUtf8("홍해인"));
        QCOMPARE(column(shown, TrackModel::TitleColumn), QStringList{QString::fromUtf8("홍해인")});
        search->setText(QStringLiteral("zzz-nothing"));
        QCOMPARE(shown.rowCount(), 0);

        // Sorted by a header click: titles descending, then by track number.
        search->setText(QStringLiteral("liner"));
        QCOMPARE(shown.rowCount(), 6);
        QHeaderView* header = results->horizontalHeader();
        const auto clickHeader = [header](int section) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                       header->height() / 2));
        };
        clickHeader(TrackModel::TitleColumn);
        if (header->sortIndicatorOrder() != Qt::DescendingOrder)
            clickHeader(TrackModel::TitleColumn);
        QCOMPARE(header->sortIndicatorSection(), int(TrackModel::TitleColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QStringList descending{
            QString::fromUtf8("홍해인"),     QStringLiteral("Winter Garden"),
            QStringLiteral("Second Light"),  QStringLiteral("Rain on the Glass"),
            QStringLiteral("Quiet Harbour"), QStringLiteral("Morning Rain")};
        QCOMPARE(column(shown, TrackModel::TitleColumn), descending);

        // Enter on the second row plays the results in the order shown, from that row.
        QSignalSpy current(&controller, &playlist::PlaybackController::currentIndexChanged);
        results->setFocus();
        results->setCurrentIndex(shown.index(1, TrackModel::TitleColumn));
        QTest::keyClick(results, Qt::Key_Return);
        // The engine says it plays a moment before it says which track it started.
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 1, 20000);
        QCOMPARE(controller.state(), engine::PlaybackState::Playing);
        QCOMPARE(controller.queue().size(), 6);
        QVERIFY(controller.queue().track(1).path.endsWith(QString::fromUtf8("눈물의 여왕/2.flac")));
        QVERIFY(controller.queue().track(2).path.endsWith(u"Alpha/3.flac"));
        QTRY_VERIFY(shown.index(1, 0).data(TrackModel::PlayingRole).toBool());
        QCOMPARE(shown.index(1, 0).data().toString(), QStringLiteral("▶"));
        // Next goes on down the results: the mark follows, in this view too.
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 2, 20000);
        QTRY_VERIFY(shown.index(2, 0).data(TrackModel::PlayingRole).toBool());
        QVERIFY(!shown.index(1, 0).data(TrackModel::PlayingRole).toBool());
        // A narrower search keeps the mark on the playing track.
        search->setText(QStringLiteral("second"));
        QCOMPARE(shown.rowCount(), 1);
        QVERIFY(shown.index(0, 0).data(TrackModel::PlayingRole).toBool());

        if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            search->setText(QStringLiteral("rain"));
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/window-track-search.png")));
        }

        // Esc clears the search, which gives the album's table back, the album unchanged.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QVERIFY(albumTable->isVisible());
        QCOMPARE(window.findChild<QListView*>(QStringLiteral("albumList"))->currentIndex().row(),
                 0);
        QVERIFY(!results->isVisible());
        QCOMPARE(title->text(), QStringLiteral("Alpha"));
        QCOMPARE(albumTable->model()->rowCount(), 3);
        QCOMPARE(controller.state(), engine::PlaybackState::Playing);
        controller.stop();
        QTRY_COMPARE(controller.state(), engine::PlaybackState::Stopped);
    }

    void albumGridIsRememberedAndSharesTheSelection()
    {
        {
            testing::WindowFixture fixture;
            const desktop::Settings& settings = fixture.settings;
            gui::MainWindow& window = fixture.window;
            // The grid until the listener chooses the list.
            QVERIFY(settings.albumGrid());
            library::LibraryUpdater updater(m_library.cache.filePath(QStringLiteral("lib.sqlite")));
            QVERIFY(showWithLibrary(window, updater));

            auto* albums = window.findChild<QListView*>(QStringLiteral("albumList"));
            auto* button = window.findChild<QToolButton*>(QStringLiteral("albumGridButton"));
            auto* home = window.findChild<QToolButton*>(QStringLiteral("homeButton"));
            QVERIFY(albums && button && home);
            // Home is a grid of covers, side by side, each album's text under its cover.
            QTest::mouseClick(home, Qt::LeftButton);
            QVERIFY(albums->isVisible());
            QCOMPARE(albums->viewMode(), QListView::IconMode);
            QCOMPARE(albums->iconSize().width(), library::AlbumModel::kThumbnailPixels);
            const QAbstractItemModel* model = albums->model();
            const QRect first = albums->visualRect(model->index(0, 0));
            const QRect second = albums->visualRect(model->index(1, 0));
            QCOMPARE(first.top(), second.top());
            QVERIFY(second.left() >= first.right());
            QVERIFY(first.height() > library::AlbumModel::kThumbnailPixels);
            // The columns share the width, at any width: no cell's worth left empty at the right,
            // and no column fewer than cells of the tiles' own size would make. QListView fills a
            // row as if its scroll bar showed, from a spacing in, up to the row's last pixel.
            const int cell =
                gui::AlbumDelegate::gridCell(albums->iconSize(), albums->fontMetrics()).width();
            const QSize shown = window.size();
            for (const int width : {1400, 1010, 900}) {
                window.resize(width, window.height());
                QTRY_COMPARE(window.width(), width);
                const int bar = albums->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                                             albums->verticalScrollBar());
                const int room =
                    albums->maximumViewportSize().width() - bar - 1 - albums->spacing();
                const QRect first = albums->visualRect(model->index(0, 0));
                const int step = albums->visualRect(model->index(1, 0)).left() - first.left();
                const int columns = room / std::max(1, step);
                QVERIFY2(step >= cell && columns == room / cell && room - columns * step < columns,
                         qPrintable(QStringLiteral("%1 px for columns of %2 (cells of %3)")
                                        .arg(room)
                                        .arg(step)
                                        .arg(cell)));
            }
            window.resize(shown);
            QTRY_VERIFY(!model->index(0, 0).data(Qt::DecorationRole).isNull());
            if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
                QTest::qWait(300);
                QVERIFY(window.grab().save(dir + QStringLiteral("/window-album-grid.png")));
            }
            // A click in the grid opens an album.
            QTest::mouseClick(albums->viewport(), Qt::LeftButton, {}, second.center());
            auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
            QCOMPARE(title->text(), QString::fromUtf8("눈물의 여왕"));
            QVERIFY(!albums->isVisible());

            // The button by the count turns the same view, model and choice into a list.
            QTest::mouseClick(home, Qt::LeftButton);
            QTest::mouseClick(button, Qt::LeftButton);
            QCOMPARE(albums->viewMode(), QListView::ListMode);
            QCOMPARE(albums->model(), model);
            QCOMPARE(albums->currentIndex().row(), 1);
            QVERIFY(!settings.albumGrid());
            QTest::mouseClick(albums->viewport(), Qt::LeftButton, {},
                              albums->visualRect(model->index(0, 0)).center());
            QCOMPARE(title->text(), QStringLiteral("Alpha"));

            // The View menu holds the same choice.
            QAction* action = nullptr;
            for (QAction* menu : window.menuBar()->actions()) {
                for (QAction* item : menu->menu()->actions()) {
                    if (item->objectName() == u"albumGridAction")
                        action = item;
                }
            }
            QVERIFY(action);
            QVERIFY(!action->isChecked());
            action->trigger();
            QCOMPARE(albums->viewMode(), QListView::IconMode);
            QVERIFY(settings.albumGrid());
            QCOMPARE(albums->currentIndex().row(), 0);
            action->trigger();
            QVERIFY(!settings.albumGrid());
            action->trigger();
        }
        // A new window opens on the grid.
        testing::WindowFixture again;
        QCOMPARE(again.window.findChild<QListView*>(QStringLiteral("albumList"))->viewMode(),
                 QListView::IconMode);
        QVERIFY(again.window.libraryPane().isGridShown());
    }

    // Under the pointer a tile shows round Play and Add buttons on its cover: Play plays the
    // album from its first track, Add appends it to the queue, and neither opens the album; a
    // click elsewhere on the cover still does.
    void albumTileButtonsPlayAndQueue()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        library::LibraryUpdater updater(m_library.cache.filePath(QStringLiteral("lib.sqlite")));
        QVERIFY(showWithLibrary(window, updater));
        auto* albums = window.findChild<QListView*>(QStringLiteral("albumList"));
        auto* home = window.findChild<QToolButton*>(QStringLiteral("homeButton"));
        auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
        auto* tiles = qobject_cast<gui::AlbumDelegate*>(albums->itemDelegate());
        QVERIFY(albums && home && title && tiles);
        QTest::mouseClick(home, Qt::LeftButton);
        QCOMPARE(albums->viewMode(), QListView::IconMode);
        const QString opened = title->text();
        const QModelIndex alpha = albums->model()->index(0, 0);
        const QModelIndex tears = albums->model()->index(1, 0);
        QTRY_VERIFY(!alpha.data(Qt::DecorationRole).isNull());
        const auto centreOf = [&](const QModelIndex& index, gui::AlbumDelegate::TileButton wanted) {
            const QRect tile = albums->visualRect(index);
            QList<QPoint> points;
            for (int y = tile.top(); y <= tile.bottom(); ++y)
                for (int x = tile.left(); x <= tile.right(); ++x)
                    if (tiles->buttonAt(index, {x, y}) == wanted)
                        points << QPoint(x, y);
            if (points.isEmpty())
                return QPoint();
            return QRect(points.first(), points.last()).center();
        };
        const QPoint play = centreOf(alpha, gui::AlbumDelegate::TileButton::Play);
        const QPoint add = centreOf(tears, gui::AlbumDelegate::TileButton::Add);
        QVERIFY(!play.isNull() && !add.isNull());
        // On the cover, apart: two round buttons side by side, not the whole tile.
        QVERIFY(albums->visualRect(alpha).contains(play));
        QCOMPARE(tiles->buttonAt(alpha, albums->visualRect(alpha).topLeft() + QPoint(20, 20)),
                 gui::AlbumDelegate::TileButton::None);

        // The Play button is drawn only while the pointer is over the tile, in the accent colour.
        const QColor accent = albums->palette().color(QPalette::Highlight);
        const auto shownAt = [albums](const QPoint& at) {
            return albums->viewport()->grab().toImage().pixelColor(
                at * albums->viewport()->devicePixelRatio());
        };
        const auto near = [](const QColor& a, const QColor& b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                       std::abs(a.blue() - b.blue()) <
                   40;
        };
        const QPoint playEdge = play + QPoint(0, 12); // in the circle, clear of the glyph
        QTest::mouseMove(albums->viewport(), albums->visualRect(tears).center());
        QTRY_VERIFY(!near(shownAt(playEdge), accent));
        QTest::mouseMove(albums->viewport(), albums->visualRect(alpha).topLeft() + QPoint(40, 40));
        QTRY_VERIFY(near(shownAt(playEdge), accent));
        // Under the pointer the button itself lights up.
        QTest::mouseMove(albums->viewport(), play);
        QTRY_VERIFY(!near(shownAt(playEdge), accent));

        QSignalSpy started(&controller, &playlist::PlaybackController::trackStarted);
        QTest::mouseClick(albums->viewport(), Qt::LeftButton, {}, play);
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 20000);
        QCOMPARE(started.first().at(0).toInt(), 0);
        QCOMPARE(controller.queue().size(), 3);
        QVERIFY(controller.queue().track(0).path.endsWith(u"Alpha/1.flac"));
        QVERIFY(controller.queue().track(2).path.endsWith(u"Alpha/3.flac"));
        // The grid stays; no album was opened by the button.
        QVERIFY(albums->isVisible());
        QCOMPARE(title->text(), opened);

        // Add appends the other album, once even for a double click; what plays goes on.
        QTest::mouseMove(albums->viewport(), add);
        QTest::mouseClick(albums->viewport(), Qt::LeftButton, {}, add);
        QCOMPARE(controller.queue().size(), 6);
        QVERIFY(controller.queue().track(3).path.endsWith(QString::fromUtf8("눈물의 여왕/1.flac")));
        QVERIFY(controller.queue().track(5).path.endsWith(QString::fromUtf8("눈물의 여왕/3.flac")));
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        // Through the window, as the window system delivers one: press, release, press, double
        // click, release.
        QTest::mouseDClick(window.windowHandle(), Qt::LeftButton, {},
                           albums->viewport()->mapTo(&window, add));
        QCOMPARE(controller.queue().size(), 9);
        QVERIFY(albums->isVisible());
        QCOMPARE(controller.currentIndex(), started.constLast().at(0).toInt());
        QVERIFY(controller.queue().track(controller.currentIndex()).path.contains(u"Alpha/"));

        if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::mouseMove(albums->viewport(), add);
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/window-album-grid-hover.png")));
        }

        // Elsewhere on the cover, a click opens the album as before.
        QTest::mouseClick(albums->viewport(), Qt::LeftButton, {},
                          albums->visualRect(tears).topLeft() + QPoint(40, 40));
        QCOMPARE(title->text(), QString::fromUtf8("눈물의 여왕"));
        QVERIFY(!albums->isVisible());
        controller.stop();
        QTRY_COMPARE(controller.state(), engine::PlaybackState::Stopped);
    }

    // A large library is grouped into albums off the UI thread (AlbumModel::kGroupedAsideFrom):
    // a pass that ends before its albums are listed still opens the album Liner was started on,
    // not the first, and shows no "empty library" hint meanwhile.
    void aPassEndingWhileAlbumsAreGroupedKeepsTheStartAlbum()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        window.show();
        QList<library::Track> tracks;
        for (int album = 0; album < 600; ++album) {
            for (int number = 1; number <= 10; ++number) {
                library::Track track;
                track.path = QStringLiteral("/music/Album %1/%2.flac").arg(album).arg(number);
                track.album = QStringLiteral("Album %1").arg(album);
                track.albumArtist = QStringLiteral("Artist");
                track.trackNumber = number;
                tracks << track;
            }
        }
        gui::LibraryPane& pane = window.libraryPane();
        QSignalSpy chosen(&pane, &gui::LibraryPane::albumChosen);
        pane.setPreferredFolder(QStringLiteral("/music/Album 321"));
        pane.albums().setFolders(library::foldersOf(tracks));
        QVERIFY(pane.albums().isGrouping());
        pane.scanFinished();
        auto* hint = window.findChild<QWidget*>(QStringLiteral("emptyLibraryHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisibleTo(&window));
        QTRY_COMPARE(chosen.size(), 1);
        auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Album 321"));
        QVERIFY(!hint->isVisibleTo(&window));
    }

    // A library folder with a subfolder the listener may not open, and a symlink loop: the pass
    // completes, the album shows its readable tracks once and the window names the folder it left
    // out. Root opens every
    // folder, so as root this test runs itself again as `nobody` on a tree made for it.
    void reportsUnreadableFolder()
    {
        const QString given = qEnvironmentVariable("LINER_UNREADABLE_TREE");
        const QStringList asNobody = testing::asNobodyWhenRoot();
        QTemporaryDir tree;
        if (given.isEmpty()) {
            const QString locked = writeTreeWithLockedFolder(tree.path());
            QVERIFY(!locked.isEmpty());
            const auto unlock = qScopeGuard([&locked] { testing::unlockFolder(locked); });
            if (!asNobody.isEmpty()) {
                QProcess child;
                QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
                environment.insert(QStringLiteral("LINER_UNREADABLE_TREE"), tree.path());
                // `nobody` may not open the display this test might be on.
                environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
                child.setProcessEnvironment(environment);
                child.setProcessChannelMode(QProcess::MergedChannels);
                QTemporaryDir scratch;
                const QString self = testing::runnableByNobody(
                    QCoreApplication::applicationFilePath(), scratch.path());
                QVERIFY(!self.isEmpty());
                child.start(asNobody.first(),
                            asNobody.mid(1) << self << QStringLiteral("reportsUnreadableFolder"));
                QVERIFY(child.waitForFinished(300000));
                const QByteArray output = child.readAll();
                QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                         output.constData());
                QVERIFY2(output.contains("PASS   : TestLibraryBrowse::reportsUnreadableFolder()"),
                         output.constData());
                return;
            }
            checkUnreadableFolderIsReported(tree.path());
            return;
        }
        checkUnreadableFolderIsReported(given);
    }

private:
    // Shows the window and has a real scan bring the library's albums into it; false when the
    // window never showed or the scan never finished.
    bool showWithLibrary(gui::MainWindow& window, library::LibraryUpdater& updater)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy finished(&updater, &library::LibraryUpdater::finished);
        window.connectLibrary(updater, {});
        updater.setFolders({m_library.music.path()});
        return QTest::qWaitFor([&finished] { return finished.size() == 1; }, 60000);
    }

    void checkUnreadableFolderIsReported(const QString& root)
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        window.show();
        QTemporaryDir cache;
        library::LibraryUpdater updater(cache.filePath(QStringLiteral("lib.sqlite")));
        QSignalSpy finished(&updater, &library::LibraryUpdater::finished);
        window.connectLibrary(updater, {});
        updater.setFolders({root});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const library::AlbumModel& albums = window.libraryPane().albums();
        QCOMPARE(albums.rowCount(), 1);
        // Each readable track once: the loop was not followed.
        QCOMPARE(albums.album(0).tracks.size(), 2);
        const QString notice = window.statusBar()->currentMessage();
        QVERIFY2(notice.contains(u"1 folder could not be opened") && notice.contains(u"Locked"),
                 qPrintable(notice));
        QVERIFY2(!notice.contains(u"file"), qPrintable(notice));
    }

    testing::PrivateHome m_home;
    Library m_library;
    // Paced as a sound card, so a three-second track is still playing while the test looks.
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced, 1.0};
};

QTEST_MAIN(TestLibraryBrowse)
#include "tst_librarybrowse.moc"
