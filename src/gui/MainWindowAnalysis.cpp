// The window's side of the analysis: progress, the emotional arc, the waveform seek bar,
// suggestions accepted into the notes, and ReplayGain tags written for the album shown.
#include "analysis/AnalysisCatalog.h"
#include "analysis/LibraryAnalyzer.h"
#include "gui/AnalysisProgress.h"
#include "gui/EmotionalArcView.h"
#include "gui/MainWindow.h"
#include "gui/NowPlayingBar.h"
#include "library/ReplayGainWriter.h"
#include "notes/NotesEditing.h"
#include "playlist/PlaybackController.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

namespace liner::gui {

namespace {

constexpr int kArcRefreshMs = 100;

} // namespace

void MainWindow::connectAnalysis(analysis::LibraryAnalyzer& analyzer,
                                 analysis::AnalysisCatalog& catalog)
{
    m_analyzer = &analyzer;
    m_catalog = &catalog;
    m_analysisProgress = new AnalysisProgress(this);
    statusBar()->addPermanentWidget(m_analysisProgress);
    connect(&analyzer, &analysis::LibraryAnalyzer::progressChanged, m_analysisProgress,
            &AnalysisProgress::showProgress);
    m_arcRefresh = new QTimer(this);
    m_arcRefresh->setSingleShot(true);
    m_arcRefresh->setInterval(kArcRefreshMs);
    connect(m_arcRefresh, &QTimer::timeout, this, &MainWindow::showArc);
    connect(&catalog, &analysis::AnalysisCatalog::changed, this, [this] {
        if (!m_arcRefresh->isActive())
            m_arcRefresh->start();
    });
    // A fresh result carries its waveform; a cached one is loaded when its track plays.
    const auto showIfPlaying = [this](const analysis::TrackKey& key,
                                      const analysis::Waveform& waveform) {
        const library::Track* playing = m_controller.currentTrack();
        if (playing != nullptr && analysis::keyOf(*playing) == key)
            m_ui->nowPlayingBar->setWaveform(waveform);
    };
    connect(&analyzer, &analysis::LibraryAnalyzer::analysed, this,
            [showIfPlaying](const analysis::AnalysedTrack& track) {
                showIfPlaying(track.key, track.analysis.waveform);
            });
    connect(&analyzer, &analysis::LibraryAnalyzer::waveformLoaded, this, showIfPlaying);
    showArc();
    showPlayingAnalysis();
}

void MainWindow::showArc()
{
    static const notes::TrackNotes kNoNotes;
    QList<ArcPoint> points;
    const QList<library::Track>& tracks = m_tracks.tracks();
    const auto& notes = m_albumNotes.notes;
    points.reserve(tracks.size());
    for (int row = 0; row < tracks.size(); ++row) {
        const library::Track& track = tracks.at(row);
        // Not notes.value(row): that copies every track's notes, for every track.
        points << arcPointFor(track, row < notes.size() ? notes.at(row).track : kNoNotes,
                              m_catalog != nullptr ? m_catalog->find(analysis::keyOf(track))
                                                   : nullptr);
    }
    m_ui->albumArcView->setPoints(points);
    m_ui->albumArcView->setPlayingRow(m_tracks.playingRow());
}

void MainWindow::showPlayingAnalysis()
{
    m_ui->albumArcView->setPlayingRow(m_tracks.playingRow());
    m_ui->nowPlayingBar->setWaveform({});
    if (const library::Track* playing = m_controller.currentTrack();
        m_analyzer != nullptr && playing != nullptr)
        m_analyzer->loadWaveform(analysis::keyOf(*playing));
}

void MainWindow::acceptSuggestedMood(int row)
{
    const QList<ArcPoint>& points = m_ui->albumArcView->points();
    if (row < 0 || row >= points.size() || row >= m_tracks.rowCount() ||
        !points.at(row).suggested || m_savedNotesRow >= 0)
        return;
    const library::Track track = m_tracks.track(row);
    const QString mood = points.at(row).mood;
    const auto& document = m_albumNotes.albumDocument;
    const QString path = QDir(albumFolder()).filePath(notes::LinerNotesDocument::fileName());
    const QByteArray bytes =
        notes::withTrackMood(document.get(), albumTitle(),
                             {track.discNumber, track.trackNumber, track.displayTitle()}, mood);
    QString error;
    if (!notes::saveNotesFile(path, bytes, &error)) {
        QMessageBox::warning(this, tr("Notes not saved"),
                             tr("Could not save %1: %2").arg(path, error));
        return;
    }
    reloadNotes(row, tr("%1 is now %2 in liner-notes.md.").arg(track.displayTitle(), mood));
}

void MainWindow::writeReplayGainTags()
{
    if (m_catalog == nullptr || m_tracks.rowCount() == 0 || !m_listName.isEmpty()) {
        statusBar()->showMessage(tr("Open an album to write its ReplayGain tags."), 5000);
        return;
    }
    QList<std::pair<analysis::TrackKey, ReplayGainTags>> files;
    int waiting = 0;
    for (const library::Track& track : m_tracks.tracks()) {
        // The tracks of a CUE sheet share one file, which cannot hold a gain for each.
        if (!track.cueSheet.isEmpty())
            continue;
        const ReplayGainTags gains = m_catalog->gainsFor(analysis::keyOf(track));
        if (gains.trackGainDb)
            files.append({analysis::keyOf(track), gains});
        else
            ++waiting;
    }
    if (files.isEmpty()) {
        statusBar()->showMessage(
            tr("This album has not been analysed yet, or its tracks cannot hold tags."), 8000);
        return;
    }
    QString question =
        files.size() == 1
            ? tr("Write the analysed ReplayGain values (track and album gain to -18 LUFS, and "
                 "peaks) into the tags of 1 file of “%1”?")
                  .arg(albumTitle())
            : tr("Write the analysed ReplayGain values (track and album gain to -18 LUFS, and "
                 "peaks) into the tags of %1 files of “%2”?")
                  .arg(files.size())
                  .arg(albumTitle());
    if (waiting > 0)
        question += u' ' + (waiting == 1 ? tr("1 track not yet analysed will be left as it is.")
                                         : tr("%1 tracks not yet analysed will be left as they "
                                              "are.")
                                               .arg(waiting));
    question += QStringLiteral("\n\n") +
                tr("Each file is written as a copy that then replaces it, so a crash leaves the "
                   "old file or the new one. The audio is not changed.");
    if (QMessageBox::question(this, tr("Write ReplayGain Tags"), question) != QMessageBox::Yes)
        return;
    statusBar()->showMessage(tr("Writing ReplayGain tags…"));
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, files] {
        const QStringList problems = watcher->result();
        watcher->deleteLater();
        QList<analysis::TrackKey> written;
        for (const auto& [key, gains] : files)
            written << key;
        // The audio is as it was: the analysis need not run again for the new tags.
        if (m_analyzer != nullptr)
            m_analyzer->keepForRewrittenFiles(written);
        if (problems.isEmpty())
            statusBar()->showMessage(
                files.size() == 1 ? tr("Wrote ReplayGain tags to 1 file.")
                                  : tr("Wrote ReplayGain tags to %1 files.").arg(files.size()),
                8000);
        else
            statusBar()->showMessage(tr("ReplayGain tags not written: %1").arg(problems.first()));
    });
    watcher->setFuture(QtConcurrent::run([files] {
        QStringList problems;
        for (const auto& [key, gains] : files) {
            if (const QString problem = library::writeReplayGainTags(key.path, gains);
                !problem.isEmpty())
                problems << problem;
        }
        return problems;
    }));
}

} // namespace liner::gui
