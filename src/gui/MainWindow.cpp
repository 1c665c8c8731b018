#include "gui/MainWindow.h"

#include "common/FileName.h"
#include "desktop/Settings.h"
#include "gui/AlbumKindLabel.h"
#include "gui/BookletContent.h"
#include "gui/EmotionalArcView.h"
#include "gui/NotesEditorDialog.h"
#include "gui/NotesMarkdown.h"
#include "gui/PlaylistSidebar.h"
#include "gui/ScanNotice.h"
#include "gui/Sleeve.h"
#include "gui/TrackContextMenu.h"
#include "gui/TrackStatsColumns.h"
#include "gui/Typography.h"
#include "library/CoverArt.h"
#include "library/LibraryUpdater.h"
#include "notes/NotesEditing.h"
#include "notes/TrackNotesLookup.h"
#include "playlist/PlaybackController.h"
#include "playlist/TrackSources.h"
#include "server/ServerLibrary.h"
#include "server/ServerLocation.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QtConcurrent>

namespace liner::gui {

using engine::PlaybackState;
using library::TrackModel;

namespace {

// The sidebar's width at first.
constexpr int kSidebarWidth = 260;
// Below this width the album page puts the notes under the track table.
constexpr int kNotesBesideTableWidth = 960;
// Below this width the album page's header leaves out the emotional arc.
constexpr int kArcBesideTextWidth = 1040;
// Below this height the album page's header shrinks (a smaller cover and title, no opening of
// the notes), so the track table keeps most of the page.
constexpr int kRoomyHeaderHeight = 640;
constexpr int kCoverSide = 184;
constexpr int kCompactCoverSide = 96;
// How much of the album's notes the header shows.
constexpr int kOpeningLines = 3;

QStringList sortedUnion(const QList<library::Track>& tracks, QStringList library::Track::*field)
{
    QStringList values;
    for (const library::Track& track : tracks) {
        for (const QString& value : track.*field) {
            if (!values.contains(value, Qt::CaseInsensitive))
                values << value;
        }
    }
    values.sort(Qt::CaseInsensitive);
    return values;
}

} // namespace

MainWindow::MainWindow(playlist::PlaybackController& controller, desktop::Settings& settings,
                       const QString& notesPacksFolder, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_controller(controller),
      m_settings(settings), m_notesPacksFolder(notesPacksFolder), m_notesLoader(notesPacksFolder),
      m_searchResults(new TrackSearchTable(this)), m_art(notesPacksFolder)
{
    m_ui->setupUi(this);
    m_libraryPane = m_ui->libraryPane;
    m_libraryPane->setResultsView(m_searchResults);
    // "Queen of Tears" and "눈물의 여왕" singles make one soundtrack.
    connect(&m_notesLoader, &notes::AlbumNotesLoader::workTitlesRead, &m_libraryPane->albums(),
            &library::AlbumModel::setWorkTitles);
    connect(&m_notesLoader, &notes::AlbumNotesLoader::ready, this, &MainWindow::showAlbumNotes);
    connect(m_libraryPane, &LibraryPane::searchChanged, this, &MainWindow::showSearch);
    connect(m_searchResults, &TrackSearchTable::playRequested, &m_controller,
            &playlist::PlaybackController::playTracks);
    m_libraryPane->setGridShown(m_settings.albumGrid());
    connect(m_libraryPane, &LibraryPane::gridShownChanged, this,
            [this](bool grid) { m_settings.setAlbumGrid(grid); });
    setAcceptDrops(true);
    connect(m_libraryPane, &LibraryPane::albumChosen, this, &MainWindow::setAlbum);
    connect(m_libraryPane, &LibraryPane::addFolderRequested, this, &MainWindow::chooseMusicFolder);
    connect(m_libraryPane, &LibraryPane::albumPlayRequested, this,
            [this](const QList<library::Track>& tracks) { m_controller.playTracks(tracks, 0); });
    connect(m_libraryPane, &LibraryPane::albumQueueRequested, &m_controller,
            &playlist::PlaybackController::addToQueue);
    m_filteredTracks.setSourceModel(&m_tracks);
    m_ui->trackTable->setModel(&m_filteredTracks);
    // Every track of an album is on it; the library search shows the album column.
    m_ui->trackTable->hideColumn(TrackModel::AlbumColumn);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    m_ui->contentSplitter->restoreState(m_settings.splitterState());

    m_ui->albumTitleLabel->setFont(typography::displayFont(32, QFont::Medium));
    m_ui->albumNotesLabel->setFont(typography::proseFont(16));
    m_ui->albumPage->installEventFilter(this);
    QFont kindFont = font();
    kindFont.setPointSizeF(kindFont.pointSizeF() * 0.85);
    kindFont.setWeight(QFont::DemiBold);
    kindFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_ui->albumKindLabel->setFont(kindFont);
    m_ui->albumKindLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->albumDetailsLabel->setForegroundRole(QPalette::PlaceholderText);

    createActions();
    connectBooklet();
    connectTransport();
    connectNavigation();

    connect(
        m_ui->trackTable, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { playRow(m_filteredTracks.mapToSource(index).row()); });
    connect(m_ui->trackTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showNotesFor(selectedRow() >= 0 ? selectedRow() : m_tracks.playingRow()); });
    connect(m_ui->moodFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filteredTracks.setMood(m_ui->moodFilter->currentData().toString()); });
    connect(m_ui->characterFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filteredTracks.setCharacter(m_ui->characterFilter->currentData().toString());
    });
    connect(m_ui->editNotesButton, &QPushButton::clicked, this, &MainWindow::editNotes);
    connect(m_ui->albumArcView, &EmotionalArcView::playRequested, this, &MainWindow::playRow);
    connect(m_ui->albumArcView, &EmotionalArcView::acceptSuggestionRequested, this,
            &MainWindow::acceptSuggestedMood);

    connect(&m_controller, &playlist::PlaybackController::currentIndexChanged, this,
            &MainWindow::showCurrentTrack);
    connect(&m_controller, &playlist::PlaybackController::stateChanged, this,
            &MainWindow::showState);
    connect(&m_controller, &playlist::PlaybackController::positionChanged, this,
            &MainWindow::showPosition);
    connect(&m_controller, &playlist::PlaybackController::durationChanged, this,
            &MainWindow::showDuration);
    connect(&m_controller, &playlist::PlaybackController::trackFailed, this,
            &MainWindow::showTrackFailure);
    connect(&m_controller, &playlist::PlaybackController::outputFailed, this,
            [this](const QString& reason) {
                statusBar()->showMessage(tr("Audio output failed: %1").arg(reason));
            });

    m_ui->nowPlayingBar->showVolume(m_settings.volume());
    m_controller.setVolume(m_settings.volume());
    connect(&m_settings, &desktop::Settings::saveFailed, this, &MainWindow::showProblem);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::showProblem(const QString& message)
{
    statusBar()->showMessage(message);
}

