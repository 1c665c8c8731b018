#include "gui/PlaylistSidebar.h"

#include "common/FileName.h"
#include "gui/PlaylistSidebarItems.h"
#include "gui/QueueDelegate.h"
#include "gui/Typography.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistEdits.h"
#include "playlist/PlaylistModel.h"
#include "playlist/PlaylistStore.h"
#include "playlist/SmartPlaylist.h"
#include "playlist/SmartPlaylistStore.h"
#include "playlist/TrackSources.h"

#include <QAction>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <numeric>
#include <optional>

namespace liner::gui {

using namespace sidebar;

using playlist::PlaylistEntry;
using playlist::PlaylistModel;
using playlist::SortKey;

namespace {

// Rows with room to breathe, as a sidebar has them.
class SidebarRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 14));
        return size;
    }
};

} // namespace

PlaylistSidebar::PlaylistSidebar(playlist::PlaylistStore& store,
                                 playlist::PlaybackController& controller, QUndoStack& undoStack,
                                 QWidget* parent)
    : QWidget(parent), m_store(store), m_controller(controller), m_undoStack(undoStack),
      m_model(new PlaylistModel(store, undoStack, this)), m_tree(new QTreeWidget),
      m_pages(new QStackedWidget), m_entries(new QTableView), m_queue(new QListView),
      m_smartSummary(new QLabel), m_pageTitle(new QLabel), m_pageSummary(new QLabel)
{
    setObjectName(QStringLiteral("playlistSidebar"));
    m_tree->setObjectName(QStringLiteral("playlistTree"));
    m_tree->setAccessibleName(tr("Play queue and playlists"));
    m_tree->setHeaderHidden(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setIndentation(14);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->setItemDelegate(new SidebarRowDelegate(m_tree));
    // The sidebar's background, not a white box in it.
    m_tree->setBackgroundRole(QPalette::Window);
    m_tree->viewport()->setBackgroundRole(QPalette::Window);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_queueItem = newItem(nullptr, tr("Play queue"), Kind::Queue);
    m_playlistsItem = newItem(nullptr, tr("Playlists"), Kind::Header);
    m_deletedItem = newItem(nullptr, tr("Recently deleted"), Kind::Header);
    m_deletedItem->setIcon(0, symbolicIcon(QStringLiteral("user-trash-symbolic")));
    m_tree->addTopLevelItems({m_queueItem, m_playlistsItem, m_deletedItem});
    m_playlistsItem->setExpanded(true);
    m_tree->setAcceptDrops(true);
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);

    m_entries->setObjectName(QStringLiteral("playlistEntries"));
    m_entries->setModel(m_model);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_entries->setDragDropMode(QAbstractItemView::DragDrop);
    m_entries->setDefaultDropAction(Qt::MoveAction);
    m_entries->setDropIndicatorShown(true);
    m_entries->setContextMenuPolicy(Qt::CustomContextMenu);
    m_entries->verticalHeader()->hide();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_entries), static_cast<QAbstractItemView*>(m_queue)}) {
        view->setFrameShape(QFrame::NoFrame);
        view->setBackgroundRole(QPalette::Window);
        view->viewport()->setBackgroundRole(QPalette::Window);
    }
    m_entries->setTabKeyNavigation(false);
    m_queue->setObjectName(QStringLiteral("playQueue"));
    m_queue->setAccessibleName(tr("Play queue"));
    // The controller's queue itself, in the order it plays: rows dragged into a new order move
    // there (the controller follows), and are removed with Delete or from the context menu.
    m_queue->setModel(&controller.queue());
    m_queue->setItemDelegate(new QueueDelegate(m_queue));
    m_queue->setUniformItemSizes(true);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setDragDropMode(QAbstractItemView::InternalMove);
    m_queue->setDefaultDropAction(Qt::MoveAction);
    m_queue->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_queue, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { m_controller.playIndex(index.row()); });
    m_pages->addWidget(m_entries);
    m_pages->addWidget(m_queue);
    m_smartSummary->setObjectName(QStringLiteral("smartSummary"));
    m_smartSummary->setAlignment(Qt::AlignCenter);
    m_smartSummary->setWordWrap(true);
    m_pages->addWidget(m_smartSummary);

    auto* problem = new QLabel;
    problem->setObjectName(QStringLiteral("playlistProblem"));
    problem->setWordWrap(true);
    problem->hide();
    connect(&store, &playlist::PlaylistStore::editFailed, problem, [problem](const QString& text) {
        problem->setText(text);
        problem->show();
    });

    // The lower pane under a heading of its own, so it reads as a section of the sidebar.
    m_pageTitle->setObjectName(QStringLiteral("sidebarPageTitle"));
    m_pageTitle->setFont(typography::displayFont(16, QFont::Medium));
    m_pageSummary->setObjectName(QStringLiteral("sidebarPageSummary"));
    m_pageSummary->setForegroundRole(QPalette::PlaceholderText);
    auto* heading = new QHBoxLayout;
    heading->setContentsMargins(4, 8, 4, 0);
    heading->addWidget(m_pageTitle, 0, Qt::AlignBaseline);
    heading->addStretch(1);
    heading->addWidget(m_pageSummary, 0, Qt::AlignBaseline);
    auto* pane = new QWidget;
    auto* paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(4);
    paneLayout->addLayout(heading);
    paneLayout->addWidget(m_pages, 1);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&controller.queue(), signal, this, &PlaylistSidebar::showPageHeading);
    connect(&controller.queue(), &QAbstractItemModel::modelReset, this,
            &PlaylistSidebar::showPageHeading);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(pane);
    auto* title = new QLabel(tr("Playlists"));
    title->setObjectName(QStringLiteral("playlistsTitle"));
    title->setFont(typography::displayFont(22, QFont::Medium));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(splitter);
    layout->addWidget(problem);

    // Shortcuts of the whole sidebar, whichever of its views has the focus.
    QAction* undo = undoStack.createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoStack.createRedoAction(this);
    // Both keys desktops use for redo. QKeySequence::Redo is one of them here and would be
    // listed twice, which Qt reports as an ambiguous shortcut and then ignores.
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // Delete acts on the playlist's selected rows only while the sidebar has the focus; a new
    // playlist can be asked for from anywhere in the window.
    QAction* remove = new QAction(tr("Remove from Playlist"), this);
    remove->setShortcut(QKeySequence::Delete);
    connect(remove, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() == m_queue)
            m_controller.removeRows(selectedQueueRows());
        else if (!currentPlaylist().isEmpty())
            m_model->removeEntries(selectedRows());
    });
    for (QAction* action : {undo, redo, remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    QAction* create = new QAction(tr("New Playlist"), this);
    create->setShortcut(QKeySequence::New);
    create->setShortcutContext(Qt::WindowShortcut);
    connect(create, &QAction::triggered, this, &PlaylistSidebar::createPlaylist);
    addAction(create);
    m_windowActions = {create, remove, undo, redo};

    connect(&store, &playlist::PlaylistStore::namesChanged, this, &PlaylistSidebar::fillTree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlaylistSidebar::showSelection);
    connect(m_tree, &QTreeWidget::itemChanged, this, &PlaylistSidebar::onItemRenamed);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        std::unique_ptr<QMenu> menu(treeMenu());
        menu->exec(m_tree->viewport()->mapToGlobal(at));
    });
    connect(m_entries, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        std::unique_ptr<QMenu> menu(entriesMenu());
        menu->exec(m_entries->viewport()->mapToGlobal(at));
    });
    connect(m_queue, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        std::unique_ptr<QMenu> menu(queueMenu());
        menu->exec(m_queue->viewport()->mapToGlobal(at));
    });
    connect(m_entries, &QAbstractItemView::doubleClicked, this, &PlaylistSidebar::playSelected);
    fillTree();
    // Until the listener picks a playlist, the sidebar shows what will play.
    m_tree->setCurrentItem(m_queueItem);
    setMinimumWidth(220);
}

