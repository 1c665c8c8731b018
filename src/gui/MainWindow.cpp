#include "MainWindow.h"

#include "AlbumNotes.h"
#include "CoverArt.h"
#include "PlaybackController.h"
#include "Settings.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>

namespace liner::gui {

using engine::PlaybackState;
using library::TrackModel;

MainWindow::MainWindow(playlist::PlaybackController& controller, desktop::Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_controller(controller),
      m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->trackTable->setModel(&m_tracks);
    QHeaderView* header = m_ui->trackTable->horizontalHeader();
    header->setSectionResizeMode(TrackModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TrackModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrackModel::DurationColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TrackModel::ArtistColumn, 220);

    QFont titleFont = m_ui->albumTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_ui->albumTitleLabel->setFont(titleFont);
    QFont kindFont = m_ui->albumKindLabel->font();
    kindFont.setPointSizeF(kindFont.pointSizeF() * 0.85);
    kindFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_ui->albumKindLabel->setFont(kindFont);
    m_ui->albumKindLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->albumDetailsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->previousButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_ui->nextButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_ui->volumeIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MediaVolume).pixmap(QSize(16, 16)));
    showState(PlaybackState::Stopped);

    connect(m_ui->trackTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { m_controller.playIndex(index.row()); });
    connect(m_ui->playPauseButton, &QToolButton::clicked, &m_controller,
            &playlist::PlaybackController::playPause);
    connect(m_ui->previousButton, &QToolButton::clicked, &m_controller,
            &playlist::PlaybackController::previous);
    connect(m_ui->nextButton, &QToolButton::clicked, &m_controller,
            &playlist::PlaybackController::next);
    connect(m_ui->positionSlider, &QSlider::sliderPressed, this, [this] { m_sliderHeld = true; });
    connect(m_ui->positionSlider, &QSlider::sliderReleased, this, [this] {
        m_sliderHeld = false;
        m_controller.seek(m_ui->positionSlider->value());
    });
    connect(m_ui->volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        m_controller.setVolume(value / 100.0);
        m_settings.setVolume(value / 100.0);
    });

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

    m_ui->volumeSlider->setValue(qRound(m_settings.volume() * 100));
    m_controller.setVolume(m_settings.volume());
    restoreGeometry(m_settings.windowGeometry());
}

MainWindow::~MainWindow() = default;

void MainWindow::setAlbum(const QList<library::Track>& tracks)
{
    QList<library::Track> playable;
    int unreadable = 0;
    for (const library::Track& track : tracks) {
        if (track.isReadable())
            playable << track;
        else
            ++unreadable;
    }
    m_tracks.setTracks(playable);
    QStringList paths;
    for (const library::Track& track : playable)
        paths << track.path;
    m_controller.setQueue(paths);
    showAlbumHeader();
    if (unreadable > 0)
        statusBar()->showMessage(
            unreadable == 1 ? tr("1 file could not be read and was left out.")
                            : tr("%1 files could not be read and were left out.").arg(unreadable));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_controller.stop();
    event->accept();
}

void MainWindow::showAlbumHeader()
{
    const QList<library::Track>& tracks = m_tracks.tracks();
    if (tracks.isEmpty()) {
        m_ui->albumTitleLabel->setText(tr("No music"));
        m_ui->albumArtistLabel->clear();
        m_ui->albumDetailsLabel->clear();
        m_ui->albumNotesLabel->clear();
        m_ui->coverLabel->clear();
        return;
    }
    const library::Track& first = tracks.first();
    const QString album =
        first.album.isEmpty() ? QFileInfo(first.path).absoluteDir().dirName() : first.album;
    setWindowTitle(tr("%1 — Liner").arg(album));
    m_ui->albumTitleLabel->setText(album);
    m_ui->albumArtistLabel->setText(first.albumArtist.isEmpty() ? first.artist : first.albumArtist);
    qint64 totalMs = 0;
    for (const library::Track& track : tracks)
        totalMs += track.durationMs;
    QStringList details;
    if (first.year > 0)
        details << QString::number(first.year);
    if (!first.genre.isEmpty())
        details << first.genre;
    details << (tracks.size() == 1 ? tr("1 track") : tr("%1 tracks").arg(tracks.size()));
    details << tr("%1 min").arg((totalMs + 30000) / 60000);
    m_ui->albumDetailsLabel->setText(details.join(QStringLiteral(" · ")));
    // The header carries the notes' opening paragraph; angle brackets are escaped so that HTML in
    // a notes file is shown as text, never run.
    const QString opening = notes::AlbumNotes::load(QFileInfo(first.path).absolutePath())
                                .section(QStringLiteral("\n\n"), 0, 0);
    m_ui->albumNotesLabel->setText(opening.toHtmlEscaped());

    const QImage cover = library::CoverArt::load(first);
    const qreal ratio = devicePixelRatioF();
    const QSize size = m_ui->coverLabel->size() * ratio;
    QPixmap pixmap =
        QPixmap::fromImage(cover.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_ui->coverLabel->setPixmap(pixmap);
}

void MainWindow::showCurrentTrack(int index)
{
    m_tracks.setPlayingRow(index);
    if (index < 0 || index >= m_tracks.rowCount()) {
        m_ui->nowPlayingLabel->clear();
        return;
    }
    const library::Track& track = m_tracks.track(index);
    m_ui->nowPlayingLabel->setText(
        QStringLiteral("<b>%1</b><br>%2")
            .arg(track.displayTitle().toHtmlEscaped(), track.displayArtist().toHtmlEscaped()));
}

void MainWindow::showState(PlaybackState state)
{
    const bool playing = state == PlaybackState::Playing;
    m_ui->playPauseButton->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString action = playing ? tr("Pause") : tr("Play");
    m_ui->playPauseButton->setToolTip(action);
    m_ui->playPauseButton->setAccessibleName(action);
    m_ui->positionSlider->setEnabled(state != PlaybackState::Stopped);
    if (state == PlaybackState::Stopped)
        showPosition(0);
}

void MainWindow::showPosition(qint64 positionMs)
{
    if (!m_sliderHeld)
        m_ui->positionSlider->setValue(int(positionMs));
    m_ui->elapsedLabel->setText(TrackModel::formatClock(positionMs));
}

void MainWindow::showDuration(qint64 durationMs)
{
    m_ui->positionSlider->setRange(0, int(std::max<qint64>(durationMs, 0)));
    m_ui->durationLabel->setText(TrackModel::formatDuration(durationMs));
}

void MainWindow::showTrackFailure(int index, const QString& path, const QString& reason)
{
    Q_UNUSED(index)
    statusBar()->showMessage(tr("Could not play %1: %2").arg(QFileInfo(path).fileName(), reason));
}

} // namespace liner::gui
