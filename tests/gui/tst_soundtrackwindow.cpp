#include "app/LinerProcess.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/BookletPages.h"
#include "gui/BookletView.h"
#include "gui/MainWindow.h"
#include "gui/Translation.h"
#include "library/AlbumGrouping.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/BookletText.h"
#include "support/RealWorldCorpus.h"
#include "support/WindowFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace liner;
using testing::RealWorldCorpus;
using testing::Store;

// The window's library on a library shaped as users' are: the twelve Queen of Tears singles
// bought in two stores (Korean and English names), the special album ripped with each singer as
// ARTIST, two copies of another album and another drama's OST. The window groups them exactly as
// `liner --albums` does, in the same order, and shows the soundtrack as one album with its parts
// and their covers in the booklet. With LINER_SCREENSHOT_DIR set it saves window-soundtrack.png.
class TestSoundtrackWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        QVERIFY(m_music.isValid());
        RealWorldCorpus corpus(m_music.path());
        QString error =
            corpus.writeSingles(QStringLiteral("Melon"), Store::Melon, {1, 2, 3, 4, 5, 6});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error =
            corpus.writeSingles(QStringLiteral("iTunes"), Store::AppleMusic, {7, 8, 9, 10, 11, 12});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = corpus.writeCompilation(QStringLiteral("Rips/눈물의 여왕 OST"),
                                        RealWorldCorpus::CompilationTags::NoAlbumArtist,
                                        demo::FixtureFormat::Flac);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char* copy : {"Rips", "Backup"}) {
            for (int number = 1; number <= 2; ++number) {
                demo::FixtureTags tags;
                tags.album = QStringLiteral("Happen");
                tags.albumArtist = QStringLiteral("Heize");
                tags.title = QStringLiteral("Track %1").arg(number);
                tags.trackNumber = number;
                error = corpus.write(QStringLiteral("%1/Heize - Happen/%2.flac")
                                         .arg(QString::fromLatin1(copy))
                                         .arg(number),
                                     demo::FixtureFormat::Flac, tags);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        for (int part = 1; part <= 2; ++part) {
            demo::FixtureTags tags;
            tags.album = QStringLiteral("선재 업고 튀어 OST Part.%1").arg(part);
            tags.title = QStringLiteral("Song %1").arg(part);
            tags.artist = QStringLiteral("Singer %1").arg(part);
            tags.trackNumber = 1;
            error = corpus.write(QStringLiteral("Other/%1/01.mp3").arg(part),
                                 demo::FixtureFormat::Mp3, tags);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void groupsAsTheCommandLineDoesAndShowsTheSoundtrack()
    {
        const auto run = testing::runLiner(
            {QStringLiteral("--albums"), m_music.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray expected = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(expected.size(), 5);

        testing::WindowFixture fixture(QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs"));
        auto [controller, window] = fixture.parts();
        window.resize(1400, 900);
        window.show();
        QTemporaryDir cache;
        library::LibraryUpdater updater(cache.filePath(QStringLiteral("library.sqlite")));
        window.connectLibrary(updater, {});
        QSignalSpy finished(&updater, &library::LibraryUpdater::finished);
        auto* albums = window.findChild<QListView*>(QStringLiteral("albumList"));
        QAbstractItemModelTester tester(albums->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        updater.setFolders({m_music.path()});
        QVERIFY(finished.wait(120000));

        // Row for row what --albums printed: the same albums, in the same order.
        QCOMPARE(albums->model()->rowCount(), expected.size());
        int soundtrackRow = -1;
        for (int row = 0; row < expected.size(); ++row) {
            const QModelIndex index = albums->model()->index(row, 0);
            const QJsonObject album = expected.at(row).toObject();
            QCOMPARE(index.data().toString().section(u'\n', 0, 0), album[u"title"].toString());
            QCOMPARE(index.data(library::AlbumModel::TrackCountRole).toInt(),
                     album[u"trackCount"].toInt());
            QCOMPARE(library::albumKindName(
                         library::AlbumKind(index.data(library::AlbumModel::KindRole).toInt())),
                     album[u"kind"].toString());
            if (!album[u"distinction"].isNull())
                QVERIFY2(index.data().toString().endsWith(album[u"distinction"].toString()),
                         qPrintable(index.data().toString()));
            if (album[u"kind"] == QStringLiteral("soundtrack") &&
                album[u"parts"].toArray().size() == 12)
                soundtrackRow = row;
        }
        QVERIFY(soundtrackRow >= 0);

        // Opened, it is one album of twelve parts, each single named in the table and in the
        // booklet, with the pack's notes.
        QSignalSpy notesShown(&window, &gui::MainWindow::albumNotesShown);
        emit albums->activated(albums->model()->index(soundtrackRow, 0));
        QVERIFY(notesShown.wait(60000));
        auto* kind = window.findChild<QLabel*>(QStringLiteral("albumKindLabel"));
        auto* details = window.findChild<QLabel*>(QStringLiteral("albumDetailsLabel"));
        auto* artist = window.findChild<QLabel*>(QStringLiteral("albumArtistLabel"));
        QCOMPARE(kind->text(), QStringLiteral("SOUNDTRACK"));
        QVERIFY2(details->text().contains(QStringLiteral("12 parts")), qPrintable(details->text()));
        QCOMPARE(artist->text(), QStringLiteral("Various Artists"));
        QCOMPARE(window.trackModel().rowCount(), 24);
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        QVERIFY(!table->isColumnHidden(library::TrackModel::AlbumColumn));
        auto* booklet = window.findChild<gui::BookletView*>(QStringLiteral("bookletView"));
        // Opened from the album's header, its pages are laid out off the UI thread, once for the
        // tracks and again with the notes: the first layout may arrive after the notes are shown.
        window.findChild<QToolButton*>(QStringLiteral("bookletButton"))->click();
        const auto bookletText = [booklet] {
            return booklet->pages() ? testing::bookletText(*booklet->pages()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(bookletText().contains(QStringLiteral("Nam Hye-seung")), 30000);
        QCOMPARE(booklet->pages()->content().entries.size(), 24);
        const QString text = bookletText();
        QVERIFY(text.contains(testing::singleAlbumName(Store::Melon, 1)));
        QVERIFY(text.contains(testing::singleAlbumName(Store::AppleMusic, 12)));
        QVERIFY(text.indexOf(testing::singleAlbumName(Store::Melon, 6)) <
                text.indexOf(testing::singleAlbumName(Store::AppleMusic, 7)));

        // The search box sees what only the notes pack says of a track (a mood, a scene), as the
        // filters do: the first part's song and instrumental, and the compilation's first song.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        auto* results = window.findChild<QTableView*>(QStringLiteral("trackSearchTable"));
        search->setText(QStringLiteral("fluttering"));
        QCOMPARE(results->model()->rowCount(), 3);
        QCOMPARE(albums->model()->rowCount(), 2);
        search->setText(QStringLiteral("sunset on the subway"));
        QCOMPARE(results->model()->rowCount(), 3);
        search->clear();
        auto* mood = window.findChild<QComboBox*>(QStringLiteral("moodFilter"));
        mood->setCurrentIndex(mood->findData(QStringLiteral("Fluttering")));
        QCOMPARE(table->model()->rowCount(), 2);
        mood->setCurrentIndex(0);

        if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            table->setCurrentIndex(table->model()->index(12, 1));
            // The booklet where the English singles begin, the single named on the track's page.
            window.findChild<QToolButton*>(QStringLiteral("bookletButton"))->click();
            booklet->showPage(booklet->pages()->openerPage(12));
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/window-soundtrack.png")));
            // The same in Korean on a dark palette, to look at (not kept in docs/).
            QVERIFY(gui::installTranslations(QLocale(QLocale::Korean)));
            QPalette dark = QApplication::palette();
            dark.setColor(QPalette::Window, QColor(0x26, 0x24, 0x2b));
            dark.setColor(QPalette::Base, QColor(0x1d, 0x1b, 0x21));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x24, 0x2b));
            dark.setColor(QPalette::Button, QColor(0x26, 0x24, 0x2b));
            for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                dark.setColor(role, QColor(0xe8, 0xe4, 0xec));
            QApplication::setPalette(dark);
            emit albums->activated(albums->model()->index(soundtrackRow == 0 ? 1 : 0, 0));
            emit albums->activated(albums->model()->index(soundtrackRow, 0));
            QCOMPARE(kind->text(), QStringLiteral("사운드트랙"));
            QTest::qWait(300);
            QVERIFY(window.grab().save(dir + QStringLiteral("/window-soundtrack-ko-dark.png")));
        }
    }

private:
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced};
    QTemporaryDir m_music;
};

QTEST_MAIN(TestSoundtrackWindow)
#include "tst_soundtrackwindow.moc"
