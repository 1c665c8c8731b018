#include "engine/PlaybackWorker.h"

#include <QUrl>
#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

namespace liner::engine {

namespace {

// Room for about three seconds of 8-channel 192 kHz audio, or half a minute of CD audio.
constexpr std::size_t kRingSamples = std::size_t(1) << 22;
// How often the engine refills the ring and reports progress.
constexpr int kPumpIntervalMs = 5;
// How much is decoded before the stream starts: enough to ride out a busy machine's late pumps
// (a tenth of a second was not, with the tests' capture running at four to eight times real time
// under a load of 18), little enough that the first frame is heard at once (a quarter second of
// FLAC decodes in about a millisecond).
constexpr double kPrerollSeconds = 0.25;
// A track read through a ByteSource (a song on a server) arrives at the network's pace, with
// pauses a file never has: more is decoded before the stream starts, so a pause in the first
// second is not heard as a gap.
constexpr double kByteSourcePrerollSeconds = 1.0;
// The most one pump decodes, so commands queued behind it are never kept waiting long.
constexpr double kPumpBudgetSeconds = 1.0;
constexpr qint64 kPositionReportStepMs = 100;
// How often a lost device is tried again.
constexpr int kRetryIntervalMs = 500;
// The gain ramp (10 ms) plus a device period or two, so the silence reaches the device.
constexpr auto kFadeOutTime = std::chrono::milliseconds(30);

} // namespace

PlaybackWorker::PlaybackWorker(CommandQueue& commands)
    : m_commands(commands), m_ring(kRingSamples), m_output(m_ring)
{
    m_pumpTimer.setParent(this);
    m_pumpTimer.setTimerType(Qt::PreciseTimer);
    m_pumpTimer.setInterval(kPumpIntervalMs);
    connect(&m_pumpTimer, &QTimer::timeout, this, &PlaybackWorker::pump);
    m_retryTimer.setParent(this);
    m_retryTimer.setInterval(kRetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &PlaybackWorker::retryOutput);
}

void PlaybackWorker::runCommands()
{
    for (const CommandQueue::Command& command : m_commands.takeAll())
        command(*this);
}

void PlaybackWorker::setDevice(const QString& deviceName)
{
    if (deviceName == m_deviceName)
        return;
    m_deviceName = deviceName;
    m_fallback.reset();
    if (!m_output.isOpen())
        return;
    const bool heard = m_state != PlaybackState::Stopped && !m_tracks.empty();
    const qint64 position = heard ? heardPositionMs() : 0;
    m_output.close();
    // Carry on from what the listener last heard, on the new device, which may want the track
    // converted to another format.
    if (heard)
        restartAt(position, true);
}

void PlaybackWorker::enter(feed::Event event)
{
    const std::optional<feed::Phase> phase = feed::after(m_feed, event);
    Q_ASSERT_X(phase.has_value(), "PlaybackWorker::enter",
               "an event that cannot happen in this phase");
    if (!phase)
        return;
    m_feed = *phase;
    // The track named to follow stays named while the one before it ends, and is held open
    // while its stream waits; anything else asks anew or drops it.
    if (event != feed::Event::TrackEnded && event != feed::Event::NextNeedsStream)
        m_next.reset();
}

void PlaybackWorker::askForNext(int serial)
{
    m_askedSerial = serial;
    emit nextWanted(serial);
}

void PlaybackWorker::appendTrack(const TrackRequest& track, bool startsStream)
{
    // Starting a stream, the track's gain is set at once; after another track, the output is
    // told at which frame it begins.
    const float gain = replayGain(track);
    if (startsStream)
        startTrackGain(gain);
    m_tracks.push_back(
        {track, m_framesWritten, 0, m_decoder.durationFrames(), false, gain, startsStream});
    askForNext(track.serial);
}

void PlaybackWorker::play(const TrackRequest& track)
{
    resetStream();
    const QString error = open(track.source);
    if (!error.isEmpty()) {
        // Ask for what follows, as at the end of a track: the answer starts playing instead.
        emit trackFailed(track.serial, track.source.path, error);
        enter(feed::Event::OpenFailed);
        askForNext(track.serial);
        return;
    }
    if (!ensureOutput()) {
        setState(PlaybackState::Stopped);
        return;
    }
    enter(feed::Event::Started);
    m_output.setGain(float(m_volume));
    appendTrack(track, true);
    // The first frames are worth waiting for; after them, bytes still on their way wait for the
    // next pump.
    m_waitForBytes = true;
    fill(prerollFrames());
    m_waitForBytes = false;
    if (const QString startError = m_output.start(); !startError.isEmpty()) {
        emit outputFailed(startError);
        resetStream();
        setState(PlaybackState::Stopped);
        return;
    }
    setState(PlaybackState::Playing);
    startPumping();
}

void PlaybackWorker::startPumping()
{
    m_pumpTimer.start();
    // The preroll is only what the device takes to begin, and a busy machine may call the first
    // timed pump late: the ring is filled further at once.
    pump();
}

void PlaybackWorker::setNext(int afterSerial, const TrackRequest& track)
{
    if (afterSerial != m_askedSerial)
        return;
    switch (m_feed) {
    case feed::Phase::Decoding:
    case feed::Phase::AwaitingNext:
        m_next = track;
        break;
    case feed::Phase::Draining:
        // Named while the last frames play out (added to the queue at the last moment): it
        // follows them without a gap after all.
        if (!track.source.path.isEmpty()) {
            enter(feed::Event::NextNamed);
            m_next = track;
        }
        break;
    case feed::Phase::StartingWithNext:
        if (!track.source.path.isEmpty()) {
            play(track);
            break;
        }
        enter(feed::Event::NothingFollows);
        setState(PlaybackState::Stopped);
        emit finished();
        break;
    default:
        break; // the question no longer stands: the stream was restarted, or dropped
    }
}

void PlaybackWorker::pause()
{
    if (m_state != PlaybackState::Playing)
        return;
    m_pumpTimer.stop();
    fadeOutAndAbort();
    setState(PlaybackState::Paused);
}

void PlaybackWorker::fadeOutAndAbort()
{
    // Cutting a sound card off mid-wave is heard as a click: glide the gain to silence first and
    // stop once the faded frames have left the callback. A clockless sink hears nothing.
    if (!m_output.isPushFed()) {
        m_output.setGain(0.0F);
        std::this_thread::sleep_for(kFadeOutTime);
    }
    m_output.abort();
    // Resuming glides back up from silence.
    m_output.setGain(float(m_volume));
}

void PlaybackWorker::resume()
{
    if (m_state != PlaybackState::Paused)
        return;
    if (m_feed == feed::Phase::OutputLost) {
        // The next retry that finds the device starts it.
        setState(PlaybackState::Playing);
        return;
    }
    if (const QString error = m_output.start(); !error.isEmpty()) {
        emit outputFailed(error);
        return;
    }
    setState(PlaybackState::Playing);
    startPumping();
}

void PlaybackWorker::stop()
{
    resetStream();
    setState(PlaybackState::Stopped);
}

void PlaybackWorker::shutDown()
{
    stop();
    m_output.close();
    emit shutDownDone();
}

void PlaybackWorker::seek(qint64 positionMs)
{
    if (m_feed == feed::Phase::OutputLost) {
        m_lostAtMs = positionMs; // where the device, once back, takes up the track
        return;
    }
    restartAt(positionMs, false);
}

void PlaybackWorker::restartAt(qint64 positionMs, bool reopen)
{
    if (m_tracks.empty() || m_state == PlaybackState::Stopped)
        return;
    const StreamedTrack heard = m_tracks.front();
    const bool wasPaused = m_state == PlaybackState::Paused;
    m_output.abort();
    m_ring.clear();
    m_pending.clear();
    m_pendingOffset = 0;
    m_framesWritten = m_output.framesConsumed();
    // The decoder may already be on the track after the one heard: go back to the heard one.
    if (reopen || m_tracks.size() > 1 || m_feed != feed::Phase::Decoding) {
        if (const QString error = open(heard.request.source); !error.isEmpty()) {
            emit trackFailed(heard.request.serial, heard.request.source.path, error);
            stop();
            return;
        }
    }
    if (!ensureOutput()) {
        // Reported by ensureOutput(): go on from here once a device takes the stream.
        if (m_feed != feed::Phase::OutputLost)
            loseOutput(positionMs);
        return;
    }
    const std::int64_t target =
        std::max<std::int64_t>(0, positionMs) * m_decoder.format().sampleRate / 1000;
    m_decoder.seek(target);
    enter(feed::Event::Started);
    m_tracks.clear();
    m_tracks.push_back({heard.request, m_framesWritten, target, m_decoder.durationFrames(), true,
                        heard.gain, true});
    // What follows is asked for again, as the controller may since have moved on to a later track.
    askForNext(heard.request.serial);
    m_lastReportedPosition = -1;
    startTrackGain(heard.gain);
    // The first frames are worth waiting for; after them, bytes still on their way wait for the
    // next pump.
    m_waitForBytes = true;
    fill(prerollFrames());
    m_waitForBytes = false;
    if (wasPaused) {
        report();
        return;
    }
    m_output.start();
    startPumping();
}

void PlaybackWorker::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    m_output.setGain(float(m_volume));
}

