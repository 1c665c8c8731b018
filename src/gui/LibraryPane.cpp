#include "gui/LibraryPane.h"

#include "gui/AlbumDelegate.h"
#include "gui/SymbolicIcons.h"
#include "gui/Typography.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace liner::gui {

namespace {

// While a search shows tracks, the albums above them keep about one row of covers.
constexpr int kSearchAlbumRows = 1;

} // namespace

LibraryPane::LibraryPane(QWidget* parent)
    : QWidget(parent), m_searchBox(new QLineEdit(this)), m_list(new QListView(this)),
      m_delegate(new AlbumDelegate(m_list)), m_title(new QLabel(tr("Albums"), this)),
      m_count(new QLabel(this)), m_progress(new QProgressBar(this)), m_emptyHint(new QLabel(this)),
      m_resultsTitle(new QLabel(tr("Tracks"), this)), m_layout(new QVBoxLayout(this)),
      m_gridAction(new QAction(tr("Album Grid"), this))
{
    setObjectName(QStringLiteral("libraryPane"));
    m_searchBox->setObjectName(QStringLiteral("librarySearch"));
    m_list->setObjectName(QStringLiteral("albumList"));
    m_searchBox->setPlaceholderText(tr("Search albums, artists, songs, moods"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Search the library"));
    // The magnifier is a button to a screen reader, so it is named and does what it says.
    QAction* search = m_searchBox->addAction(symbolicIcon(QStringLiteral("system-search-symbolic")),
                                             QLineEdit::LeadingPosition);
    search->setText(tr("Search"));
    connect(search, &QAction::triggered, m_searchBox, qOverload<>(&QWidget::setFocus));
    // Esc in the search box clears it, which brings back what was shown before.
    auto* clearSearch = new QShortcut(QKeySequence(Qt::Key_Escape), m_searchBox, nullptr, nullptr,
                                      Qt::WidgetShortcut);
    connect(clearSearch, &QShortcut::activated, m_searchBox, &QLineEdit::clear);
    m_list->setModel(&m_search);
    m_list->setItemDelegate(m_delegate);
    m_list->setMouseTracking(true);
    m_list->setFrameShape(QFrame::NoFrame);
    // The covers sit on the window itself, not in a white box.
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    // Long titles are elided within the pane instead of widening it (whole in the tooltip).
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Albums"));
    m_list->viewport()->installEventFilter(this);
    m_gridAction->setObjectName(QStringLiteral("albumGridAction"));
    m_gridAction->setCheckable(true);
    m_gridAction->setChecked(true);
    m_gridAction->setToolTip(tr("Show the albums as a grid of covers"));
    m_gridAction->setIcon(symbolicIcon(QStringLiteral("view-grid-symbolic")));
    auto* gridButton = new QToolButton(this);
    gridButton->setObjectName(QStringLiteral("albumGridButton"));
    gridButton->setDefaultAction(m_gridAction);
    gridButton->setAutoRaise(true);
    m_title->setFont(typography::displayFont(28, QFont::Medium));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_resultsTitle->setFont(typography::displayFont(22, QFont::Medium));
    m_resultsTitle->hide();
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Reading %v of %m files"));
    m_progress->setMaximumWidth(320);
    m_progress->hide();
    m_emptyHint->setObjectName(QStringLiteral("emptyLibraryHint"));
    m_emptyHint->setText(tr("No albums yet. Add a music folder, or drop one on the window."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide(); // until a scan has found nothing
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    auto* addFolder = new QPushButton(symbolicIcon(QStringLiteral("folder-music-symbolic")),
                                      tr("Add Music Folder…"), this);
    addFolder->setObjectName(QStringLiteral("addFolderButton"));

    auto* header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_title, 0, Qt::AlignBaseline);
    header->addWidget(m_count, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_progress);
    header->addWidget(gridButton);
    header->addWidget(addFolder);
    m_layout->setContentsMargins(24, 20, 24, 0);
    m_layout->setSpacing(12);
    m_layout->addLayout(header);
    m_layout->addWidget(m_emptyHint);
    m_layout->addWidget(m_list, 1);
    m_layout->addWidget(m_resultsTitle);
    showGrid(true);

    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Filtering moves the list's current row when the shown album drops out; that is not
        // the listener choosing another album.
        m_filtering = true;
        m_search.setSearchText(text);
        markShownAlbum();
        m_filtering = false;
        const bool searching = !text.isEmpty();
        m_resultsTitle->setVisible(searching && m_results != nullptr);
        if (m_results != nullptr)
            m_results->setVisible(searching);
        fitAlbumsToSearch();
        showCount();
        emit searchChanged(text);
    });
    connect(m_gridAction, &QAction::toggled, this, [this](bool grid) {
        showGrid(grid);
        emit gridShownChanged(grid);
    });
    // A click or Enter opens an album, the one shown included (so a list shown meanwhile, a
    // smart playlist, is left for it); moving the keyboard's focus across the albums does not.
    for (const auto signal : {&QAbstractItemView::clicked, &QAbstractItemView::activated}) {
        connect(m_list, signal, this, [this](const QModelIndex& index) {
            if (index.isValid())
                openRow(m_search.mapToSource(index).row());
        });
    }
    connect(addFolder, &QPushButton::clicked, this, &LibraryPane::addFolderRequested);
    connect(&m_albums, &QAbstractItemModel::rowsInserted, this, &LibraryPane::chooseInitialAlbum);
    // A rescan replaces the shown album's tracks: show the fresh ones (a file edited or added).
    connect(&m_albums, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last, const QList<int>& roles) {
                if (!roles.isEmpty() || m_shownKey.isEmpty())
                    return;
                for (int row = first.row(); row <= last.row(); ++row) {
                    if (m_albums.album(row).key == m_shownKey) {
                        emit albumChosen(m_albums.album(row).wholeTracks());
                        return;
                    }
                }
            });
    connect(&m_albums, &QAbstractItemModel::rowsInserted, this, &LibraryPane::showCount);
    connect(&m_albums, &QAbstractItemModel::rowsRemoved, this, &LibraryPane::showCount);
    connect(&m_albums, &QAbstractItemModel::modelReset, this, &LibraryPane::showCount);
    connect(&m_albums, &QAbstractItemModel::rowsInserted, m_emptyHint, &QWidget::hide);
    showCount();
}