void MainWindow::raiseToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::addSidebar(QWidget* sidebar)
{
    // Left of everything but the now-playing bar.
    m_ui->sideSplitter->insertWidget(0, sidebar);
    m_ui->sideSplitter->setStretchFactor(0, 0);
    m_ui->sideSplitter->setStretchFactor(1, 1);
    m_ui->sideSplitter->setSizes({kSidebarWidth, std::max(width() - kSidebarWidth, 400)});
    if (auto* playlists = qobject_cast<PlaylistSidebar*>(sidebar)) {
        m_playlists = playlists;
        // Before Help, so the F1 list shows the playlist keys too.
        QMenu* menu = new QMenu(tr("P&laylists"), menuBar());
        menu->addActions(playlists->windowActions());
        menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    }
    // Tracks are dragged from the album into the sidebar's playlists.
    m_ui->trackTable->setDragDropMode(QAbstractItemView::DragOnly);
}

void MainWindow::setTrackMenu(TrackContextMenu& menu)
{
    m_trackMenu = &menu;
    m_statsColumns = new TrackStatsColumns(menu.stats(), this);
    m_statsColumns->setSourceModel(&m_tracks);
    m_filteredTracks.setSourceModel(m_statsColumns);
    m_ui->trackTable->setRatingColumn(m_statsColumns->ratingColumn());
    connect(m_ui->trackTable, &TrackTable::ratingClicked, this, [this](int row, int stars) {
        const int track = m_filteredTracks.mapToSource(m_filteredTracks.index(row, 0)).row();
        if (track >= 0)
            m_trackMenu->rate({m_tracks.track(track)}, stars);
    });
    offerTrackMenu(m_ui->trackTable, [this] { return selectedTracks(); });
    offerTrackMenu(m_searchResults, [this] { return m_searchResults->selectedTracks(); });
    // The albums' menu opens with Play, what the tiles' Play button does, for the keyboard.
    offerTrackMenu(
        m_libraryPane->albumView(), [this] { return m_libraryPane->selectedAlbumTracks(); }, true);
}