PlaylistSidebar::~PlaylistSidebar() = default;

bool PlaylistSidebar::eventFilter(QObject* watched, QEvent* event)
{
    const bool isDrag = event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove;
    if (watched != m_tree->viewport() || (!isDrag && event->type() != QEvent::Drop))
        return QWidget::eventFilter(watched, event);
    auto* drop = static_cast<QDropEvent*>(event);
    const QTreeWidgetItem* item = m_tree->itemAt(drop->position().toPoint());
    const QStringList formats = m_model->mimeTypes();
    const bool accepted =
        kindOf(item) == Kind::Playlist && std::ranges::any_of(formats, [drop](const QString& f) {
            return drop->mimeData()->hasFormat(f);
        });
    if (!accepted) {
        drop->ignore();
        return true;
    }
    drop->setDropAction(Qt::CopyAction);
    drop->accept();
    if (event->type() == QEvent::Drop) {
        const QList<PlaylistEntry> entries = m_model->droppedEntries(drop->mimeData());
        if (!entries.isEmpty())
            m_undoStack.push(
                playlist::insertEntries(m_store, item->data(0, kKeyRole).toString(), -1, entries)
                    .release());
    }
    return true;
}

QString PlaylistSidebar::currentPlaylist() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return kindOf(item) == Kind::Playlist ? item->data(0, kKeyRole).toString() : QString();
}

