#include "common/FileName.h"
#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/BookletPages.h"
#include "gui/BookletView.h"
#include "gui/LyricsFlow.h"
#include "gui/MainWindow.h"
#include "gui/NotesBrowser.h"
#include "gui/NotesEditorDialog.h"
#include "gui/PlaylistSidebar.h"
#include "library/LibraryScanner.h"
#include "library/LibraryUpdater.h"
#include "library/TrackModel.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "support/AudioCapture.h"
#include "support/BookletText.h"
#include "support/WindowFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <sys/stat.h>

using namespace liner;

// An album folder of one short track, "Song", number 1, with the given liner-notes.md.
bool writeOneSongAlbum(const QString& folder, const QByteArray& notes)
{
    demo::FixtureTags tags;
    tags.title = QStringLiteral("Song");
    tags.trackNumber = 1;
    if (!demo::writeFixture(QDir(folder).filePath(QStringLiteral("01.flac")),
                            demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410), tags)
             .isEmpty())
        return false;
    QFile file(QDir(folder).filePath(QStringLiteral("liner-notes.md")));
    return file.open(QIODevice::WriteOnly) && file.write(notes) == notes.size();
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
    }

    void listsTheBundledTracksAndPlaysOnDoubleClick()
    {
        {
            testing::WindowFixture app;
            auto [controller, window] = app.parts();
            QAbstractItemModelTester tester(&window.trackModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            const QList<library::Track> tracks =
                library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)});
            window.setAlbum(tracks);

            auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
            QVERIFY(table);
            QCOMPARE(table->model()->rowCount(), tracks.size());
            QVERIFY(tracks.size() >= 8);
            for (int row = 0; row < tracks.size(); ++row)
                QCOMPARE(
                    table->model()->index(row, library::TrackModel::TitleColumn).data().toString(),
                    tracks.at(row).title);
            auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
            QCOMPARE(title->text(), QStringLiteral("Queen of Tears — Liner Demo Album"));
            auto* cover = window.findChild<QLabel*>(QStringLiteral("coverLabel"));
            // Read off the UI thread: not there when setAlbum() returns, shown once it is read.
            QVERIFY(cover->pixmap().isNull());
            QTRY_VERIFY_WITH_TIMEOUT(!cover->pixmap().isNull(), 20000);

            QSignalSpy current(&controller, &playlist::PlaybackController::currentIndexChanged);
            QSignalSpy state(&controller, &playlist::PlaybackController::stateChanged);
            const QRect rowRect =
                table->visualRect(table->model()->index(2, library::TrackModel::TitleColumn));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());

            QTRY_VERIFY_WITH_TIMEOUT(!current.isEmpty(), 10000);
            QCOMPARE(current.first().first().toInt(), 2);
            QVERIFY(!state.isEmpty());
            QCOMPARE(state.first().first().value<engine::PlaybackState>(),
                     engine::PlaybackState::Playing);
            // The playing row is marked in the table.
            QCOMPARE(window.trackModel().playingRow(), 2);
            QCOMPARE(table->model()->index(2, 0).data(library::TrackModel::PlayingRole).toBool(),
                     true);
            controller.stop();
            QTRY_COMPARE(controller.state(), engine::PlaybackState::Stopped);
        } // closing the window's engine completes the capture
        QCOMPARE(m_capture.finishedCaptureFiles().size(), 1);
    }

    // The notes pane shows the selected track's notes, the booklet every track's, and the mood and
    // character filters narrow the table. With LINER_SCREENSHOT_DIR set, the pages are saved as
    // PNGs (that is how docs/ is made).
    void showsNotesBookletAndFilters()
    {
        testing::WindowFixture app(QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs"));
        auto [controller, window] = app.parts();
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<library::Track> tracks =
            library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)});
        QVERIFY(testing::showAlbum(window, tracks));

        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        auto* notes = window.findChild<gui::NotesBrowser*>(QStringLiteral("trackNotesBrowser"));
        auto* booklet = window.findChild<gui::BookletView*>(QStringLiteral("bookletView"));
        QVERIFY(table && notes && booklet);

        table->setCurrentIndex(table->model()->index(2, 1));
        QCOMPARE(window.notesRow(), 2);
        // Pages are rendered off the UI thread.
        QTRY_VERIFY(!notes->isRendering());
        const QString page = notes->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Tears of a Queen")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("Hong Hae-in")), qPrintable(page));
        QVERIFY2(page.split(QLatin1Char(' ')).size() > 80, qPrintable(page));

        // Opened from the album's header (it is made when it opens), and laid out off the UI
        // thread, once for the tracks and again with their notes, which may arrive in either
        // order.
        window.findChild<QToolButton*>(QStringLiteral("bookletButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            booklet->pages() != nullptr &&
                testing::bookletText(*booklet->pages()).contains(QStringLiteral("Nam Hye-seung")),
            20000);
        const QString bookletText = testing::bookletText(*booklet->pages());
        for (const library::Track& track : tracks)
            QVERIFY2(bookletText.contains(track.title), qPrintable(track.title));

        // "All of Hae-in's themes": only tracks whose notes name her remain.
        auto* character = window.findChild<QComboBox*>(QStringLiteral("characterFilter"));
        const int haeIn = character->findData(QStringLiteral("Hong Hae-in"));
        QVERIFY(haeIn > 0);
        character->setCurrentIndex(haeIn);
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < tracks.size());
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()
                        ->index(row, 0)
                        .data(library::TrackModel::CharactersRole)
                        .toStringList()
                        .contains(QStringLiteral("Hong Hae-in")));
        character->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), tracks.size());
        auto* mood = window.findChild<QComboBox*>(QStringLiteral("moodFilter"));
        mood->setCurrentIndex(mood->findData(QStringLiteral("Uplifting")));
        QCOMPARE(table->model()->rowCount(), 1);
        mood->setCurrentIndex(0);

        QTRY_VERIFY(!notes->isRendering());
        // The booklet's mood chips filter the album.
        emit booklet->moodChosen(QStringLiteral("Uplifting"));
        QCOMPARE(mood->currentData().toString(), QStringLiteral("Uplifting"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    // Synced lyrics from a .lrc beside the file follow the playing position in Now Playing;
    // clicking a line asks to seek to it.
    void lyricsFollowPlayback()
    {
        QTemporaryDir dir;
        const QString audio = dir.filePath(QStringLiteral("01 Song.flac"));
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Song");
        tags.trackNumber = 1;
        QVERIFY(demo::writeFixture(audio, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 44100 * 8), tags)
                    .isEmpty());
        QFile lrc(dir.filePath(QStringLiteral("01 Song.lrc")));
        QVERIFY(lrc.open(QIODevice::WriteOnly));
        lrc.write("[00:00.30]첫 줄\n[00:01.20]눈이 내려\n[00:01.20]nuni naeryeo\n"
                  "[00:01.20]Snow is falling\n[00:07.50]Last line\n");
        lrc.close();

        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setAlbum(library::LibraryScanner::scan({dir.path()}));
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        auto* lyrics = window.findChild<gui::LyricsFlow*>(QStringLiteral("lyricsFlow"));
        QVERIFY(lyrics && lyrics->isVisible());

        controller.playIndex(0);
        // The lyrics are read off the UI thread once the track starts.
        QTRY_COMPARE_WITH_TIMEOUT(lyrics->lyrics().lines().size(), 5, 10000);
        // Paced like a sound card (only faster): the second line, with its romanisation and
        // translation layers, is the sung one from 1.2 s to 7.5 s. Paused in there, it stays.
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 1400, 10000);
        controller.playPause();
        QTRY_COMPARE(controller.state(), engine::PlaybackState::Paused);
        QVERIFY(controller.position() < 7500);
        QTRY_COMPARE_WITH_TIMEOUT(lyrics->currentLine(), 1, 2000);
        QCOMPARE(lyrics->lyrics().lines().at(1).text, QStringLiteral("눈이 내려"));
        QCOMPARE(lyrics->accessibleDescription(), QStringLiteral("눈이 내려"));

        QSignalSpy seek(lyrics, &gui::LyricsFlow::seekRequested);
        QTRY_VERIFY(lyrics->rect().contains(lyrics->lineRect(4).center()));
        QTest::mouseClick(lyrics, Qt::LeftButton, {}, lyrics->lineRect(4).center());
        QCOMPARE(seek.size(), 1);
        QCOMPARE(seek.first().first().toLongLong(), 7500);
        controller.stop();
    }

    // Where a file times each word, the words sung so far are known within the line.
    void lyricsFollowTheSungWord()
    {
        gui::LyricsFlow view;
        view.resize(600, 400);
        view.setLyrics(notes::SyncedLyrics::parse(
            u"[00:01.00]<00:01.00>Hold <00:01.50>me <00:02.00>close\n[00:03.00]Next"));
        view.setPosition(1600);
        QCOMPARE(view.currentLine(), 0);
        QCOMPARE(view.currentWord(), 1);
        view.setPosition(3100);
        QCOMPARE(view.currentLine(), 1);
        QCOMPARE(view.currentWord(), -1);
        // A line well below the sung one is not where a click on the sung one lands.
        QVERIFY(view.lineAt(view.lineRect(1).center()) == 1);
        QVERIFY(view.lineAt(view.lineRect(0).center()) == 0);
    }

    // The bar's shuffle and repeat toggles set the controller, and show what anyone else (MPRIS)
    // sets there.
    void shuffleAndRepeatSetTheController()
    {
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        window.show();
        auto* shuffle = window.findChild<QToolButton*>(QStringLiteral("shuffleButton"));
        auto* repeat = window.findChild<QToolButton*>(QStringLiteral("repeatButton"));
        QVERIFY(shuffle && repeat);
        QVERIFY(!controller.shuffle());
        shuffle->click();
        QVERIFY(controller.shuffle());
        repeat->click();
        QCOMPARE(controller.repeat(), playlist::RepeatMode::All);
        repeat->click();
        QCOMPARE(controller.repeat(), playlist::RepeatMode::One);
        controller.setShuffle(false);
        controller.setRepeat(playlist::RepeatMode::Off);
        QVERIFY(!shuffle->isChecked());
        QVERIFY(!repeat->isChecked());
    }

    // A notes file with a mistake still shows its good parts, and says where the mistake is.
    void reportsDamagedNotesAndShowsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(writeOneSongAlbum(dir.path(), "# Album\n\nAlbum prose.\n\n## \n\n## 1. Song\n"
                                              "Mood: Tender\n\nThe song's notes.\n"));
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        QVERIFY(testing::showAlbum(window, library::LibraryScanner::scan({dir.path()})));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("line 5")),
                 qPrintable(window.statusBar()->currentMessage()));
        auto* notes = window.findChild<QTextBrowser*>(QStringLiteral("trackNotesBrowser"));
        QTRY_VERIFY(notes->toPlainText().contains(QStringLiteral("The song's notes.")));
    }

    // Notes and lyrics that are there but refused by the file rule (a device, a FIFO) are said in
    // the status bar, not passed over in silence; the track still shows and plays.
    void reportsNotesAndLyricsItCannotRead()
    {
        QTemporaryDir dir;
        QVERIFY(writeOneSongAlbum(dir.path(), {}));
        const QString notes = dir.filePath(QStringLiteral("liner-notes.md"));
        QVERIFY(QFile::remove(notes) && QFile::link(QStringLiteral("/dev/zero"), notes));
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        QVERIFY(testing::showAlbum(window, library::LibraryScanner::scan({dir.path()})));
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     QStringLiteral("liner-notes.md: a device, not a regular file")),
                 qPrintable(window.statusBar()->currentMessage()));

        QVERIFY(QFile::remove(notes));
        QCOMPARE(
            ::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("01.lrc"))).constData(), 0600),
            0);
        window.setAlbum(library::LibraryScanner::scan({dir.path()}));
        // Lyrics are read, off the UI thread, for the track that plays.
        controller.playIndex(0);
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(
                                      QStringLiteral("01.lrc: a FIFO, not a regular file")),
                                  qPrintable(window.statusBar()->currentMessage()), 30000);
        controller.stop();
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
    }

    // An album's notes and lyrics are read off the UI thread: setAlbum() shows the tracks at once
    // and returns before their notes are in. Picked one after the other, the later album's notes
    // are the ones shown; the earlier's never come over them.
    void readsNotesOffTheUiThreadAndTheLaterPickWins()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("First"));
        const QString second = dir.filePath(QStringLiteral("Second"));
        QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
        QVERIFY(writeOneSongAlbum(first, "# First\n\n## 1. Song\nMood: Tender\n\nFirst notes.\n"));
        QVERIFY(
            writeOneSongAlbum(second, "# Second\n\n## 1. Song\nMood: Longing\n\nSecond notes.\n"));
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        auto* mood = window.findChild<QComboBox*>(QStringLiteral("moodFilter"));
        auto* notes = window.findChild<gui::NotesBrowser*>(QStringLiteral("trackNotesBrowser"));
        QVERIFY(mood && notes);
        QSignalSpy shown(&window, &gui::MainWindow::albumNotesShown);

        window.setAlbum(library::LibraryScanner::scan({first}));
        QCOMPARE(window.trackModel().rowCount(), 1);
        QCOMPARE(mood->count(), 1); // "All moods" alone: the notes are not read yet
        window.setAlbum(library::LibraryScanner::scan({second}));
        QVERIFY(shown.wait(60000));
        QCOMPARE(shown.size(), 1);
        QVERIFY(mood->findData(QStringLiteral("Longing")) > 0);
        QCOMPARE(mood->findData(QStringLiteral("Tender")), -1);
        QTRY_VERIFY(!notes->isRendering());
        QVERIFY2(notes->toPlainText().contains(QStringLiteral("Second notes.")),
                 qPrintable(notes->toPlainText()));
        QCOMPARE(window.trackModel().track(0).moods, QStringList{QStringLiteral("Longing")});
    }

    // An album of twelve tracks shows its track numbers whole: the number column is as wide as
    // the table draws "12", with its margins.
    void showsTwoDigitTrackNumbersWhole()
    {
        QList<library::Track> tracks;
        for (int number = 1; number <= 12; ++number) {
            library::Track track;
            track.path = QStringLiteral("/music/Twelve/%1.flac").arg(number, 2, 10, QChar(u'0'));
            track.title = QStringLiteral("Song %1").arg(number);
            track.album = QStringLiteral("Twelve");
            track.trackNumber = number;
            track.durationMs = 200000;
            tracks << track;
        }
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setAlbum(tracks);
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 12);
        const int needed = table->fontMetrics().horizontalAdvance(QStringLiteral("12")) + 2 * 10;
        QTRY_VERIFY2(
            table->horizontalHeader()->sectionSize(library::TrackModel::NumberColumn) >= needed,
            qPrintable(QString::number(
                table->horizontalHeader()->sectionSize(library::TrackModel::NumberColumn))));
    }

    // Opening another album never shows the last one's notes, not even while the new page is
    // rendered off the UI thread.
    void opensAnAlbumWithoutTheLastOnesNotes()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("First"));
        const QString second = dir.filePath(QStringLiteral("Second"));
        QVERIFY(QDir().mkpath(first) && QDir().mkpath(second));
        QVERIFY(writeOneSongAlbum(first, "# First\n\n## 1. Song\nMood: Tender\n\nFirst notes.\n"));
        QVERIFY(writeOneSongAlbum(second, "# Second\n\n## 1. Song\n\nSecond notes.\n"));
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        auto* notes = window.findChild<gui::NotesBrowser*>(QStringLiteral("trackNotesBrowser"));
        QVERIFY(notes);
        QSignalSpy shown(&window, &gui::MainWindow::albumNotesShown);
        window.setAlbum(library::LibraryScanner::scan({first}));
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY(!notes->isRendering());
        QVERIFY2(notes->toPlainText().contains(QStringLiteral("First notes.")),
                 qPrintable(notes->toPlainText()));

        window.setAlbum(library::LibraryScanner::scan({second}));
        QVERIFY2(!notes->toPlainText().contains(QStringLiteral("First")),
                 qPrintable(notes->toPlainText()));
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY(!notes->isRendering());
        QVERIFY2(notes->toPlainText().contains(QStringLiteral("Second notes.")),
                 qPrintable(notes->toPlainText()));
    }

    // A folder and a file named in Latin-1 bytes, not UTF-8, the track without a title tag: the
    // window title, the track table and its tooltip, the queue and the message when the file
    // cannot be played show the names as text, not as replacement characters.
    void showsNamesThatAreNotUtf8Readably()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.path()) + "/Alb\xfcm";
        const QByteArray file = folder + "/01 Caf\xe9.flac";
        QCOMPARE(::mkdir(folder.constData(), 0700), 0);
        const QString clean = dir.filePath(QStringLiteral("clean.flac"));
        QVERIFY(demo::writeFixture(clean, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), {})
                    .isEmpty());
        QCOMPARE(::rename(QFile::encodeName(clean).constData(), file.constData()), 0);
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        playlist::PlaylistStore store(dir.filePath(QStringLiteral("playlists")));
        store.load();
        QUndoStack undo;
        const gui::PlaylistSidebar sidebar(store, controller, undo, nullptr);
        window.setAlbum(library::LibraryScanner::scan({liner::decodeFileName(folder)}));
        QCOMPARE(window.windowTitle(), QStringLiteral("Albüm — Liner"));
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        QVERIFY(table);
        const QModelIndex title = table->model()->index(0, library::TrackModel::TitleColumn);
        QCOMPARE(title.data().toString(), QStringLiteral("01 Café"));
        QVERIFY2(title.data(Qt::ToolTipRole).toString().endsWith(u"/Albüm/01 Café.flac"),
                 qPrintable(title.data(Qt::ToolTipRole).toString()));
        const QAbstractItemModel* queue = sidebar.queueView()->model();
        QTRY_COMPARE(queue->rowCount(), 1);
        QCOMPARE(queue->index(0, 0).data().toString(), QStringLiteral("01 Café"));

        QCOMPARE(::unlink(file.constData()), 0);
        controller.playIndex(0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(u"Could not play 01 Café.flac"),
            qPrintable(window.statusBar()->currentMessage()), 30000);
        QCOMPARE(QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()}), 0);
    }

    // Edit notes… rewrites the track's section of liner-notes.md and nothing else, then shows it.
    void editsATracksNotesInPlace()
    {
        QTemporaryDir dir;
        const QByteArray before = "\xEF\xBB\xBF# Album\r\n\r\nAlbum prose.\r\n\r\n"
                                  "## 1. Song\r\nMood: Tender\r\n\r\nOld words.\r\n\r\n"
                                  "## 2. Other\r\nKeep: this\r\n";
        QVERIFY(writeOneSongAlbum(dir.path(), before));
        QFile file(dir.filePath(QStringLiteral("liner-notes.md")));

        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        window.show();
        QVERIFY(testing::showAlbum(window, library::LibraryScanner::scan({dir.path()})));
        auto* edit = window.findChild<QPushButton*>(QStringLiteral("editNotesButton"));
        QVERIFY(edit->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* editor = dialog->findChild<QPlainTextEdit*>();
            QVERIFY(editor->toPlainText().contains(QStringLiteral("Old words.")));
            // Beside the text, the notes as the window will show them, following the typing.
            auto* notesEditor = qobject_cast<gui::NotesEditorDialog*>(dialog);
            QVERIFY(notesEditor);
            QTRY_VERIFY(notesEditor->previewText().contains(QStringLiteral("Old words.")));
            editor->setPlainText(QStringLiteral("Mood: Longing\n\nNew words, 새 노트."));
            QTRY_VERIFY(notesEditor->previewText().contains(QStringLiteral("New words, 새 노트.")));
            QVERIFY(notesEditor->previewText().contains(QStringLiteral("Longing")));
            QVERIFY(!notesEditor->previewText().contains(QStringLiteral("Old words.")));
            dialog->accept();
        });
        edit->click();

        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray after = file.readAll();
        file.close();
        const QByteArray head = before.left(before.indexOf("Mood: Tender"));
        const QByteArray tail = before.mid(before.indexOf("\r\n\r\n## 2. Other"));
        QVERIFY2(after.startsWith(head), after.constData());
        QVERIFY2(after.endsWith(tail), after.constData());
        QVERIFY2(after.contains("New words, \xEC\x83\x88 \xEB\x85\xB8\xED\x8A\xB8.\r\n") ||
                     after.contains("New words, \xEC\x83\x88 \xEB\x85\xB8\xED\x8A\xB8."),
                 after.constData());
        QVERIFY(!after.contains("Old words."));
        auto* notes = window.findChild<QTextBrowser*>(QStringLiteral("trackNotesBrowser"));
        QTRY_VERIFY(notes->toPlainText().contains(QStringLiteral("New words")));
        QVERIFY(notes->toPlainText().contains(QStringLiteral("Longing")));
    }

    // With tracks of two folders in one view (a soundtrack's parts, a smart playlist), Edit
    // notes… opens and saves the edited track's own folder's file; the other stays byte-identical.
    void editsTheNotesOfTheTracksOwnFolder()
    {
        QTemporaryDir dir;
        QMap<QString, QByteArray> before;
        for (const char* name : {"A", "B"}) {
            const QString folder = dir.filePath(QString::fromLatin1(name));
            QVERIFY(QDir().mkpath(folder));
            before[folder] = "# Album " + QByteArray(name) +
                             "\n\n## 1. Song\nMood: Tender\n\nWords of " + QByteArray(name) + ".\n";
            QVERIFY(writeOneSongAlbum(folder, before[folder]));
        }
        const auto read = [](const QString& folder) {
            QFile file(QDir(folder).filePath(QStringLiteral("liner-notes.md")));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QString a = dir.filePath(QStringLiteral("A"));
        const QString b = dir.filePath(QStringLiteral("B"));

        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        window.show();
        QSignalSpy notesShown(&window, &gui::MainWindow::albumNotesShown);
        window.showSmartPlaylist(QStringLiteral("Two folders"),
                                 library::LibraryScanner::scan({a}) +
                                     library::LibraryScanner::scan({b}));
        QVERIFY(notesShown.wait(60000));
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        auto* edit = window.findChild<QPushButton*>(QStringLiteral("editNotesButton"));
        for (const QString& folder : {b, a}) {
            const int row = folder == a ? 0 : 1;
            table->setCurrentIndex(table->model()->index(row, 0));
            QCOMPARE(window.notesRow(), row);
            QVERIFY(edit->isEnabled());
            QString shown;
            QTimer::singleShot(0, this, [&shown] {
                auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto* editor = dialog->findChild<QPlainTextEdit*>();
                shown = editor->toPlainText();
                editor->setPlainText(QStringLiteral("Mood: Longing\n\nEdited."));
                dialog->accept();
            });
            const QByteArray other = read(folder == a ? b : a);
            edit->click();
            QVERIFY2(shown.contains(folder == a ? u"Words of A." : u"Words of B."),
                     qPrintable(shown));
            QVERIFY(read(folder).contains("Edited."));
            QCOMPARE(read(folder == a ? b : a), other);
            // Read again off the UI thread before the next edit.
            QVERIFY(notesShown.wait(60000));
        }
        QVERIFY(read(a).startsWith("# Album A\n\n## 1. Song\n"));
        QVERIFY(read(b).startsWith("# Album B\n\n## 1. Song\n"));
    }

    // A first run started on the listener's own folder says nothing of a demo album; the first
    // run is over all the same.
    void firstRunOnOwnMusicSaysNothingOfTheDemo()
    {
        QTemporaryDir music;
        const QString own = music.filePath(QStringLiteral("Own"));
        const QString bundled = music.filePath(QStringLiteral("Demo"));
        QVERIFY(QDir().mkpath(own) && QDir().mkpath(bundled));
        testing::WindowFixture app;
        QSettings(QStringLiteral("Liner"), QStringLiteral("liner"))
            .remove(QStringLiteral("interface"));
        QVERIFY(app.settings.isFirstRun());
        app.window.setBundledAlbum(bundled);
        library::LibraryUpdater updater(music.filePath(QStringLiteral("library.sqlite")));
        app.window.connectLibrary(updater, own);
        QCOMPARE(app.window.statusBar()->currentMessage(), QString());
        QVERIFY(!app.settings.isFirstRun());
    }

    // The library side lists every album a real scan finds and opens the preferred one; another
    // album can be browsed while the first keeps playing, its track still marked as playing.
    void browsesTheLibraryWhilePlaying()
    {
        QTemporaryDir music;
        QTemporaryDir cache;
        for (const char* album : {"Alpha", "눈물의 여왕"}) {
            const QString folder = music.filePath(QString::fromUtf8(album));
            QVERIFY(QDir().mkpath(folder));
            for (int number = 1; number <= 2; ++number) {
                demo::FixtureTags tags;
                tags.album = QString::fromUtf8(album);
                tags.albumArtist = QStringLiteral("Liner");
                tags.title = QStringLiteral("%1 %2").arg(QString::fromUtf8(album)).arg(number);
                tags.trackNumber = number;
                QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.flac").arg(folder).arg(number),
                                           demo::FixtureFormat::Flac,
                                           demo::fixtureSignal(44100, 2, 44100 * 4), tags)
                            .isEmpty());
            }
        }
        QFile damaged(music.filePath(QStringLiteral("Alpha/3.flac")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not audio");
        damaged.close();
        testing::WindowFixture app;
        auto [controller, window] = app.parts();
        window.show();
        QSettings(QStringLiteral("Liner"), QStringLiteral("liner"))
            .remove(QStringLiteral("interface"));
        QVERIFY(app.settings.isFirstRun());
        library::LibraryUpdater updater(cache.filePath(QStringLiteral("library.sqlite")));
        // Here the album Liner comes with is this one.
        window.setBundledAlbum(music.filePath(QStringLiteral("눈물의 여왕")));
        window.connectLibrary(updater, music.filePath(QStringLiteral("눈물의 여왕")));
        // The first run points at the demo album and at adding music.
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Add Music Folder"),
                 qPrintable(window.statusBar()->currentMessage()));
        QSignalSpy chosen(&window.libraryPane(), &gui::LibraryPane::albumChosen);
        updater.setFolders({music.path()});
        QTRY_VERIFY_WITH_TIMEOUT(!chosen.isEmpty(), 30000);
        auto* albums = window.findChild<QListView*>(QStringLiteral("albumList"));
        QVERIFY(albums);
        QTRY_COMPARE(albums->model()->rowCount(), 2);
        auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
        QCOMPARE(title->text(), QStringLiteral("눈물의 여왕"));
        QVERIFY(!app.settings.isFirstRun());
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"3.flac"),
                                  qPrintable(window.statusBar()->currentMessage()), 30000);

        controller.playIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), engine::PlaybackState::Playing, 10000);
        QTRY_COMPARE(window.trackModel().playingRow(), 1);
        // Alpha sorts first: open it from the album grid. The queue plays on; nothing in Alpha is
        // marked, and in the grid the playing album is.
        const auto open = [&window, albums](int row) {
            QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("homeButton")),
                              Qt::LeftButton);
            QTest::mouseClick(albums->viewport(), Qt::LeftButton, {},
                              albums->visualRect(albums->model()->index(row, 0)).center());
        };
        open(0);
        QCOMPARE(title->text(), QStringLiteral("Alpha"));
        QCOMPARE(controller.state(), engine::PlaybackState::Playing);
        QCOMPARE(controller.queue().size(), 2);
        QCOMPARE(window.trackModel().playingRow(), -1);
        open(1);
        QCOMPARE(window.trackModel().playingRow(), 1);

        // A folder dropped on the window joins the library, and stays in it.
        QTemporaryDir dropped;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped.path())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QVERIFY(updater.folders().contains(dropped.path()));
        QVERIFY(app.settings.libraryFolders().contains(dropped.path()));
        app.settings.setLibraryFolders({});

        auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("alpha 2"));
        QCOMPARE(albums->model()->rowCount(), 1);
        if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            search->clear();
            window.resize(1280, 800);
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/window-library.png")));
        }
        controller.stop();
        QTRY_COMPARE(controller.state(), engine::PlaybackState::Stopped);
    }

private:
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced};
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