void PlaybackWorker::loseOutput(qint64 positionMs)
{
    m_lostAtMs = positionMs;
    m_pumpTimer.stop();
    m_output.close();
    enter(feed::Event::OutputFailed);
    m_retryTimer.start();
}

void PlaybackWorker::retryOutput()
{
    restartAt(m_lostAtMs, true);
    if (m_feed == feed::Phase::OutputLost && !m_deviceName.isEmpty()) {
        // The chosen device is still away: the default one will do meanwhile.
        const QString chosen = std::exchange(m_deviceName, QString());
        restartAt(m_lostAtMs, true);
        if (m_feed == feed::Phase::OutputLost)
            m_deviceName = chosen;
    }
    if (m_feed != feed::Phase::OutputLost)
        m_retryTimer.stop();
}

void PlaybackWorker::setReplayGain(const ReplayGainSettings& settings)
{
    m_replayGain = settings;
    const std::int64_t consumed = m_output.framesConsumed();
    for (StreamedTrack& track : m_tracks) {
        track.gain = replayGain(track.request);
        track.gainPublished = track.firstFrame <= consumed;
    }
    m_heardGainChanged = !m_tracks.empty();
    publishTrackGain();
}

void PlaybackWorker::listDevices()
{
    emit devicesListed(AudioOutput::deviceNames());
}

