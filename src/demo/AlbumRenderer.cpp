#include "demo/CoverRenderer.h"
#include "demo/DemoAlbum.h"
#include "demo/DemoTrackPlans.h"
#include "demo/FixtureWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <thread>

namespace liner::demo {

namespace {

constexpr float kMaxPeak = 0.98f;

FixtureTags tagsFor(const DemoTrack& track, const QByteArray& cover)
{
    FixtureTags tags;
    tags.title = track.title;
    tags.artist = track.artist;
    tags.albumArtist = demoAlbumArtist();
    tags.album = demoAlbumTitle();
    tags.genre = demoAlbumGenre();
    tags.mood = track.mood;
    tags.comment = QStringLiteral("An original sketch rendered by Liner's own synthesiser; "
                                  "not a recording from the drama.");
    tags.trackNumber = track.number;
    tags.discNumber = 1;
    tags.year = demoAlbumYear();
    tags.embedCover = true;
    tags.cover = cover;
    return tags;
}

QString renderTrack(const DemoTrackPlan& plan, const QString& path, const QByteArray& cover)
{
    const Bus bus = renderSong(plan.song, kDemoSampleRate);
    if (qint64(bus.frames()) != plan.track.frames)
        return QStringLiteral("%1: rendered %2 frames, the track table says %3")
            .arg(path)
            .arg(bus.frames())
            .arg(plan.track.frames);

    PcmBuffer pcm{kDemoSampleRate, kDemoChannels, {}};
    pcm.samples.resize(bus.frames() * kDemoChannels);
    float peak = 0;
    for (std::size_t i = 0; i < bus.frames(); ++i) {
        pcm.samples[2 * i] = bus.left[i];
        pcm.samples[2 * i + 1] = bus.right[i];
        peak = std::max({peak, std::abs(bus.left[i]), std::abs(bus.right[i])});
    }
    if (peak > kMaxPeak)
        return QStringLiteral("%1: peak %2 would clip").arg(path).arg(double(peak));
    return writeFixture(path, FixtureFormat::Flac, pcm, tagsFor(plan.track, cover));
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QString renderDemoAlbum(const QString& outDir, const TrackWritten& onWritten)
{
    const QDir dir(outDir);
    if (!QDir().mkpath(outDir))
        return QStringLiteral("cannot create %1").arg(outDir);

    const auto& plans = demoTrackPlans();
    // Covers are painted up front on this thread: cheap, and it keeps image plugins off workers.
    const QByteArray albumCover = renderCoverJpeg(600, 0);
    std::vector<QByteArray> covers;
    covers.reserve(plans.size());
    for (const auto& plan : plans)
        covers.push_back(renderCoverJpeg(500, plan.track.number));
    if (albumCover.isEmpty() ||
        std::any_of(covers.begin(), covers.end(), [](const QByteArray& c) { return c.isEmpty(); }))
        return QStringLiteral("cannot render the cover art (is Qt's JPEG plugin installed?)");
    if (QString error = writeFile(dir.filePath(demoCoverFileName()), albumCover); !error.isEmpty())
        return error;

    // Tracks are independent, so they render on every core; each result is deterministic.
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    QStringList errors;
    const auto worker = [&] {
        for (std::size_t i = next++; i < plans.size(); i = next++) {
            QElapsedTimer timer;
            timer.start();
            const QString path = dir.filePath(demoTrackFileName(plans[i].track));
            const QString error = renderTrack(plans[i], path, covers[i]);
            const std::lock_guard lock(mutex);
            if (!error.isEmpty())
                errors << error;
            else if (onWritten)
                onWritten(path, plans[i].track.frames, timer.elapsed());
        }
    };
    const unsigned threads =
        std::clamp(std::thread::hardware_concurrency(), 1u, unsigned(plans.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (auto& thread : pool)
        thread.join();
    errors.sort();
    return errors.join(u'\n');
}

} // namespace liner::demo