bool LibraryPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        spreadGridColumns();
    if (watched == m_list->viewport() && tileButtonEvent(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

int LibraryPane::gridRowWidth() const
{
    // QListView lays out a grid as if its scroll bar were showing, so that showing it moves no
    // tile: the widest its viewport gets, less the bar.
    const QScrollBar* bar = m_list->verticalScrollBar();
    const QStyle* style = m_list->style();
    const bool barTakesRoom =
        m_list->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded &&
        style->pixelMetric(QStyle::PM_ScrollView_ScrollBarOverlap, nullptr, bar) == 0;
    return m_list->maximumViewportSize().width() -
           (barTakesRoom ? style->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, bar) : 0);
}

void LibraryPane::spreadGridColumns()
{
    if (!isGridShown())
        return;
    // The columns share the row's width, as a shelf of sleeves does: a grid of fixed cells left
    // up to a cell's width empty on the right. The view starts a row a spacing in and wraps
    // before a cell would reach the row's last pixel. A new grid size lays out every album
    // again: it is set only when the width asks for another.
    const QSize cell = AlbumDelegate::gridCell(m_list->iconSize(), fontMetrics());
    const int room = gridRowWidth() - 1 - m_list->spacing();
    const int columns = std::max(1, room / cell.width());
    const QSize spread(std::max(cell.width(), room / columns), cell.height());
    if (spread != m_list->gridSize())
        m_list->setGridSize(spread);
}

bool LibraryPane::tileButtonEvent(QEvent* event)
{
    using Button = AlbumDelegate::TileButton;
    switch (event->type()) {
    case QEvent::MouseMove: {
        const QPoint at = static_cast<QMouseEvent*>(event)->position().toPoint();
        const QModelIndex index = m_list->indexAt(at);
        m_delegate->setHotButton(index, m_delegate->buttonAt(index, at));
        return false;
    }
    case QEvent::Leave:
        m_delegate->setHotButton({}, Button::None);
        return false;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        // The view never sees a press on a button, so it neither selects nor opens the album.
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex index = m_list->indexAt(mouse->position().toPoint());
        const Button button = m_delegate->buttonAt(index, mouse->position().toPoint());
        if (button == Button::None || mouse->button() != Qt::LeftButton) {
            m_pressedButton = Button::None;
            return false;
        }
        // A double click acts once: its second release is swallowed, not a second click.
        m_pressedTile =
            event->type() == QEvent::MouseButtonPress ? QModelIndex(index) : QModelIndex();
        m_pressedButton = button;
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_pressedButton == Button::None)
            return false;
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QModelIndex index = m_list->indexAt(mouse->position().toPoint());
        const Button pressed = std::exchange(m_pressedButton, Button::None);
        // Released off the button it was pressed on: nothing, as with any button.
        if (!m_pressedTile.isValid() || index != m_pressedTile ||
            m_delegate->buttonAt(index, mouse->position().toPoint()) != pressed)
            return true;
        const QList<library::Track> tracks =
            m_albums.album(m_search.mapToSource(index).row()).wholeTracks();
        if (pressed == Button::Play)
            emit albumPlayRequested(tracks);
        else
            emit albumQueueRequested(tracks);
        return true;
    }
    default:
        return false;
    }
}

void LibraryPane::setResultsView(QWidget* results)
{
    m_results = results;
    m_layout->addWidget(results, 2);
    results->setVisible(!m_searchBox->text().isEmpty());
}

void LibraryPane::setGridShown(bool grid)
{
    m_gridAction->setChecked(grid);
    showGrid(grid);
}