float PlaybackWorker::replayGain(const TrackRequest& track) const
{
    return float(replayGainFactor(track.source.replayGain, m_replayGain));
}

void PlaybackWorker::startTrackGain(float gain)
{
    m_output.resetTrackGain(gain);
    m_publishedGainFrame = -1;
    m_heardGainChanged = false;
}

void PlaybackWorker::publishTrackGain()
{
    const std::int64_t consumed = m_output.framesConsumed();
    if (m_publishedGainFrame >= consumed)
        return;
    if (m_heardGainChanged) {
        // The track the output is in changes gain from its next frame, with a ramp.
        m_heardGainChanged = false;
        const auto in = std::find_if(
            m_tracks.rbegin(), m_tracks.rend(),
            [consumed](const StreamedTrack& track) { return track.firstFrame <= consumed; });
        if (in != m_tracks.rend()) {
            m_output.setTrackGain(in->gain, consumed);
            m_publishedGainFrame = consumed;
            return;
        }
    }
    for (StreamedTrack& track : m_tracks) {
        if (!track.gainPublished) {
            track.gainPublished = true;
            m_output.setTrackGain(track.gain, track.firstFrame);
            m_publishedGainFrame = track.firstFrame;
            return;
        }
    }
}

void PlaybackWorker::pump()
{
    if (m_output.hasFailed()) {
        emit outputFailed(
            QStringLiteral("the audio device stopped; playback resumes when it is back"));
        loseOutput(heardPositionMs());
        return;
    }
    const StreamFormat format = m_output.format();
    fill(std::int64_t(kPumpBudgetSeconds * format.sampleRate));
    publishTrackGain();
    report();
    if (m_feed == feed::Phase::Draining && m_output.framesConsumed() >= m_framesWritten) {
        m_output.drainAndStop();
        m_pumpTimer.stop();
        for (const StreamedTrack& track : m_tracks) {
            if (!track.announced)
                emit trackStarted(track.request.serial, framesToMs(track.durationFrames));
        }
        m_tracks.clear();
        enter(feed::Event::Drained);
        setState(PlaybackState::Stopped);
        emit finished();
    }
}