void PlaylistSidebar::selectPlaylist(const QString& name)
{
    for (int i = 0; i < m_playlistsItem->childCount(); ++i) {
        if (m_playlistsItem->child(i)->data(0, kKeyRole).toString() == name) {
            m_tree->setCurrentItem(m_playlistsItem->child(i));
            return;
        }
    }
}

void PlaylistSidebar::fillTree()
{
    // The model follows its playlist through renames, so its name is the one to select again.
    const QString shown = m_model->playlist();
    const bool queueShown = m_tree->currentItem() == m_queueItem;
    m_filling = true;
    qDeleteAll(m_playlistsItem->takeChildren());
    qDeleteAll(m_deletedItem->takeChildren());
    for (const QString& name : m_store.names()) {
        QTreeWidgetItem* item = newItem(m_playlistsItem, name, Kind::Playlist, name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    for (const playlist::DeletedPlaylist& deleted : m_store.recentlyDeleted()) {
        QTreeWidgetItem* item = newItem(m_deletedItem, deleted.name, Kind::Deleted, deleted.file);
        item->setToolTip(
            0, tr("Deleted %1")
                   .arg(QLocale().toString(deleted.deletedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    const QString smartShown = currentSmartPlaylist();
    if (m_smartItem != nullptr) {
        qDeleteAll(m_smartItem->takeChildren());
        for (const QString& name : m_smartStore->names())
            newItem(m_smartItem, name, Kind::Smart, name);
    }
    if (queueShown)
        m_tree->setCurrentItem(m_queueItem);
    else if (!smartShown.isEmpty())
        selectSmartPlaylist(smartShown);
    else
        selectPlaylist(shown);
    m_filling = false;
    m_refilling = true;
    showSelection();
    m_refilling = false;
}

void PlaylistSidebar::showSelection()
{
    if (m_filling)
        return;
    const QTreeWidgetItem* item = m_tree->currentItem();
    m_pages->setCurrentWidget(kindOf(item) == Kind::Queue   ? static_cast<QWidget*>(m_queue)
                              : kindOf(item) == Kind::Smart ? static_cast<QWidget*>(m_smartSummary)
                                                            : m_entries);
    showPageHeading();
    const QString name = currentPlaylist();
    if (name != m_model->playlist())
        m_model->setPlaylist(name);
    const QString smart = currentSmartPlaylist();
    if (m_smartResults == nullptr || smart.isEmpty())
        return;
    // A refill of the tree keeps the selection; only the listener's choice shows the tracks.
    if (m_refilling)
        return;
    m_smartShown = true;
    // Shown whether or not other tracks fit than for the one chosen before.
    {
        const QSignalBlocker quiet(m_smartResults);
        m_smartResults->setPlaylist(m_smartStore->playlist(smart));
    }
    showSmartResults();
}

void PlaylistSidebar::onItemRenamed(QTreeWidgetItem* item)
{
    if (m_filling || kindOf(item) != Kind::Playlist)
        return;
    const QString from = item->data(0, kKeyRole).toString();
    const QString to = item->text(0).trimmed();
    if (to == from)
        return;
    // Later, since the rename refills the tree, which deletes the item still inside its setText().
    // The tree then shows the new name when the rename worked, and the old one otherwise.
    QMetaObject::invokeMethod(
        this,
        [this, from, to] {
            m_undoStack.push(playlist::renamePlaylist(m_store, from, to).release());
            if (!m_store.contains(to))
                fillTree();
        },
        Qt::QueuedConnection);
}

void PlaylistSidebar::createPlaylist()
{
    const QString name = m_store.unusedName(tr("New playlist"));
    m_undoStack.push(playlist::createPlaylist(m_store, name).release());
    selectPlaylist(name);
    if (m_tree->isVisible())
        m_tree->editItem(m_tree->currentItem());
}

void PlaylistSidebar::duplicatePlaylist()
{
    const QString name = currentPlaylist();
    if (name.isEmpty())
        return;
    const QString copy = m_store.unusedName(tr("%1 copy").arg(name));
    m_undoStack.push(playlist::createPlaylist(m_store, copy, m_store.entries(name)).release());
    selectPlaylist(copy);
}

void PlaylistSidebar::deleteSelectedPlaylist()
{
    const QString name = currentPlaylist();
    if (!name.isEmpty())
        m_undoStack.push(playlist::deletePlaylist(m_store, name).release());
}

void PlaylistSidebar::restoreSelectedDeleted()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (kindOf(item) != Kind::Deleted)
        return;
    const QString file = item->data(0, kKeyRole).toString();
    for (const playlist::DeletedPlaylist& deleted : m_store.recentlyDeleted()) {
        if (deleted.file == file) {
            m_undoStack.push(playlist::restorePlaylist(m_store, deleted).release());
            return;
        }
    }
}

QMenu* PlaylistSidebar::treeMenu()
{
    auto* menu = new QMenu(this);
    menu->addAction(m_windowActions.first());
    switch (kindOf(m_tree->currentItem())) {
    case Kind::Playlist:
        menu->addAction(tr("Rename"), this, [this] { m_tree->editItem(m_tree->currentItem()); });
        menu->addAction(tr("Duplicate"), this, &PlaylistSidebar::duplicatePlaylist);
        menu->addAction(tr("Delete"), this, &PlaylistSidebar::deleteSelectedPlaylist);
        break;
    case Kind::Deleted:
        menu->addAction(tr("Restore"), this, &PlaylistSidebar::restoreSelectedDeleted);
        break;
    case Kind::Smart:
        menu->addAction(tr("Edit smart playlist…"), this, &PlaylistSidebar::editSmartPlaylist);
        menu->addAction(tr("Delete smart playlist"), this, &PlaylistSidebar::deleteSmartPlaylist);
        break;
    case Kind::Queue:
    case Kind::Header:
    case Kind::SmartHeader:
        break;
    }
    if (m_newSmart != nullptr)
        menu->addAction(m_newSmart);
    menu->addSeparator();
    // Undo, redo and remove: "New Playlist" is already at the top.
    for (QAction* action : m_windowActions) {
        if (!menu->actions().contains(action))
            menu->addAction(action);
    }
    return menu;
}

QMenu* PlaylistSidebar::entriesMenu()
{
    auto* menu = new QMenu(this);
    const bool anySelected = !selectedRows().isEmpty();
    menu->addAction(tr("Play"), this, &PlaylistSidebar::playSelected)->setEnabled(anySelected);
    menu->addAction(tr("Play next"), this,
                    [this] { m_controller.playNext(tracksOf(selectedRows())); })
        ->setEnabled(anySelected);
    menu->addAction(tr("Add to queue"), this,
                    [this] { m_controller.addToQueue(tracksOf(selectedRows())); })
        ->setEnabled(anySelected);
    menu->addAction(tr("Remove"), this, [this] { m_model->removeEntries(selectedRows()); })
        ->setEnabled(anySelected);
    menu->addSeparator();
    QMenu* sort = menu->addMenu(tr("Sort by"));
    for (const auto& [text, column] : {std::pair{tr("Title"), int(PlaylistModel::TitleColumn)},
                                       std::pair{tr("Artist"), int(PlaylistModel::ArtistColumn)},
                                       std::pair{tr("Length"), int(PlaylistModel::DurationColumn)}})
        sort->addAction(text, this, [this, by = column] { m_model->sort(by); });
    menu->addAction(tr("Shuffle"), this,
                    [this] { m_model->shuffle(QRandomGenerator::global()->generate()); });
    menu->addAction(tr("Clear"), this, [this] { m_model->clear(); });
    menu->addSeparator();
    menu->addActions(actions());
    return menu;
}

QMenu* PlaylistSidebar::queueMenu()
{
    auto* menu = new QMenu(this);
    const QList<int> rows = selectedQueueRows();
    menu->addAction(tr("Play"), this, [this, rows] { m_controller.playIndex(rows.first()); })
        ->setEnabled(rows.size() == 1);
    menu->addAction(tr("Remove from queue"), this, [this, rows] { m_controller.removeRows(rows); })
        ->setEnabled(!rows.isEmpty());
    return menu;
}

void PlaylistSidebar::showPageHeading()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (kindOf(item) != Kind::Queue) {
        m_pageTitle->setText(item != nullptr ? item->text(0) : QString());
        m_pageSummary->clear();
        return;
    }
    m_pageTitle->setText(tr("Up next"));
    const QList<library::Track> queued = m_controller.queue().tracks();
    qint64 totalMs = 0;
    for (const library::Track& track : queued)
        totalMs += track.durationMs;
    const QString count = queued.size() == 1 ? tr("1 track") : tr("%1 tracks").arg(queued.size());
    m_pageSummary->setText(queued.isEmpty()
                               ? tr("Nothing queued")
                               : tr("%1 · %2 min").arg(count).arg((totalMs + 30000) / 60000));
}

QList<int> PlaylistSidebar::selectedQueueRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_queue->selectionModel()->selectedRows())
        rows << index.row();
    std::ranges::sort(rows);
    return rows;
}

QList<library::Track> PlaylistSidebar::tracksOf(const QList<int>& rows) const
{
    QList<library::Track> tracks;
    for (const int row : rows) {
        const playlist::PlaylistEntry& entry = m_model->entries().at(row);
        // The library's track where it has the whole file, else what the entry says of it.
        const QString location = entry.isStream ? entry.location : entry.localPath;
        const QString folder = location.left(location.lastIndexOf(u'/'));
        std::optional<library::Track> known;
        for (const library::FolderTracksPtr& candidate : m_library) {
            for (int i = 0; !known && candidate->path == folder && i < candidate->size(); ++i) {
                const library::CompactTrack& track = candidate->tracks[std::size_t(i)];
                if (track.startUs == 0 && track.endUs < 0 && candidate->pathOf(i) == location)
                    known = candidate->track(i);
            }
        }
        tracks << (known ? *known : playlist::trackFor(entry));
    }
    return tracks;
}

QList<int> PlaylistSidebar::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_entries->selectionModel()->selectedRows())
        rows << index.row();
    std::ranges::sort(rows);
    return rows;
}

void PlaylistSidebar::playSelected()
{
    const QModelIndex current = m_entries->currentIndex();
    if (!current.isValid())
        return;
    QList<int> all(m_model->entries().size());
    std::iota(all.begin(), all.end(), 0);
    m_controller.playTracks(tracksOf(all), current.row());
}

} // namespace liner::gui
