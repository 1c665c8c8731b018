#include "gui/LibraryPane.h"

#include "gui/AlbumDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace liner::gui {

LibraryPane::LibraryPane(QWidget* parent)
    : QWidget(parent), m_searchBox(new QLineEdit(this)), m_list(new QListView(this)),
      m_progress(new QProgressBar(this)), m_emptyHint(new QLabel(this)),
      m_gridAction(new QAction(tr("Album Grid"), this))
{
    m_search.setSourceModel(&m_albums);
    m_search.sort(0);

    m_searchBox->setObjectName(QStringLiteral("librarySearch"));
    m_list->setObjectName(QStringLiteral("albumList"));
    m_searchBox->setPlaceholderText(tr("Search albums, artists, songs, moods"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setAccessibleName(tr("Search the library"));
    m_list->setModel(&m_search);
    m_list->setItemDelegate(new AlbumDelegate(m_list));
    m_list->setSpacing(2);
    // Long titles wrap within the pane instead of widening it.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Albums"));
    m_gridAction->setObjectName(QStringLiteral("albumGridAction"));
    m_gridAction->setCheckable(true);
    m_gridAction->setToolTip(tr("Show the albums as a grid of covers"));
    m_gridAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    auto* gridButton = new QToolButton(this);
    gridButton->setObjectName(QStringLiteral("albumGridButton"));
    gridButton->setDefaultAction(m_gridAction);
    gridButton->setAutoRaise(true);
    showGrid(false);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("Reading %v of %m files"));
    m_progress->hide();
    m_emptyHint->setText(tr("No albums yet. Add a music folder, or drop one on the window."));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->hide(); // until a scan has found nothing
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    auto* addFolder = new QPushButton(tr("Add Music Folder…"), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchBox, 1);
    searchRow->addWidget(gridButton);
    layout->addLayout(searchRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_progress);
    layout->addWidget(addFolder);

    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Filtering moves the list's current row when the shown album drops out; that is not
        // the listener choosing another album.
        m_filtering = true;
        m_search.setFilterFixedString(text);
        markShownAlbum();
        m_filtering = false;
        emit searchChanged(text);
    });
    connect(m_gridAction, &QAction::toggled, this, [this](bool grid) {
        showGrid(grid);
        emit gridShownChanged(grid);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid() || m_filtering)
                    return;
                m_chosen = true;
                chooseRow(m_search.mapToSource(current).row());
            });
    connect(addFolder, &QPushButton::clicked, this, &LibraryPane::addFolderRequested);
    connect(&m_albums, &QAbstractItemModel::rowsInserted, this, &LibraryPane::chooseInitialAlbum);
    // A rescan replaces the shown album's tracks: show the fresh ones (a file edited or added).
    connect(&m_albums, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last, const QList<int>& roles) {
                if (!roles.isEmpty() || m_shownKey.isEmpty())
                    return;
                for (int row = first.row(); row <= last.row(); ++row) {
                    if (m_albums.album(row).key == m_shownKey) {
                        emit albumChosen(m_albums.album(row).tracks);
                        return;
                    }
                }
            });
    connect(&m_albums, &QAbstractItemModel::rowsInserted, m_emptyHint, &QWidget::hide);
}

void LibraryPane::setGridShown(bool grid)
{
    m_gridAction->setChecked(grid);
}

void LibraryPane::showGrid(bool grid)
{
    const int cover = library::AlbumModel::kThumbnailPixels;
    // The same view either way, so the model, the search and the chosen album carry over.
    m_list->setViewMode(grid ? QListView::IconMode : QListView::ListMode);
    m_list->setIconSize(grid ? QSize(cover, cover) : QSize(cover / 2, cover / 2));
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(grid);
    m_list->setGridSize(grid ? AlbumDelegate::gridCell(m_list->iconSize(), fontMetrics())
                             : QSize());
    if (const QModelIndex current = m_list->currentIndex(); current.isValid())
        m_list->scrollTo(current);
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
        tracks << m_albums.album(row).tracks;
    return tracks;
}

void LibraryPane::setPlayingPath(const QString& path)
{
    const int row = m_albums.rowOfTrack(path);
    if (row < 0)
        return;
    const QModelIndex shown = m_search.mapFromSource(m_albums.index(row));
    if (shown.isValid())
        m_list->scrollTo(shown);
}

void LibraryPane::showProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void LibraryPane::scanFinished()
{
    m_preferredFolder.clear();
    m_emptyHint->setVisible(m_albums.rowCount() == 0);
    chooseInitialAlbum();
}

void LibraryPane::markShownAlbum()
{
    const int row = m_albums.rowOfKey(m_shownKey);
    m_list->setCurrentIndex(row < 0 ? QModelIndex() : m_search.mapFromSource(m_albums.index(row)));
}

void LibraryPane::chooseRow(int sourceRow)
{
    m_shownKey = m_albums.album(sourceRow).key;
    emit albumChosen(m_albums.album(sourceRow).tracks);
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
    const int row = m_preferredFolder.isEmpty() ? 0 : m_albums.rowOfFolder(m_preferredFolder);
    // Wait for the preferred album while the scan may still bring it (scanFinished() gives up).
    if (row < 0)
        return;
    m_chosen = true;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(m_search.mapFromSource(m_albums.index(row)));
    chooseRow(row);
}

} // namespace liner::gui