bool LibraryPane::isGridShown() const
{
    return m_gridAction->isChecked();
}

void LibraryPane::showGrid(bool grid)
{
    const int cover = library::AlbumModel::kThumbnailPixels;
    // The same view either way, so the model, the search and the chosen album carry over.
    m_list->setViewMode(grid ? QListView::IconMode : QListView::ListMode);
    m_list->setIconSize(grid ? QSize(cover, cover) : QSize(48, 48));
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    // Every item alike, in both views: the view lays out 10,000 albums without asking each one
    // for its size.
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(grid ? 4 : 2);
    m_list->setGridSize(grid ? AlbumDelegate::gridCell(m_list->iconSize(), fontMetrics())
                             : QSize());
    spreadGridColumns();
    fitAlbumsToSearch();
}

void LibraryPane::fitAlbumsToSearch()
{
    // Searching, the albums give most of the room to the tracks found. Only the height: setting
    // the view's spacing or grid lays out every album again, 10,000 of them at each keystroke.
    const bool searching = !m_searchBox->text().isEmpty() && m_results != nullptr;
    const bool grid = isGridShown();
    m_list->setMaximumHeight(searching
                                 ? (grid ? m_list->gridSize().height() * kSearchAlbumRows + 8 : 180)
                                 : QWIDGETSIZE_MAX);
    if (const QModelIndex current = m_list->currentIndex(); current.isValid())
        m_list->scrollTo(current);
}

void LibraryPane::showCount()
{
    const int shown = m_search.rowCount();
    const int all = m_albums.rowCount();
    m_count->setText(shown == all ? (all == 1 ? tr("1 album") : tr("%1 albums").arg(all))
                                  : tr("%1 of %2 albums").arg(shown).arg(all));
}

void LibraryPane::focusSearch()
{
    m_searchBox->setFocus(Qt::ShortcutFocusReason);
    m_searchBox->selectAll();
}

QList<library::Track> LibraryPane::selectedAlbumTracks() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_list->selectionModel()->selectedRows())
        rows << m_search.mapToSource(index).row();
    std::ranges::sort(rows);
    QList<library::Track> tracks;
    for (const int row : rows)
        tracks << m_albums.album(row).wholeTracks();
    return tracks;
}

void LibraryPane::showAlbumOfTrack(const QString& path)
{
    const int row = m_albums.rowOfTrack(path);
    if (row >= 0)
        openRow(row);
}

bool LibraryPane::showAlbum(const QString& key)
{
    const int row = m_albums.rowOfKey(key);
    if (row < 0)
        return false;
    if (key != m_shownKey) {
        m_chosen = true;
        chooseRow(row);
        markShownAlbum();
    }
    return true;
}

void LibraryPane::setPlayingPath(const QString& path)
{
    const int row = m_albums.rowOfTrack(path);
    m_delegate->setPlayingAlbum(row >= 0 ? m_albums.album(row).key : QString());
    m_list->viewport()->update();
}

void LibraryPane::showProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void LibraryPane::scanFinished()
{
    // What the pass found may still be grouped into albums off the UI thread.
    if (m_albums.isGrouping()) {
        connect(&m_albums, &library::AlbumModel::albumsSettled, this, &LibraryPane::scanFinished,
                Qt::SingleShotConnection);
        return;
    }
    m_preferredFolder.clear();
    m_emptyHint->setVisible(m_albums.rowCount() == 0);
    chooseInitialAlbum();
}

void LibraryPane::markShownAlbum()
{
    const int row = m_albums.rowOfKey(m_shownKey);
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(row < 0 ? QModelIndex() : m_search.mapFromSource(m_albums.index(row)));
}

void LibraryPane::chooseRow(int sourceRow)
{
    m_shownKey = m_albums.album(sourceRow).key;
    emit albumChosen(m_albums.album(sourceRow).wholeTracks());
}

void LibraryPane::openRow(int sourceRow)
{
    m_chosen = true;
    const QString key = m_albums.album(sourceRow).key;
    if (key != m_shownKey)
        chooseRow(sourceRow);
    markShownAlbum();
    emit albumOpened(key);
}

void LibraryPane::clearShownAlbum()
{
    m_shownKey.clear();
    markShownAlbum();
}

void LibraryPane::showAlbumOf(const QString& folder)
{
    m_preferredFolder = folder;
    m_chosen = false;
    chooseInitialAlbum();
}

void LibraryPane::chooseInitialAlbum()
{
    if (m_chosen || m_albums.rowCount() == 0)
        return;
    int row = m_preferredFolder.isEmpty() ? 0 : m_albums.rowOfFolder(m_preferredFolder);
    // Wait for the preferred album while the scan may still bring it (scanFinished() gives up).
    if (row < 0)
        return;
    // The first album in the grid's order, not the scan's.
    if (m_preferredFolder.isEmpty())
        row = m_search.mapToSource(m_search.index(0, 0)).row();
    openRow(row);
}

} // namespace liner::gui