void PlaybackWorker::fill(std::int64_t budgetFrames)
{
    for (;;) {
        // Read each time round: a track switch may have reopened the stream with other channels.
        const int channels = m_output.format().channels;
        if (m_pendingOffset < m_pending.size()) {
            // A track's frames enter the ring only once the output knows where its gain begins:
            // after a very short track, that waits until the output has passed the one before.
            if (!m_tracks.empty() && !m_tracks.back().gainPublished) {
                publishTrackGain();
                if (!m_tracks.back().gainPublished)
                    return;
            }
            // Whole frames only, as the output reads whole frames.
            const std::size_t room =
                m_ring.writable() / std::size_t(channels) * std::size_t(channels);
            const std::size_t written =
                m_ring.write(m_pending.data() + m_pendingOffset,
                             std::min(room, m_pending.size() - m_pendingOffset));
            m_pendingOffset += written;
            m_framesWritten += std::int64_t(written) / channels;
            if (m_pendingOffset < m_pending.size())
                return; // the ring is full
        }
        // The budget is checked only once what was decoded is in the ring: a block left behind
        // would be missing when the callback next reads.
        if (budgetFrames <= 0)
            return;
        switch (m_feed) {
        case feed::Phase::Decoding:
            break;
        case feed::Phase::AwaitingNext:
            if (startNextTrack())
                continue;
            return;
        case feed::Phase::Switching:
            if (finishSwitch())
                continue;
            return;
        default:
            return;
        }
        if (!m_waitForBytes && m_decoder.wouldWait())
            return; // a server song whose bytes are late: commands go first meanwhile
        m_pendingOffset = 0;
        if (m_decoder.decodeNext(m_pending)) {
            budgetFrames -= std::int64_t(m_pending.size()) / channels;
            continue;
        }
        if (!m_decoder.error().isEmpty()) {
            // Keep what played and move on, as a listener would want from a damaged file.
            const TrackRequest& failed = m_tracks.back().request;
            emit trackFailed(failed.serial, failed.source.path, m_decoder.error());
        }
        enter(feed::Event::TrackEnded);
    }
}

bool PlaybackWorker::startNextTrack()
{
    if (!m_next)
        return false; // the controller has not answered yet: try again on the next pump
    const TrackRequest next = *m_next;
    if (next.source.path.isEmpty()) {
        enter(feed::Event::NothingFollows);
        return false;
    }
    if (!continuesDecodedRange(next.source)) {
        if (const QString error = open(next.source); !error.isEmpty()) {
            // Skipped like a track that ended at once: what follows it is asked for instead.
            emit trackFailed(next.serial, next.source.path, error);
            enter(feed::Event::NextFailed);
            askForNext(next.serial);
            return true;
        }
    }
    if (m_decoder.format() != m_output.format()) {
        enter(feed::Event::NextNeedsStream);
        return true;
    }
    enter(feed::Event::NextOpened);
    appendTrack(next, false);
    return true;
}

void PlaybackWorker::setByteSourceOpener(const QString& scheme, const ByteSourceOpener& opener)
{
    m_byteSources.insert(scheme, opener);
}

QString PlaybackWorker::open(const TrackSource& source)
{
    std::unique_ptr<ByteSource> bytes;
    if (const auto opener = m_byteSources.constFind(QUrl(source.path).scheme());
        opener != m_byteSources.cend()) {
        QString error;
        bytes = (*opener)(source.path, error);
        if (!bytes)
            return error.isEmpty() ? QStringLiteral("nothing to read") : error;
    }
    if (QString error = m_decoder.open(source.path, source.startUs, source.endUs, std::move(bytes));
        !error.isEmpty())
        return error;
    // A format the device has rejected goes straight to what it played instead, so tracks of
    // that format still follow each other on one stream.
    if (m_fallback && m_fallback->rejected == m_decoder.sourceFormat())
        return m_decoder.convertTo(m_fallback->played);
    return {};
}

bool PlaybackWorker::continuesDecodedRange(const TrackSource& next)
{
    // The next track of a CUE sheet starts where the one just decoded ends, in the same file: the
    // decoder goes straight on, so the join is as seamless as the file itself.
    return next.path == m_decoder.path() && m_decoder.endUs() >= 0 &&
           next.startUs == m_decoder.endUs() && m_decoder.continueTo(next.endUs);
}