void MainWindow::offerTrackMenu(QAbstractItemView* view,
                                const std::function<QList<library::Track>()>& chosen,
                                bool offerPlay)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, chosen, offerPlay](const QPoint& at) {
                const QList<library::Track> tracks = chosen();
                const std::unique_ptr<QMenu> menu(m_trackMenu->menuFor(tracks, this));
                if (!menu)
                    return;
                if (offerPlay) {
                    auto* play = new QAction(tr("Play"), menu.get());
                    play->setObjectName(QStringLiteral("playChosenAction"));
                    connect(play, &QAction::triggered, this,
                            [this, tracks] { m_controller.playTracks(tracks, 0); });
                    menu->insertAction(menu->actions().value(0), play);
                }
                menu->exec(view->viewport()->mapToGlobal(at));
            });
}

void MainWindow::setAlbum(const QList<library::Track>& tracks)
{
    m_listName.clear();
    showTracks(tracks);
}

void MainWindow::playAlbum(const QList<library::Track>& tracks)
{
    setAlbum(tracks);
    playRow(0);
}

void MainWindow::showSmartPlaylist(const QString& name, const QList<library::Track>& tracks)
{
    m_listName = name;
    m_libraryPane->clearShownAlbum();
    showTracks(tracks);
    if (!m_restoring)
        navigate({Location::View::SmartPlaylist, name});
}

void MainWindow::showTracks(const QList<library::Track>& tracks)
{
    QList<library::Track> playable;
    int unreadable = 0;
    for (const library::Track& track : tracks) {
        if (track.isReadable())
            playable << track;
        else
            ++unreadable;
    }
    m_albumNotes = {};
    m_savedNotesRow = -1;
    m_savedNotesMessage.clear();
    QList<const library::Track*> members;
    for (const library::Track& track : std::as_const(playable))
        members.append(&track);
    m_album = {};
    library::describeAlbum(m_album, members);
    loadCover(playable);
    m_tracks.setTracks(playable);
    // Not while a play just asked for is starting: a rescan that re-shows the album must not
    // replace the queue under it.
    const bool queueChanges = m_controller.isIdle();
    if (queueChanges)
        m_controller.setQueue(playable);
    markPlaying();
    fillFilters(false);
    showAlbumHeader();
    showBooklet();
    showArc();
    showNotesFor(playable.isEmpty() ? -1 : 0);
    if (queueChanges)
        offerLastTrack();
    m_notesLoader.request(playable);
    if (unreadable > 0)
        statusBar()->showMessage(
            unreadable == 1 ? tr("1 file could not be read and was left out.")
                            : tr("%1 files could not be read and were left out.").arg(unreadable));
}

void MainWindow::loadCover(const QList<library::Track>& tracks)
{
    // Read off the UI thread: an embedded picture means opening the audio file, and a folder
    // on a slow disk or a network share would freeze the window meanwhile.
    m_cover = {};
    if (m_coverLoad)
        m_coverLoad->disconnect(this); // an album picked before: its cover is no longer wanted
    m_coverLoad = nullptr;
    if (tracks.isEmpty())
        return;
    auto* load = new QFutureWatcher<QImage>(this);
    m_coverLoad = load;
    connect(load, &QFutureWatcherBase::finished, this, [this, load] {
        m_coverLoad = nullptr;
        m_cover = load->result();
        showAlbumHeader();
        showBooklet();
    });
    connect(load, &QFutureWatcherBase::finished, load, &QObject::deleteLater);
    load->setFuture(
        QtConcurrent::run([first = tracks.first()] { return library::CoverArt::load(first); }));
}

void MainWindow::showAlbumNotes(const notes::AlbumNotes& notes)
{
    m_albumNotes = notes;
    m_tracks.refreshTracks(notes.tracks);
    markPlaying();
    m_controller.updateTracks(notes.tracks);
    fillFilters(true);
    showAlbumHeader();
    showBooklet();
    showArc();
    showNotesFor(m_savedNotesRow >= 0 ? m_savedNotesRow : m_notesRow);
    reportNotesProblems();
    if (!m_savedNotesMessage.isEmpty())
        statusBar()->showMessage(m_savedNotesMessage, 5000);
    m_savedNotesRow = -1;
    m_savedNotesMessage.clear();
    emit albumNotesShown();
}

