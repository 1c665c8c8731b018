#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/NavigationHistory.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace liner;
using gui::Location;
using View = Location::View;

// Back and Forward through every view of the window, and the history they walk.
class TestNavigation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_music;
    QStringList m_folders;
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Unpaced};

    static QString shownView(gui::MainWindow& window)
    {
        return window.findChild<QStackedWidget*>(QStringLiteral("mainViews"))
            ->currentWidget()
            ->objectName();
    }
    static QString albumTitle(gui::MainWindow& window)
    {
        return window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"))->text();
    }
    // Clicks the album of this title in the home grid.
    static bool clickAlbum(gui::MainWindow& window, const QString& title)
    {
        auto* grid = window.findChild<QListView*>(QStringLiteral("albumList"));
        for (int row = 0; row < grid->model()->rowCount(); ++row) {
            const QModelIndex index = grid->model()->index(row, 0);
            if (index.data().toString().startsWith(title)) {
                grid->scrollTo(index);
                QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                                  grid->visualRect(index).center());
                return true;
            }
        }
        return false;
    }
    static void mouseButton(QWidget* widget, Qt::MouseButton button)
    {
        const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
        QMouseEvent press(QEvent::MouseButtonPress, at, widget->mapToGlobal(at), button, button,
                          Qt::NoModifier);
        QApplication::sendEvent(widget, &press);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        for (const char* album : {"Alpha", "Beta"}) {
            const QString folder = m_music.filePath(QString::fromLatin1(album));
            QVERIFY(QDir().mkpath(folder));
            for (int number = 1; number <= 2; ++number) {
                demo::FixtureTags tags;
                tags.title = QStringLiteral("%1 %2").arg(QString::fromLatin1(album)).arg(number);
                tags.album = QString::fromLatin1(album);
                tags.artist = QStringLiteral("Band");
                tags.trackNumber = number;
                QCOMPARE(demo::writeFixture(
                             QDir(folder).filePath(QStringLiteral("%1.flac").arg(number)),
                             demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410), tags),
                         QString());
            }
            m_folders << folder;
        }
    }

    void historyIsABrowsersHistory()
    {
        gui::NavigationHistory history;
        QCOMPARE(history.current().view, View::Home);
        QVERIFY(!history.canGoBack());
        history.visit({View::Album, QStringLiteral("a")});
        history.visit({View::Album, QStringLiteral("a")}); // where one is already: no step
        history.visit({View::Booklet, QStringLiteral("a")});
        QCOMPARE(history.back(), (Location{View::Album, QStringLiteral("a")}));
        QCOMPARE(history.back(), (Location{View::Home, {}}));
        QCOMPARE(history.back(), (Location{View::Home, {}}));
        QCOMPARE(history.forward(), (Location{View::Album, QStringLiteral("a")}));
        // Somewhere new after going back forgets what was ahead.
        history.visit({View::NowPlaying, {}});
        QVERIFY(!history.canGoForward());
        history.visit({View::Search, QStringLiteral("r")});
        history.replace({View::Search, QStringLiteral("rain")});
        QCOMPARE(history.current().key, QStringLiteral("rain"));
        QCOMPARE(history.back().view, View::NowPlaying);
        // A long walk keeps the last hundred places.
        for (int i = 0; i < 250; ++i)
            history.visit({View::Album, QString::number(i)});
        int steps = 0;
        while (history.canGoBack()) {
            history.back();
            ++steps;
        }
        QCOMPARE(steps, 99);
    }

    void everyViewIsReachedAndLeft()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        library::LibraryUpdater updater(m_music.filePath(QStringLiteral("library.sqlite")));
        window.connectLibrary(updater, m_folders.first());
        window.resize(1300, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy passes(&updater, &library::LibraryUpdater::finished);
        updater.setFolders(m_folders);
        QVERIFY(passes.wait(20000));
        auto* back = window.findChild<QToolButton*>(QStringLiteral("backButton"));
        auto* forward = window.findChild<QToolButton*>(QStringLiteral("forwardButton"));

        // The start opens the album Liner was started on; the album grid is one step back.
        QCOMPARE(shownView(window), QStringLiteral("albumPage"));
        QCOMPARE(albumTitle(window), QStringLiteral("Alpha"));
        QVERIFY(back->isEnabled() && !forward->isEnabled());
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(shownView(window), QStringLiteral("libraryPane"));
        QVERIFY(!back->isEnabled() && forward->isEnabled());

        // Grid → Beta → its booklet → Now Playing, then back through each.
        QVERIFY(clickAlbum(window, QStringLiteral("Beta")));
        QCOMPARE(shownView(window), QStringLiteral("albumPage"));
        QCOMPARE(albumTitle(window), QStringLiteral("Beta"));
        QVERIFY(!forward->isEnabled());
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(shownView(window), QStringLiteral("bookletView"));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(shownView(window), QStringLiteral("nowPlayingView"));
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(shownView(window), QStringLiteral("bookletView"));
        // The mouse's back button, wherever the pointer is.
        mouseButton(window.findChild<QWidget*>(QStringLiteral("bookletView")), Qt::BackButton);
        QCOMPARE(shownView(window), QStringLiteral("albumPage"));
        QCOMPARE(albumTitle(window), QStringLiteral("Beta"));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(shownView(window), QStringLiteral("libraryPane"));
        // Going to Beta from the grid forgot the first album ahead of it, as a browser does.
        QVERIFY(!back->isEnabled());
        mouseButton(window.findChild<QWidget*>(QStringLiteral("libraryPane")), Qt::ForwardButton);
        QCOMPARE(shownView(window), QStringLiteral("albumPage"));
        QCOMPARE(albumTitle(window), QStringLiteral("Beta"));

        // A smart playlist shown in the album's place is no dead end: its album opens again.
        window.showSmartPlaylist(QStringLiteral("Liked"),
                                 window.libraryPane().albums().album(0).tracks);
        QCOMPARE(albumTitle(window), QStringLiteral("Liked"));
        QTest::keyClick(&window, Qt::Key_Home, Qt::AltModifier);
        QCOMPARE(shownView(window), QStringLiteral("libraryPane"));
        const QString first = window.libraryPane().albums().album(0).title;
        QVERIFY(clickAlbum(window, first));
        QCOMPARE(shownView(window), QStringLiteral("albumPage"));
        QCOMPARE(albumTitle(window), first);

        // A search is a place too, however long its text; Esc clears it and goes back to
        // where it started.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("beta"));
        QCOMPARE(shownView(window), QStringLiteral("libraryPane"));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(shownView(window), QStringLiteral("albumPage"));
        QCOMPARE(albumTitle(window), first);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(shownView(window), QStringLiteral("libraryPane"));
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