bool PlaybackWorker::finishSwitch()
{
    // A new rate or channel count needs a new stream: the old one plays out first.
    if (m_output.framesConsumed() < m_framesWritten)
        return false;
    m_output.drainAndStop();
    if (!ensureOutput()) {
        enter(feed::Event::SwitchFailed);
        return false;
    }
    const TrackRequest next = *m_next;
    enter(feed::Event::StreamSwitched);
    appendTrack(next, true);
    m_output.start();
    return true;
}

bool PlaybackWorker::ensureOutput()
{
    const StreamFormat format = m_decoder.format();
    if (m_output.isOpen() && m_output.format() == format)
        return true;
    QString error = m_output.open(format, m_deviceName);
    if (!error.isEmpty()) {
        // The device may not take this rate or channel count: play the nearest format it takes,
        // converted. Asked only now, as asking opens the device, which takes time.
        const StreamFormat fallback = m_output.supportedFormat(format, m_deviceName);
        if (fallback != format && m_decoder.convertTo(fallback).isEmpty() &&
            m_output.open(fallback, m_deviceName).isEmpty()) {
            m_fallback = Fallback{m_decoder.sourceFormat(), fallback};
            error.clear();
        }
    }
    if (!error.isEmpty()) {
        if (m_feed != feed::Phase::OutputLost) // reported once, when it was lost
            emit outputFailed(error);
        return false;
    }
    m_framesWritten = 0;
    for (StreamedTrack& track : m_tracks)
        track.firstFrame = 0;
    return true;
}

void PlaybackWorker::report()
{
    if (m_tracks.empty())
        return;
    const std::int64_t heard =
        std::max<std::int64_t>(0, m_output.framesConsumed() - m_output.latencyFrames());
    // Several short tracks can pass between two reports: each is announced, in order.
    for (;;) {
        StreamedTrack& front = m_tracks.front();
        if (!front.announced && front.firstFrame <= heard) {
            front.announced = true;
            m_lastReportedPosition = -1;
            emit trackStarted(front.request.serial, framesToMs(front.durationFrames));
        }
        if (m_tracks.size() < 2 || m_tracks[1].firstFrame > heard)
            break;
        m_tracks.pop_front();
    }
    if (!m_tracks.front().announced)
        return;
    const qint64 position = heardPositionMs();
    if (m_lastReportedPosition < 0 ||
        std::abs(position - m_lastReportedPosition) >= kPositionReportStepMs) {
        m_lastReportedPosition = position;
        emit positionChanged(m_tracks.front().request.serial, position);
    }
}

qint64 PlaybackWorker::heardPositionMs() const
{
    const StreamedTrack& current = m_tracks.front();
    const std::int64_t heard =
        std::max<std::int64_t>(0, m_output.framesConsumed() - m_output.latencyFrames());
    return framesToMs(current.offsetFrames + std::max<std::int64_t>(0, heard - current.firstFrame));
}

void PlaybackWorker::setState(PlaybackState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PlaybackWorker::resetStream()
{
    m_pumpTimer.stop();
    m_retryTimer.stop();
    m_output.abort();
    m_ring.clear();
    m_pending.clear();
    m_pendingOffset = 0;
    m_framesWritten = m_output.framesConsumed();
    enter(feed::Event::Stopped);
    m_tracks.clear();
    m_lastReportedPosition = -1;
}

std::int64_t PlaybackWorker::prerollFrames() const
{
    // A sound card's callback fills the whole device buffer the moment the stream starts, so the
    // ring must hold at least that much, and a margin for the first pumps, before it does.
    const double seconds =
        m_decoder.readsByteSource() ? kByteSourcePrerollSeconds : kPrerollSeconds;
    return std::int64_t(seconds * m_output.format().sampleRate) + 2 * m_output.latencyFrames();
}

qint64 PlaybackWorker::framesToMs(std::int64_t frames) const
{
    const int rate = m_output.format().sampleRate;
    if (frames < 0 || rate <= 0)
        return -1;
    return qint64(frames * 1000 / rate);
}

} // namespace liner::engine