void MainWindow::reportNotesProblems()
{
    const auto& document = m_albumNotes.albumDocument;
    if (!m_albumNotes.albumDocumentProblem.isEmpty())
        statusBar()->showMessage(m_albumNotes.albumDocumentProblem);
    if (!document || document->issues().isEmpty())
        return;
    const notes::ParseIssue& first = document->issues().first();
    const qsizetype more = document->issues().size() - 1;
    statusBar()->showMessage(
        more == 0 ? tr("liner-notes.md, line %1: %2").arg(first.line).arg(first.message)
                  : tr("liner-notes.md, line %1: %2 (and %3 more)")
                        .arg(first.line)
                        .arg(first.message)
                        .arg(more));
}

void MainWindow::fillFilters(bool keepChoice)
{
    const auto fill = [keepChoice](QComboBox* box, const QString& all, const QStringList& values) {
        const QSignalBlocker blocker(box);
        const QString chosen = keepChoice ? box->currentData().toString() : QString();
        box->clear();
        box->addItem(all, QString());
        for (const QString& value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(chosen)));
        box->setEnabled(!values.isEmpty());
        return box->currentData().toString();
    };
    m_filteredTracks.setMood(fill(m_ui->moodFilter, tr("All moods"),
                                  sortedUnion(m_tracks.tracks(), &library::Track::moods)));
    m_filteredTracks.setCharacter(
        fill(m_ui->characterFilter, tr("All characters"),
             sortedUnion(m_tracks.tracks(), &library::Track::characters)));
}

void MainWindow::offerLastTrack()
{
    const QString path = m_settings.lastTrackPath();
    const QList<library::Track> queued = m_controller.queue().tracks();
    const auto found = std::ranges::find(queued, path, &library::Track::path);
    const int row = m_tracks.rowOf(path, found == queued.cend() ? 0 : found->startUs);
    if (path.isEmpty() || found == queued.cend() || row < 0)
        return;
    m_controller.setResumePoint(int(found - queued.cbegin()), m_settings.lastPositionMs());
    // The bar shows what Play will do: this track, from where it was left.
    m_ui->nowPlayingBar->showTrack(*found);
    m_ui->nowPlayingBar->showResumePoint(m_settings.lastPositionMs(), found->durationMs);
    m_art.load(*found);
    m_ui->trackTable->setCurrentIndex(shownIndex(row));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_ui->contentSplitter->saveState());
    m_settings.setWindowState(saveState());
    if (const library::Track* current = m_controller.currentTrack())
        m_settings.setLastTrack(current->path, m_controller.state() == PlaybackState::Stopped
                                                   ? 0
                                                   : m_controller.position());
    m_controller.stop();
    event->accept();
}

QString MainWindow::albumFolder() const
{
    return m_tracks.rowCount() > 0 ? QFileInfo(m_tracks.track(0).path).absolutePath() : QString();
}

void MainWindow::showAlbumHeader()
{
    const QList<library::Track>& tracks = m_tracks.tracks();
    if (tracks.isEmpty()) {
        m_ui->albumTitleLabel->setText(tr("No music"));
        m_ui->albumArtistLabel->clear();
        m_ui->albumDetailsLabel->clear();
        m_albumOpening.clear();
        m_ui->albumNotesLabel->clear();
        m_ui->coverLabel->clear();
        return;
    }
    const library::Track& first = tracks.first();
    // A smart playlist's tracks come from many albums: its name, and no album's details.
    const bool album = m_listName.isEmpty();
    const QString title = album ? albumTitle() : m_listName;
    setWindowTitle(tr("%1 — Liner").arg(title));
    m_ui->albumKindLabel->setText(!album ? tr("SMART PLAYLIST") : albumKindLabel(m_album.kind));
    m_ui->albumTitleLabel->setText(title);
    m_ui->albumArtistLabel->setText(album ? library::AlbumModel::artistShown(m_album) : QString());
    // A soundtrack's singles each have their own name: the table names them.
    m_ui->trackTable->setColumnHidden(TrackModel::AlbumColumn, !album || m_album.parts.isEmpty());
    qint64 totalMs = 0;
    for (const library::Track& track : tracks)
        totalMs += track.durationMs;
    QStringList details;
    if (album && m_album.year > 0)
        details << QString::number(m_album.year);
    if (album && !m_album.parts.isEmpty())
        details << (m_album.parts.size() == 1 ? tr("1 part")
                                              : tr("%1 parts").arg(m_album.parts.size()));
    if (album && !first.genre.isEmpty())
        details << first.genre;
    details << (tracks.size() == 1 ? tr("1 track") : tr("%1 tracks").arg(tracks.size()));
    details << tr("%1 min").arg((totalMs + 30000) / 60000);
    m_ui->albumDetailsLabel->setText(details.join(QStringLiteral(" · ")));
    // The header carries the opening of the notes, as much as three lines hold; the booklet has
    // the rest.
    m_albumOpening = album ? typography::plainProse(m_albumNotes.notes.value(0).albumProse.section(
                                 QStringLiteral("\n\n"), 0, 0))
                           : QString();
    arrangeAlbumPage();
    showAlbumCover();
}

