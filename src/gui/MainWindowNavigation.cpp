// Where the window is, and how the listener moves: the album grid at home, an album, a smart
// playlist, a booklet, Now Playing and a search, with Back and Forward through all of them
// (the buttons, Alt+Left/Right and the mouse's own back and forward buttons).
#include "gui/MainWindow.h"
#include "gui/PlaylistSidebar.h"
#include "gui/SymbolicIcons.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScopedValueRollback>

namespace liner::gui {

using View = Location::View;

namespace {

constexpr int kSearchWidth = 340;

} // namespace

void MainWindow::connectNavigation()
{
    m_ui->backButton->setIcon(symbolicIcon(QStringLiteral("go-previous-symbolic")));
    m_ui->forwardButton->setIcon(symbolicIcon(QStringLiteral("go-next-symbolic")));
    m_ui->homeButton->setIcon(symbolicIcon(QStringLiteral("view-grid-symbolic")));
    m_ui->nowPlayingNavButton->setIcon(symbolicIcon(QStringLiteral("audio-x-generic-symbolic")));
    QLineEdit* search = m_libraryPane->searchBox();
    search->setMinimumWidth(kSearchWidth / 2);
    search->setMaximumWidth(kSearchWidth);
    m_ui->navigationLayout->addWidget(search, 1);
    connect(m_ui->backButton, &QToolButton::clicked, this, &MainWindow::goBack);
    connect(m_ui->forwardButton, &QToolButton::clicked, this, &MainWindow::goForward);
    connect(m_ui->homeButton, &QToolButton::clicked, this, [this] { navigate({View::Home, {}}); });
    connect(m_ui->nowPlayingNavButton, &QToolButton::clicked, this,
            &MainWindow::showNowPlayingView);
    connect(m_libraryPane, &LibraryPane::albumOpened, this, [this](const QString& key) {
        navigate({View::Album, key});
    });
    // The mouse's back and forward buttons work wherever the pointer is in the window.
    qApp->installEventFilter(this);
    showLocation(m_history.current());
}

void MainWindow::navigate(const Location& place)
{
    m_history.visit(place);
    showLocation(place);
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        showLocation(m_history.back());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        showLocation(m_history.forward());
}

void MainWindow::showLocation(const Location& place)
{
    // Showing a place re-creates it (an album chosen again, a search typed again): that is not a
    // new step in the history.
    const QScopedValueRollback restoring(m_restoring, true);
    if (place.view != View::Search && !m_libraryPane->searchBox()->text().isEmpty())
        m_libraryPane->searchBox()->clear();
    QWidget* view = m_ui->albumPage;
    switch (place.view) {
    case View::Home:
        view = m_libraryPane;
        break;
    case View::Search:
        if (m_libraryPane->searchBox()->text() != place.key)
            m_libraryPane->searchBox()->setText(place.key);
        view = m_libraryPane;
        break;
    case View::Album:
    case View::Booklet:
        // An album gone from the library since leaves the home view instead.
        if ((!m_listName.isEmpty() || m_libraryPane->shownAlbum() != place.key) &&
            !m_libraryPane->showAlbum(place.key)) {
            view = m_libraryPane;
            break;
        }
        view = place.view == View::Booklet ? static_cast<QWidget*>(m_ui->bookletView)
                                           : m_ui->albumPage;
        break;
    case View::SmartPlaylist:
        if (m_listName != place.key && m_playlists != nullptr)
            m_playlists->selectSmartPlaylist(place.key);
        break;
    case View::NowPlaying:
        view = m_ui->nowPlayingView;
        break;
    }
    m_ui->mainViews->setCurrentWidget(view);
    if (view == m_ui->bookletView)
        m_ui->bookletView->setFocus(Qt::OtherFocusReason);
    const bool nowPlaying = view == m_ui->nowPlayingView;
    m_ui->nowPlayingBar->showNowPlayingOpen(nowPlaying);
    m_ui->nowPlayingNavButton->setChecked(nowPlaying);
    m_ui->homeButton->setChecked(place.view == View::Home);
    m_ui->backButton->setEnabled(m_history.canGoBack());
    m_ui->forwardButton->setEnabled(m_history.canGoForward());
}

void MainWindow::showSearch(const QString& text)
{
    m_searchResults->setSearchText(text);
    if (m_restoring)
        return;
    // A search being typed is one place, whatever its text; clearing it goes back.
    if (!text.isEmpty() && m_history.current().view == View::Search) {
        m_history.replace({View::Search, text});
    } else if (!text.isEmpty()) {
        navigate({View::Search, text});
    } else if (m_history.current().view == View::Search) {
        goBack();
    }
}

void MainWindow::showBookletView()
{
    if (m_listName.isEmpty() && m_tracks.rowCount() > 0)
        navigate({View::Booklet, m_libraryPane->shownAlbum()});
}

void MainWindow::showAlbumView()
{
    if (!m_listName.isEmpty())
        navigate({View::SmartPlaylist, m_listName});
    else if (m_tracks.rowCount() > 0)
        navigate({View::Album, m_libraryPane->shownAlbum()});
}

void MainWindow::showNowPlayingView(bool open)
{
    const bool shown = m_history.current().view == View::NowPlaying;
    if (open && !shown)
        navigate({View::NowPlaying, {}});
    else if (!open && shown)
        goBack();
    else
        showLocation(m_history.current());
}

bool MainWindow::handleMouseNavigation(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::MouseButtonPress)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    const auto button = static_cast<QMouseEvent*>(event)->button();
    if (widget == nullptr || widget->window() != this ||
        (button != Qt::BackButton && button != Qt::ForwardButton))
        return false;
    if (button == Qt::BackButton)
        goBack();
    else
        goForward();
    return true;
}

} // namespace liner::gui
