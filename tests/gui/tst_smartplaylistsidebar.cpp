#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/PlaylistSidebar.h"
#include "gui/SmartPlaylistDialog.h"
#include "gui/TrackContextMenu.h"
#include "library/LibraryScanner.h"
#include "notes/TrackNotesLookup.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "playlist/SmartPlaylistStore.h"
#include "support/AudioCapture.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

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

void choose(QComboBox* box, const QString& text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setCurrentIndex(index);
}

} // namespace

// Smart playlists made in the sidebar's rule editor and shown in the window's track table, with
// the window, a real engine into an ALSA capture, the stores and statistics in a temporary folder,
// wired as main() wires them.
class TestSmartPlaylistSidebar : public QObject
{
    Q_OBJECT

private:
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Unpaced};
    QTemporaryDir m_dir;
    QList<library::Track> m_library;

    // Fills in the dialog the tree menu's action opens, as the listener would, and presses OK.
    static void answerDialog(const std::function<void(gui::SmartPlaylistDialog&)>& fill)
    {
        QTimer::singleShot(50, [fill] {
            auto* dialog =
                qobject_cast<gui::SmartPlaylistDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(*dialog);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        const QString folder = m_dir.filePath(QStringLiteral("Music"));
        QVERIFY(QDir().mkpath(folder));
        const QList<std::pair<QString, int>> songs{{QStringLiteral("Rain"), 2019},
                                                   {QStringLiteral("Snow"), 2021},
                                                   {QStringLiteral("Sun"), 2024}};
        for (int i = 0; i < songs.size(); ++i) {
            demo::FixtureTags tags;
            tags.title = songs[i].first;
            tags.artist = QStringLiteral("Band");
            tags.album = QStringLiteral("Weather");
            tags.year = songs[i].second;
            tags.trackNumber = i + 1;
            QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.flac").arg(folder).arg(i + 1),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 4410 * (i + 1)), tags)
                        .isEmpty());
        }
        QFile notes(QDir(folder).filePath(QStringLiteral("liner-notes.md")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("# Weather\n\n## 1. Rain\nCharacters: Hong Hae-in\n\n"
                    "## 3. Sun\nCharacters: Baek Hyun-woo, Hong Hae-in\n");
        notes.close();
        m_library = library::LibraryScanner::scan({folder});
        QCOMPARE(m_library.size(), 3);
        // As main() does with the library's tracks: the notes' characters, which tags lack.
        notes::NotesRepository repository;
        notes::annotateTracks(repository, m_library);
        QCOMPARE(m_library[2].characters, (QStringList{"Baek Hyun-woo", "Hong Hae-in"}));
    }

    void madeInTheEditorShownInTheWindowAndKeptUpToDate()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        playlist::PlaylistStore playlists(m_dir.filePath(QStringLiteral("data/playlists")));
        playlists.load();
        playlist::PlayStats stats(m_dir.filePath(QStringLiteral("data/play-stats.json")));
        const QString smartFile = m_dir.filePath(QStringLiteral("data/smart-playlists.json"));
        playlist::SmartPlaylistStore smart(smartFile);
        QCOMPARE(smart.load(), QString());
        QUndoStack edits;
        auto* sidebar = new gui::PlaylistSidebar(playlists, controller, edits);
        gui::TrackContextMenu trackMenu(playlists, edits, controller, stats);
        window.setTrackMenu(trackMenu);
        sidebar->setSmartPlaylists(smart, stats);
        window.addSidebar(sidebar);
        connect(sidebar, &gui::PlaylistSidebar::smartPlaylistShown, &window,
                &gui::MainWindow::showSmartPlaylist);
        sidebar->setLibraryTracks(m_library.first(2));
        window.setAlbum({});
        window.resize(1400, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        const auto shownTitles = [table] {
            QStringList titles;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                titles << table->model()
                              ->index(row, library::TrackModel::TitleColumn)
                              .data()
                              .toString();
            return titles;
        };
        QTreeWidget* tree = sidebar->tree();
        QTreeWidgetItem* section = tree->topLevelItem(2);
        QCOMPARE(section->text(0), QStringLiteral("Smart playlists"));

        // Rating at least 4, or year at least 2021: a second rule added, a third added and
        // removed again.
        answerDialog([](gui::SmartPlaylistDialog& dialog) {
            dialog.findChild<QLineEdit*>(QStringLiteral("smartName"))
                ->setText(QStringLiteral("Liked"));
            choose(dialog.findChild<QComboBox*>(QStringLiteral("smartMatch")),
                   QStringLiteral("any of these rules"));
            auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addRuleButton"));
            QTest::mouseClick(add, Qt::LeftButton);
            QTest::mouseClick(add, Qt::LeftButton);
            QCOMPARE(dialog.ruleCount(), 3);
            QList<QWidget*> rows = dialog.findChildren<QWidget*>(QStringLiteral("ruleRow"));
            QTest::mouseClick(rows[2]->findChild<QToolButton*>(QStringLiteral("removeRuleButton")),
                              Qt::LeftButton);
            QCOMPARE(dialog.ruleCount(), 2);
            const QList<std::tuple<QString, QString, QString>> rules{
                {QStringLiteral("Rating"), QStringLiteral("at least"), QStringLiteral("4")},
                {QStringLiteral("Year"), QStringLiteral("at least"), QStringLiteral("2021")}};
            for (int i = 0; i < 2; ++i) {
                choose(rows[i]->findChild<QComboBox*>(QStringLiteral("ruleField")),
                       std::get<0>(rules[i]));
                choose(rows[i]->findChild<QComboBox*>(QStringLiteral("ruleComparison")),
                       std::get<1>(rules[i]));
                rows[i]
                    ->findChild<QLineEdit*>(QStringLiteral("ruleValue"))
                    ->setText(std::get<2>(rules[i]));
            }
            // The values the library has are offered, and the tracks the rules pick counted.
            // (The library holds Rain, 2019, and Snow, 2021, so far.)
            QCOMPARE(dialog.suggestions(playlist::SmartRule::Field::Year),
                     (QStringList{"2019", "2021"}));
            QCOMPARE(dialog.suggestions(playlist::SmartRule::Field::Artist), QStringList{"Band"});
            QCOMPARE(dialog.suggestions(playlist::SmartRule::Field::Character),
                     QStringList{"Hong Hae-in"});
            QVERIFY(rows[1]->findChild<QLineEdit*>(QStringLiteral("ruleValue"))->completer());
            QTRY_COMPARE(dialog.matchCountText(), QStringLiteral("1 track matches"));
            if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
                QTest::qWait(200);
                QVERIFY(dialog.grab().save(dir + QStringLiteral("/smart-playlist-editor.png")));
            }
        });
        tree->setCurrentItem(section);
        {
            std::unique_ptr<QMenu> menu(sidebar->treeMenu());
            actionNamed(*menu, QStringLiteral("New Smart Playlist…"))->trigger();
        }
        QCOMPARE(smart.names(), QStringList{"Liked"});
        const playlist::SmartPlaylist liked = smart.playlist(QStringLiteral("Liked"));
        QCOMPARE(liked.matchAll, false);
        QCOMPARE(liked.rules.size(), 2);
        QCOMPARE(liked.rules[0].field, playlist::SmartRule::Field::Rating);
        QCOMPARE(liked.rules[0].comparison, playlist::SmartRule::Comparison::AtLeast);
        QCOMPARE(liked.rules[1].value, QStringLiteral("2021"));
        QVERIFY(QFile::exists(smartFile));

        // Chosen, it shows its tracks in the window: only Snow fits (2021) so far.
        QCOMPARE(sidebar->currentSmartPlaylist(), QStringLiteral("Liked"));
        QCOMPARE(shownTitles(), QStringList{"Snow"});
        const auto header = [&window](const char* name) {
            return window.findChild<QLabel*>(QString::fromLatin1(name))->text();
        };
        QCOMPARE(header("albumTitleLabel"), QStringLiteral("Liked"));
        QCOMPARE(header("albumKindLabel"), QStringLiteral("SMART PLAYLIST"));
        QCOMPARE(header("albumArtistLabel"), QString());
        auto* summary = sidebar->findChild<QLabel*>(QStringLiteral("smartSummary"));
        QCOMPARE(summary->text(),
                 QStringLiteral("1 track fits its rules; the album pane shows it."));
        // A rating changes what fits, and so does the library.
        stats.setRating(m_library[0].path, 5);
        QCOMPARE(shownTitles(), (QStringList{"Rain", "Snow"}));
        sidebar->setLibraryTracks(m_library);
        QCOMPARE(shownTitles(), (QStringList{"Rain", "Snow", "Sun"}));
        if (const QString dir = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(200);
            QVERIFY(window.grab().save(dir + QStringLiteral("/window-smart-playlist.png")));
        }

        // Played from the window's table like an album.
        QStringList heard;
        connect(&controller, &playlist::PlaybackController::trackStarted, this,
                [&heard, &controller](int index) {
                    heard << QFileInfo(controller.queue().track(index).path).fileName();
                });
        QSignalSpy finished(&controller, &playlist::PlaybackController::finished);
        const QRect second = table->visualRect(table->model()->index(1, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QTRY_VERIFY2_WITH_TIMEOUT(!finished.isEmpty(), qPrintable(heard.join(u',')), 30000);
        QCOMPARE(heard, (QStringList{"2.flac", "3.flac"}));

        // Once the listener picks something else, a change no longer replaces what the window
        // shows.
        sidebar->smartPlaylistHidden();
        window.setAlbum(m_library.first(1));
        stats.setRating(m_library[1].path, 5);
        QCOMPARE(shownTitles(), QStringList{"Rain"});
        QCOMPARE(header("albumTitleLabel"), QStringLiteral("Weather"));
        QCOMPARE(header("albumKindLabel"), QStringLiteral("ALBUM"));

        // A rule on a character the liner notes name.
        QCOMPARE(
            smart.save({QStringLiteral("Hae-in"),
                        {{playlist::SmartRule::Field::Character,
                          playlist::SmartRule::Comparison::Is, QStringLiteral("hong hae-in")}}}),
            QString());
        sidebar->selectSmartPlaylist(QStringLiteral("Hae-in"));
        QCOMPARE(shownTitles(), (QStringList{"Rain", "Sun"}));
        QCOMPARE(smart.remove(QStringLiteral("Hae-in")), QString());
        sidebar->selectSmartPlaylist(QStringLiteral("Liked"));

        // Edited (renamed, one rule), then deleted; a restart reads what is left.
        answerDialog([](gui::SmartPlaylistDialog& dialog) {
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("smartName"));
            QCOMPARE(name->text(), QStringLiteral("Liked"));
            name->setText(QStringLiteral("Loved"));
            QList<QWidget*> rows = dialog.findChildren<QWidget*>(QStringLiteral("ruleRow"));
            QCOMPARE(rows.size(), 2);
            QTest::mouseClick(rows[1]->findChild<QToolButton*>(QStringLiteral("removeRuleButton")),
                              Qt::LeftButton);
        });
        {
            std::unique_ptr<QMenu> menu(sidebar->treeMenu());
            actionNamed(*menu, QStringLiteral("Edit smart playlist…"))->trigger();
        }
        QCOMPARE(smart.names(), QStringList{"Loved"});
        QCOMPARE(sidebar->currentSmartPlaylist(), QStringLiteral("Loved"));
        QCOMPARE(shownTitles(), (QStringList{"Rain", "Snow"}));
        playlist::SmartPlaylistStore reread(smartFile);
        QCOMPARE(reread.load(), QString());
        QCOMPARE(reread.playlist(QStringLiteral("Loved")).rules.size(), 1);
        {
            std::unique_ptr<QMenu> menu(sidebar->treeMenu());
            actionNamed(*menu, QStringLiteral("Delete smart playlist"))->trigger();
        }
        QCOMPARE(section->childCount(), 0);
        playlist::SmartPlaylistStore afterDelete(smartFile);
        QCOMPARE(afterDelete.load(), QString());
        QCOMPARE(afterDelete.names(), QStringList{});
        controller.stop();
        QTRY_COMPARE(controller.state(), engine::PlaybackState::Stopped);
    }
};

QTEST_MAIN(TestSmartPlaylistSidebar)
#include "tst_smartplaylistsidebar.moc"