void MainWindow::showAlbumCover()
{
    if (!m_listName.isEmpty() || m_tracks.rowCount() == 0 || m_coverLoad) {
        m_ui->coverLabel->clear(); // no album's cover, or not read yet
        return;
    }
    const qreal ratio = devicePixelRatioF();
    if (m_cover.isNull()) {
        m_ui->coverLabel->setPixmap(sleeve(m_ui->coverLabel->size(), palette(), ratio));
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(m_cover.scaled(
        m_ui->coverLabel->size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_ui->coverLabel->setPixmap(pixmap);
}

void MainWindow::arrangeAlbumPage()
{
    // Side by side while the table keeps room for whole titles; else the notes go under it.
    const bool wide = m_ui->albumPage->width() >= kNotesBesideTableWidth;
    QSplitter* split = m_ui->contentSplitter;
    if (const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
        split->orientation() != orientation) {
        split->setOrientation(orientation);
        // Beside the table the notes get two fifths of the width, under it a quarter of the
        // height: the table is what is browsed.
        const int length = std::max(20, wide ? split->width() : split->height());
        const int notes = wide ? length * 2 / 5 : length / 4;
        split->setSizes({length - notes, notes});
    }
    // The arc takes room from the album's text: only where both keep enough of it.
    m_ui->albumArcView->setVisible(m_ui->albumPage->width() >= kArcBesideTextWidth);
    const bool roomy = m_ui->albumPage->height() >= kRoomyHeaderHeight;
    m_ui->albumNotesLabel->setVisible(roomy);
    m_ui->albumTitleLabel->setFont(typography::displayFont(roomy ? 32 : 24, QFont::Medium));
    m_ui->albumPageLayout->setContentsMargins(24, roomy ? 24 : 12, 24, roomy ? 16 : 8);
    m_ui->albumPageLayout->setSpacing(roomy ? 16 : 10);
    const int coverSide = roomy ? kCoverSide : kCompactCoverSide;
    if (m_ui->coverLabel->width() != coverSide) {
        m_ui->coverLabel->setFixedSize(coverSide, coverSide);
        showAlbumCover();
    }
    const int width = std::max(120, m_ui->albumNotesLabel->width());
    m_ui->albumNotesLabel->setText(typography::elidedLines(
        m_albumOpening, m_ui->albumNotesLabel->font(), width, kOpeningLines));
    m_ui->albumNotesLabel->setToolTip(m_albumOpening);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (handleMouseNavigation(watched, event))
        return true;
    if (watched == m_ui->albumPage && event->type() == QEvent::Resize)
        arrangeAlbumPage();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showBooklet()
{
    // A smart playlist's tracks come from many albums: it has no booklet of its own.
    const bool album = m_listName.isEmpty() && m_tracks.rowCount() > 0;
    m_ui->bookletButton->setEnabled(album);
    m_bookletAction->setEnabled(album);
    m_exportBookletAction->setEnabled(album);
    if (album)
        m_ui->bookletView->setContent(
            BookletContent::fromAlbum(m_album, m_tracks.tracks(), m_albumNotes.notes, m_cover));
}

void MainWindow::showNotesFor(int row)
{
    m_notesRow = row;
    if (row < 0 || row >= m_tracks.rowCount()) {
        m_ui->trackNotesBrowser->clearNotes();
        m_ui->editNotesButton->setEnabled(false);
        return;
    }
    const library::Track& track = m_tracks.track(row);
    m_ui->trackNotesBrowser->showMarkdown(
        trackNotesMarkdown(track, m_albumNotes.notes.value(row).track),
        QFileInfo(track.path).absolutePath());
    const bool editable = m_albumNotes.sections.value(row).index >= 0;
    m_ui->editNotesButton->setEnabled(editable);
    m_ui->editNotesButton->setToolTip(
        editable ? tr("Edit this track's section of liner-notes.md")
                 : tr("This album's liner-notes.md has no section for this track"));
}

void MainWindow::editNotes()
{
    // Until a save's notes are read again, an edit would start from the file as it was.
    if (m_notesRow < 0 || m_savedNotesRow >= 0)
        return;
    // A copy: notes that arrive while the dialog is open refresh the model's tracks.
    const library::Track track = m_tracks.track(m_notesRow);
    const notes::EditableSection section = m_albumNotes.sections.value(m_notesRow);
    if (section.index < 0)
        return;
    NotesEditorDialog dialog(track, section.document->sectionBody(section.index), albumFolder(),
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The file the section came from: this track's folder's, whichever album the view shows.
    const QString path =
        QDir(QFileInfo(track.path).absolutePath()).filePath(notes::LinerNotesDocument::fileName());
    QString error;
    if (!notes::saveNotesFile(
            path, notes::withSectionBody(*section.document, section.index, dialog.text()),
            &error)) {
        QMessageBox::warning(
            this, tr("Notes not saved"),
            tr("The notes were not saved, and the file is as it was. %1").arg(error));
        return;
    }
    reloadNotes(m_notesRow, tr("Saved the notes of %1.").arg(track.displayTitle()));
}

void MainWindow::reloadNotes(int row, const QString& message)
{
    m_savedNotesRow = row;
    m_savedNotesMessage = message;
    m_notesLoader.request(m_tracks.tracks());
}

QModelIndex MainWindow::shownIndex(int row) const
{
    // The filter's source is the statistics columns once the track menu is set, else the tracks.
    QModelIndex index = m_tracks.index(row, TrackModel::TitleColumn);
    if (m_statsColumns != nullptr)
        index = m_statsColumns->mapFromSource(index);
    return m_filteredTracks.mapFromSource(index);
}

int MainWindow::selectedRow() const
{
    const QModelIndex current = m_ui->trackTable->selectionModel()->currentIndex();
    return current.isValid() ? m_filteredTracks.mapToSource(current).row() : -1;
}

QList<library::Track> MainWindow::selectedTracks() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->trackTable->selectionModel()->selectedRows())
        rows << m_filteredTracks.mapToSource(index).row();
    std::ranges::sort(rows);
    QList<library::Track> tracks;
    for (const int row : rows)
        tracks << m_tracks.track(row);
    return tracks;
}

void MainWindow::connectLibrary(library::LibraryUpdater& updater, const QString& preferredFolder)
{
    m_library = &updater;
    updater.setAnnotation(notes::libraryAnnotation(m_notesPacksFolder));
    if (m_settings.isFirstRun()) {
        // Stays until another message replaces it; shown once in the life of the settings.
        const bool bundled = !m_bundledAlbum.isEmpty() && !preferredFolder.isEmpty() &&
                             QFileInfo(preferredFolder) == QFileInfo(m_bundledAlbum);
        if (bundled)
            statusBar()->showMessage(
                tr("Welcome to Liner. This is its demo album: open its booklet with Booklet "
                   "(Ctrl+B). Add your own music with File ▸ Add Music Folder… (Ctrl+O), or drop a "
                   "folder on the window."));
        m_settings.setFirstRunDone();
    }
    m_libraryPane->setPreferredFolder(preferredFolder);
    connect(&updater, &library::LibraryUpdater::tracksArrived, &m_libraryPane->albums(),
            &library::AlbumModel::addTracks);
    connect(&updater, &library::LibraryUpdater::progressChanged, m_libraryPane,
            &LibraryPane::showProgress);
    connect(&updater, &library::LibraryUpdater::finished, this,
            [this](const QList<library::Track>& tracks, const QStringList& problems) {
                m_folderTracks = tracks;
                showWholeLibrary();
                m_libraryPane->scanFinished();
                if (const QString notice = ScanNotice::describe(tracks, problems);
                    !notice.isEmpty())
                    statusBar()->showMessage(notice);
            });
}

void MainWindow::connectServers(server::ServerLibrary& servers)
{
    connect(&servers, &server::ServerLibrary::tracksChanged, this,
            [this](const QList<library::Track>& tracks) {
                m_serverTracks = tracks;
                showWholeLibrary();
            });
    connect(&servers, &server::ServerLibrary::coversChanged, &m_libraryPane->albums(),
            &library::AlbumModel::reloadCovers);
    connect(&servers, &server::ServerLibrary::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
}

void MainWindow::showWholeLibrary()
{
    const QList<library::Track> all = m_folderTracks + m_serverTracks;
    m_libraryPane->albums().setTracks(all);
    m_searchResults->setLibrary(all);
    emit libraryTracksChanged(all);
}

void MainWindow::chooseMusicFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Music Folder"));
    if (!folder.isEmpty())
        addMusicFolder(folder);
}

void MainWindow::addMusicFolder(const QString& folder)
{
    QStringList folders = m_settings.libraryFolders();
    if (!folders.contains(folder)) {
        folders << folder;
        m_settings.setLibraryFolders(folders);
    }
    if (m_library != nullptr && !m_library->folders().contains(folder))
        m_library->setFolders(QStringList(m_library->folders()) << folder);
    statusBar()->showMessage(tr("Adding %1 to the library…").arg(folder), 5000);
}

void MainWindow::changeMusicFolders(const QStringList& before, const QStringList& after)
{
    if (m_library == nullptr)
        return;
    QStringList folders = m_library->folders();
    for (const QString& folder : before) {
        if (!after.contains(folder))
            folders.removeAll(folder);
    }
    for (const QString& folder : after) {
        if (!folders.contains(folder))
            folders << folder;
    }
    m_library->setFolders(folders);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(),
                    [](const QUrl& url) { return QFileInfo(url.toLocalFile()).isDir(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (QFileInfo(url.toLocalFile()).isDir())
            addMusicFolder(QDir::cleanPath(url.toLocalFile()));
    }
    event->acceptProposedAction();
}

void MainWindow::playRow(int row)
{
    m_controller.playTracks(m_tracks.tracks(), row);
}

void MainWindow::markPlaying()
{
    const library::Track* current = m_controller.currentTrack();
    m_tracks.setPlayingRow(current != nullptr ? m_tracks.rowOf(current->path, current->startUs)
                                              : -1);
}

void MainWindow::showCurrentTrack()
{
    markPlaying();
    if (selectedRow() < 0)
        showNotesFor(m_tracks.playingRow());
    showPlayingAnalysis();
    const library::Track* current = m_controller.currentTrack();
    if (current == nullptr) {
        m_searchResults->setPlayingTrack({}, 0);
        m_ui->nowPlayingBar->clearTrack();
        m_ui->nowPlayingView->clear();
        return;
    }
    const library::Track playing = *current;
    m_libraryPane->setPlayingPath(playing.path);
    m_searchResults->setPlayingTrack(playing.path, playing.startUs);
    m_ui->nowPlayingBar->showTrack(playing);
    m_art.load(playing);
}

void MainWindow::showState(PlaybackState state)
{
    m_ui->nowPlayingBar->showState(state);
}

void MainWindow::showPosition(qint64 positionMs)
{
    m_ui->nowPlayingBar->showPosition(positionMs);
    m_ui->nowPlayingView->setPosition(positionMs);
}

void MainWindow::showDuration(qint64 durationMs)
{
    m_ui->nowPlayingBar->showDuration(durationMs);
    m_ui->nowPlayingView->setDuration(durationMs);
}

void MainWindow::showTrackFailure(int index, const QString& path, const QString& reason)
{
    Q_UNUSED(index)
    QString name = readableFileName(QFileInfo(path).fileName());
    // A song on a server is named by its title: its URL ends in an id nobody knows it by. A file
    // keeps its file name, which is what the listener finds it by on disk.
    for (int row = 0; server::ServerLocation::isServerLocation(path) && row < m_tracks.rowCount();
         ++row) {
        if (m_tracks.track(row).path == path)
            name = m_tracks.track(row).displayTitle();
    }
    statusBar()->showMessage(tr("Could not play %1: %2").arg(name, reason));
}

} // namespace liner::gui
