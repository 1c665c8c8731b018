// The album's booklet across the main area: opened from the View menu or the album header, its
// mood and character chips filter the album, its play buttons play, and it exports to PDF.
#include "gui/BookletPdf.h"
#include "gui/MainWindow.h"
#include "gui/SymbolicIcons.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::gui {

void MainWindow::connectBooklet()
{
    m_ui->bookletButton->setIcon(symbolicIcon(QStringLiteral("accessories-dictionary-symbolic")));
    m_ui->albumPlayButton->setIcon(symbolicIcon(QStringLiteral("media-playback-start-symbolic")));
    connect(m_ui->bookletButton, &QToolButton::clicked, this, &MainWindow::showBookletView);
    connect(m_ui->albumPlayButton, &QToolButton::clicked, this, [this] {
        if (m_tracks.rowCount() > 0)
            playRow(0);
    });
    BookletView* booklet = m_ui->bookletView;
    // Its pages are made when it opens, for the album shown then (see showBooklet).
    connect(m_ui->mainViews, &QStackedWidget::currentChanged, this, [this, booklet] {
        if (m_bookletStale && m_ui->mainViews->currentWidget() == booklet)
            showBooklet();
    });
    const auto filterBy = [this](QComboBox* filter, const QString& value) {
        showAlbumView();
        const int index = filter->findData(value);
        filter->setCurrentIndex(std::max(0, index));
    };
    connect(booklet, &BookletView::moodChosen, this,
            [this, filterBy](const QString& mood) { filterBy(m_ui->moodFilter, mood); });
    connect(booklet, &BookletView::characterChosen, this,
            [this, filterBy](const QString& who) { filterBy(m_ui->characterFilter, who); });
    connect(booklet, &BookletView::playRequested, this, [this](int entry) {
        if (entry >= 0 && entry < m_tracks.rowCount())
            playRow(entry);
    });
    connect(booklet, &BookletView::exportRequested, this, &MainWindow::exportBooklet);
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), booklet);
    close->setContext(Qt::WidgetWithChildrenShortcut);
    connect(close, &QShortcut::activated, this, &MainWindow::showAlbumView);
}

void MainWindow::exportBooklet()
{
    const BookletContent content =
        BookletContent::fromAlbum(m_album, m_tracks.tracks(), m_albumNotes.notes, m_cover);
    if (content.entries.isEmpty())
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file name from the album's title, without the characters file systems refuse.
    QString name = content.title;
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral(" "));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Booklet as PDF"),
        QDir(documents).filePath(tr("%1 — booklet.pdf").arg(name.simplified())),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    statusBar()->showMessage(tr("Writing the booklet to %1…").arg(path));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Saved the booklet as %1.").arg(path), 8000);
            return;
        }
        statusBar()->clearMessage();
        QMessageBox::warning(this, tr("Booklet not saved"),
                             tr("Could not write %1: %2").arg(path, error));
    });
    watcher->setFuture(QtConcurrent::run([content, path] {
        QString error;
        return exportBookletPdf(content, path, &error) ? QString() : error;
    }));
}

} // namespace liner::gui
