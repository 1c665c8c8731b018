#pragma once

#include "engine/PlaybackState.h"
#include "gui/LibraryPane.h"
#include "gui/NavigationHistory.h"
#include "gui/TrackArt.h"
#include "gui/TrackSearchTable.h"
#include "library/AlbumGrouping.h"
#include "library/CoverThumbnails.h"
#include "library/FolderTracks.h"
#include "library/Track.h"
#include "library/TrackFilterModel.h"
#include "library/TrackModel.h"
#include "notes/AlbumNotesLoader.h"
#include "server/ServerAccount.h"

#include <QAbstractItemView>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QStyle>
#include <QTimer>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace liner::engine {
class PlaybackEngine;
}
namespace liner::playlist {
class PlaybackController;
}
namespace liner::analysis {
class AnalysisCatalog;
class LibraryAnalyzer;
} // namespace liner::analysis
namespace liner::library {
class LibraryUpdater;
}
namespace liner::server {
class ServerLibrary;
}
namespace liner::desktop {
class Settings;
}

namespace liner::gui {

class AnalysisProgress;
class PlaylistSidebar;
class PreferencesDialog;
class TrackContextMenu;
class TrackStatsColumns;

// The window: the album (its header, its track table, filterable by mood and character, and the
// selected track's notes), its booklet, and Now Playing, one at a time above the now-playing bar.
// It shows state and forwards the listener's wishes to the PlaybackController, whose queue it
// reads; it keeps no queue of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `notesPacksFolder` holds notes for albums Liner knows of (see DataFolders).
    MainWindow(playlist::PlaybackController& controller, desktop::Settings& settings,
               const QString& notesPacksFolder = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Puts a pane (the playlist sidebar) left of the album.
    void addSidebar(QWidget* sidebar);
    // Shows a smart playlist's tracks as setAlbum shows an album's, under the playlist's name.
    void showSmartPlaylist(const QString& name, const QList<library::Track>& tracks);
    // Gives the track table, the search results and the album list their context menu (play
    // next, queue, add to playlist, rate) over all selected rows or albums, and the track table
    // rating and play-count columns from the menu's play statistics.
    void setTrackMenu(TrackContextMenu& menu);
    // Shows these tracks as the album; they become the play queue at once when nothing plays,
    // else when one of them is played.
    void setAlbum(const QList<library::Track>& tracks);
    // Shows them and plays them from the first (a file or folder opened from outside: MPRIS).
    void playAlbum(const QList<library::Track>& tracks);
    // What the window asks of the engine itself, beside the controller's rules of play: the
    // device and ReplayGain chosen in Preferences, and the list of devices to choose from, which
    // the engine's thread reads from PortAudio.
    void connectEngine(engine::PlaybackEngine& engine);
    // The folder of the album that comes with Liner: a first run shown on it welcomes the
    // listener to it (one started on the listener's own music does not).
    void setBundledAlbum(const QString& folder) { m_bundledAlbum = folder; }
    // The library side: its albums, search and progress follow `updater`; folders added from
    // the window go to it (and to the settings).
    void connectLibrary(library::LibraryUpdater& updater, const QString& preferredFolder);
    // The servers' albums join the library's, with the same list, grid and search.
    void connectServers(server::ServerLibrary& servers);
    // The analysis (MainWindowAnalysis.cpp): its progress in the status bar, the emotional arc of
    // the album shown, the playing track's waveform in the seek bar, and File ▸ Write ReplayGain
    // Tags for the album shown.
    void connectAnalysis(analysis::LibraryAnalyzer& analyzer, analysis::AnalysisCatalog& catalog);
    LibraryPane& libraryPane() { return *m_libraryPane; }
    library::TrackModel& trackModel() { return m_tracks; }
    // The track whose notes the pane shows (the selected one, else the playing one).
    int notesRow() const { return m_notesRow; }
    // Tells the listener what Liner could not read or write (in the status bar, until the next
    // message).
    void showProblem(const QString& message);
    // Shows the window in front, when a later `liner` hands it files or an MPRIS client asks.
    void raiseToFront();

signals:
    // Chosen in Preferences; connectEngine() applies it.
    void outputDeviceChanged(const QString& deviceName);
    // The listener changed the ReplayGain mode or preamp in Preferences.
    void replayGainChanged();
    // The listener added, changed or removed a server in Preferences (ServerSettings has them
    // now); new secrets come with their accounts, unchanged ones are in the keyring.
    void serversChanged(const QList<liner::server::ServerAccount>& accounts);
    // The whole library after a change: the folders' tracks and the servers'.
    void libraryChanged(const QList<liner::library::FolderTracksPtr>& folders);
    // Preferences opened: a fresh list of devices is welcome (setDeviceNames()).
    void deviceNamesWanted();
    // The notes and lyrics of the tracks shown, read off the UI thread, are in and shown.
    void albumNotesShown();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Folders a pass of the folders' library gives before it ends: new ones, or changed.
    void takeArrivedFolders(const QList<library::FolderTracksPtr>& folders);
    // Shows the folders' and the servers' tracks together in the album list and search.
    void showWholeLibrary();
    // The library pane's albums, search and grid buttons (MainWindowLibrary.cpp).
    void connectLibraryPane();
    // The album page's header, filters, track table and notes (MainWindowAlbumPage.cpp).
    void connectAlbumPage();
    // Menus and their shortcuts (MainWindowActions.cpp).
    void createActions();
    void editPreferences();
    // The output devices Preferences offers; an open dialog takes them at once.
    void setDeviceNames(const QStringList& names);
    // The now-playing bar and the Now Playing view follow the controller, and ask it to play
    // (MainWindowPlayback.cpp).
    void connectTransport();
    // Opens Now Playing, or closes it to where the listener was.
    void showNowPlayingView(bool open);
    void seekBy(qint64 deltaMs);
    // Selects the track the last session ended on, if this album has it, and makes Play resume it.
    void offerLastTrack();
    void showTracks(const QList<library::Track>& tracks);
    // Reads the album's cover off the UI thread; the header and booklet show it when it is in.
    void loadCover(const QList<library::Track>& tracks);
    // The notes, lyrics and moods of the tracks shown, as the notes loader read them.
    void showAlbumNotes(const notes::AlbumNotes& notes);
    // The mood and character filters offer what the tracks shown name; `keepChoice`: a choice
    // they still offer stays (the same tracks, their notes read again).
    void fillFilters(bool keepChoice);
    // A damaged notes file still shows what could be read; the listener learns where it is wrong.
    void reportNotesProblems();
    void showAlbumHeader();
    void showAlbumCover();
    // Fits the album page to its size: where the notes go, how much of the opening shows, and
    // in a short window a smaller header.
    void arrangeAlbumPage();
    // The booklet's buttons for the tracks shown, and its pages when it is open; else they are
    // made when it opens (an album of 10,000 tracks took a tenth of a second a time).
    void showBooklet();
    // The booklet across the main area, its chips filtering the album, its buttons playing
    // (MainWindowBooklet.cpp).
    void connectBooklet();
    void exportBooklet();
    // Where the window is and where it has been (MainWindowNavigation.cpp).
    void connectNavigation();
    void navigate(const Location& place);
    void showLocation(const Location& place);
    void goBack();
    void goForward();
    void showBookletView();
    void showAlbumView();
    bool handleMouseNavigation(QObject* watched, QEvent* event);
    void showNotesFor(int row);
    // The tracks shown as the arc's points, from their notes and the analysis.
    void showArc();
    // The playing track's waveform in the seek bar and its point marked on the arc.
    void showPlayingAnalysis();
    void writeReplayGainTags();
    void acceptSuggestedMood(int row);
    // After the album's notes file was saved: the notes of every row read again (off the UI
    // thread), then `row` shown with the message.
    void reloadNotes(int row, const QString& message);
    void editNotes();
    int selectedRow() const;
    // Where row `row` of the tracks is in the track table (invalid while filtered out).
    QModelIndex shownIndex(int row) const;
    QList<library::Track> selectedTracks() const;
    // The track menu on this view, for the tracks `chosen` gives when it opens; `offerPlay` puts
    // Play (them, from the first) on top.
    void offerTrackMenu(QAbstractItemView* view,
                        const std::function<QList<library::Track>()>& chosen,
                        bool offerPlay = false);
    QString albumFolder() const;
    // The album's name as the library shows it (a soundtrack's, for its parts). Only with tracks
    // loaded.
    QString albumTitle() const { return m_album.title; }
    void addMusicFolder(const QString& folder);
    // The library reads `after` instead of `before` (folders given on the command line stay).
    void changeMusicFolders(const QStringList& before, const QStringList& after);
    void chooseMusicFolder();
    void playRow(int row);
    // Marks the track being heard wherever the window shows it.
    void markPlaying();
    // While the library search has text, its matches across the library replace the album's
    // table; an empty search brings the album back.
    void showSearch(const QString& text);
    void showCurrentTrack();
    void showState(engine::PlaybackState state);
    void showPosition(qint64 positionMs);
    void showDuration(qint64 durationMs);
    void showTrackFailure(int index, const QString& path, const QString& reason);

    std::unique_ptr<Ui::MainWindow> m_ui;
    playlist::PlaybackController& m_controller;
    desktop::Settings& m_settings;
    QString m_notesPacksFolder;
    QString m_bundledAlbum;
    notes::AlbumNotesLoader m_notesLoader;
    library::TrackModel m_tracks;
    library::TrackFilterModel m_filteredTracks;
    TrackStatsColumns* m_statsColumns = nullptr;
    TrackContextMenu* m_trackMenu = nullptr;
    LibraryPane* m_libraryPane = nullptr;
    TrackSearchTable* m_searchResults;
    library::LibraryUpdater* m_library = nullptr;
    // The library as the last pass of each side found it; the folders' as far as their pass has
    // given them, so that the servers' albums join those rather than replace them.
    QList<library::FolderTracksPtr> m_folders;
    // m_folders' rows by path, for the folders arriving one batch after another; empty when it
    // is to be made again.
    QHash<QString, qsizetype> m_rowOfFolder;
    QList<library::FolderTracksPtr> m_serverFolders;
    notes::AlbumNotes m_albumNotes; // of m_tracks' rows; empty until the loader delivers them
    // Where a notes file was saved from, until its notes are read again.
    int m_savedNotesRow = -1;
    QString m_savedNotesMessage;
    library::AlbumInfo m_album;  // what the shown tracks make as an album
    QImage m_cover;              // the album's, read once per album
    bool m_bookletStale = false; // the booklet's pages are not of the album shown
    // The cover being read for the album shown, if any.
    QPointer<QFutureWatcher<QImage>> m_coverLoad;
    QString m_listName;     // the smart playlist shown, else empty (an album)
    QString m_albumOpening; // the first paragraph of the album's notes, as plain text
    int m_notesRow = -1;
    TrackArtLoader m_art;
    NavigationHistory m_history;
    // While a place from the history is shown again, nothing it does is a new step.
    bool m_restoring = false;
    PlaylistSidebar* m_playlists = nullptr;
    QAction* m_bookletAction = nullptr;
    QAction* m_exportBookletAction = nullptr;
    analysis::LibraryAnalyzer* m_analyzer = nullptr;
    analysis::AnalysisCatalog* m_catalog = nullptr;
    AnalysisProgress* m_analysisProgress = nullptr;
    // Results come one track at a time; the arc is redrawn once for a burst of them.
    QTimer* m_arcRefresh = nullptr;
    QStringList m_deviceNames;
    QPointer<PreferencesDialog> m_preferences; // while it is open
};

} // namespace liner::gui
