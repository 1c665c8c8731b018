// The album page: its header (kind, title, artist, details, the opening of the notes and the cover,
// read off the UI thread), its layout for the window's size, the mood and character filters, and
// the notes of the chosen track with their editor.
#include "desktop/Settings.h"
#include "gui/AlbumKindLabel.h"
#include "gui/EmotionalArcView.h"
#include "gui/MainWindow.h"
#include "gui/NotesEditorDialog.h"
#include "gui/NotesMarkdown.h"
#include "gui/Sleeve.h"
#include "gui/Typography.h"
#include "library/CoverArt.h"
#include "notes/NotesEditing.h"
#include "playlist/PlaybackController.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QtConcurrent>

namespace liner::gui {

using library::TrackModel;

namespace {

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

void MainWindow::connectAlbumPage()
{
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

} // namespace liner::gui
