#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace liner::demo {

// The bundled album: original sketches rendered by our own synthesiser at build time.
inline constexpr int kDemoSampleRate = 44100;
inline constexpr int kDemoChannels = 2;

struct DemoTrack
{
    int number = 0; // 1..N, disc 1
    QString title;
    QString artist;
    QString mood;
    bool ballad = false; // the soundtrack's tender face; otherwise a bright anthem
    qint64 frames = 0;   // at kDemoSampleRate
};

std::vector<DemoTrack> demoAlbumTracks();
QString demoAlbumTitle();
QString demoAlbumArtist();
QString demoAlbumGenre();
int demoAlbumYear();

QString demoTrackFileName(const DemoTrack& track); // "01 The Moment My Heart.flac"
QString demoCoverFileName();                       // the folder image
QStringList demoAlbumFileNames();                  // every file renderDemoAlbum writes

// Called (serialised, from worker threads) after each track is written.
using TrackWritten = std::function<void(const QString& path, qint64 frames, qint64 milliseconds)>;

// Renders every track as 16-bit FLAC with tags and cover, plus the folder cover, into outDir.
// Returns an empty string on success, otherwise what went wrong.
QString renderDemoAlbum(const QString& outDir, const TrackWritten& onWritten = {});

} // namespace liner::demo
