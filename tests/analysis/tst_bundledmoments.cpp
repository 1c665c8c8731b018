#include "demo/DemoTrackPlans.h"
#include "engine/Decoder.h"
#include "notes/LinerNotesDocument.h"

#include <QDir>
#include <QTest>
#include <algorithm>
#include <aubio/aubio.h>
#include <cmath>

using namespace liner;

namespace {

// What the composer's plan changes at a moment, and so what a note written there can say.
enum class Change
{
    Start,
    SecondIntroBar, // the ballads' strings, the anthems' hi-hats
    IntroMiddle,    // the anthems' snare and bass
    Section,        // a new section begins
    BridgeLastBar,  // a ballad's piano comes back
    FinalChord,
};

struct Event
{
    double time = 0.0;
    Change change = Change::Start;
    demo::SectionKind section = demo::SectionKind::Intro;  // the section then playing
    demo::SectionKind previous = demo::SectionKind::Intro; // for Section: the one before
    double sectionEnd = 0.0;
};

QList<Event> planEvents(const demo::SongPlan& song)
{
    const double bar = 4.0 * 60.0 / song.bpm;
    QList<Event> events;
    int first = 0;
    demo::SectionKind previous = demo::SectionKind::Intro;
    for (const demo::Section& section : song.sections) {
        const double start = first * bar;
        const double end = (first + section.bars) * bar;
        events << Event{start, first == 0 ? Change::Start : Change::Section, section.kind, previous,
                        end};
        if (section.kind == demo::SectionKind::Intro) {
            events << Event{start + bar, Change::SecondIntroBar, section.kind, previous, end};
            if (!song.ballad)
                events << Event{start + section.bars / 2 * bar, Change::IntroMiddle, section.kind,
                                previous, end};
        }
        if (section.kind == demo::SectionKind::Bridge && song.ballad)
            events << Event{end - bar, Change::BridgeLastBar, section.kind, previous, end};
        previous = section.kind;
        first += section.bars;
    }
    events << Event{first * bar, Change::FinalChord, previous, previous, first * bar + 3.0};
    return events;
}

constexpr double kBands[] = {30, 200, 800, 3000, 8000, 16000};
constexpr int kBandCount = 5;
using Bands = std::array<double, kBandCount>;
enum Band
{
    Low,     // kick, bass, the piano's left hand
    LowMid,  // chords, strings
    Mid,     // melody
    HighMid, // the bright edge of attacks
    High,    // hi-hats and cymbals
    All,
};

// The track as a sequence of spectral frames: the power of five bands, every `hop` seconds.
struct Spectrogram
{
    double hop = 0.0;
    std::vector<Bands> frames;

    std::pair<std::size_t, std::size_t> span(double from, double to) const
    {
        const auto last = std::min(frames.size(), std::size_t(std::max(0.0, to / hop)));
        return {std::min(last, std::size_t(std::max(0.0, from / hop))), last};
    }
    double power(std::size_t frame, Band band) const
    {
        if (band != All)
            return frames[frame][band];
        double sum = 0.0;
        for (const double p : frames[frame])
            sum += p;
        return sum;
    }
    // The level of a band over [from, to) seconds, in dB.
    double level(Band band, double from, double to) const
    {
        const auto [first, last] = span(from, to);
        double sum = 0.0;
        for (std::size_t i = first; i < last; ++i)
            sum += power(i, band);
        return 10.0 * std::log10(sum / double(std::max<std::size_t>(1, last - first)) + 1e-12);
    }
    // The level a band stays above for three quarters of [from, to): the sustained sound under
    // the attacks.
    double floor(Band band, double from, double to) const
    {
        const auto [first, last] = span(from, to);
        std::vector<double> levels;
        for (std::size_t i = first; i < last; ++i)
            levels.push_back(10.0 * std::log10(power(i, band) + 1e-12));
        std::sort(levels.begin(), levels.end());
        return levels.empty() ? -120.0 : levels[levels.size() / 4];
    }
    // How much the band's level rises from frame to frame, on average, over [from, to): attacks.
    double attacks(Band band, double from, double to) const
    {
        const auto [first, last] = span(from, to);
        double sum = 0.0;
        for (std::size_t i = std::max<std::size_t>(first, 1); i < last; ++i)
            sum += std::max(0.0, power(i, band) - power(i - 1, band));
        return sum / double(std::max<std::size_t>(1, last - first));
    }
};

Spectrogram spectrogramOf(const QString& path)
{
    engine::Decoder decoder;
    if (!decoder.open(path).isEmpty())
        return {};
    const int rate = decoder.format().sampleRate;
    const int channels = decoder.format().channels;
    constexpr unsigned window = 4096;
    constexpr unsigned hop = 2048;
    aubio_pvoc_t* vocoder = new_aubio_pvoc(window, hop);
    fvec_t* input = new_fvec(hop);
    cvec_t* spectrum = new_cvec(window);
    Spectrogram result{double(hop) / rate, {}};
    std::vector<float> frames;
    unsigned filled = 0;
    while (decoder.decodeNext(frames)) {
        for (std::size_t i = 0; i < frames.size(); i += std::size_t(channels)) {
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c)
                sum += frames[i + std::size_t(c)];
            input->data[filled++] = sum / float(channels);
            if (filled < hop)
                continue;
            filled = 0;
            aubio_pvoc_do(vocoder, input, spectrum);
            Bands bands{};
            for (uint_t bin = 1; bin < spectrum->length; ++bin) {
                const double hz = double(bin) * rate / window;
                for (int b = 0; b < kBandCount; ++b) {
                    if (hz >= kBands[b] && hz < kBands[b + 1])
                        bands[b] += double(spectrum->norm[bin]) * spectrum->norm[bin];
                }
            }
            result.frames.push_back(bands);
        }
    }
    del_aubio_pvoc(vocoder);
    del_fvec(input);
    del_cvec(spectrum);
    // What is 60 dB under the track's loudest band is not heard for what it is.
    double loudest = 0.0;
    for (const Bands& frame : result.frames)
        loudest = std::max(loudest, *std::max_element(frame.begin(), frame.end()));
    for (Bands& frame : result.frames) {
        for (double& power : frame)
            power = std::max(power, loudest * 1e-6);
    }
    return result;
}

} // namespace

// What can be heard at the moment of `event`: a measure, in the unit of its threshold, that
// must come out above it, and what it measures. `previousStart` is where the section before
// began.
struct Heard
{
    double value;
    double threshold;
    const char* what;
};

Heard heardAt(const Spectrogram& sound, const Event& event, bool ballad, double bar,
              double previousStart)
{
    using K = demo::SectionKind;
    const double t = event.time;
    const double end = event.sectionEnd;
    const auto rise = [&sound, t, bar](Band band) {
        return sound.level(band, t, t + bar) - sound.level(band, t - bar, t);
    };
    const auto attacksRatio = [&sound, t, bar](Band band) {
        return sound.attacks(band, t, t + bar) / sound.attacks(band, t - bar, t);
    };
    switch (event.change) {
    case Change::Start:
        return {sound.level(All, 0.0, 0.1) - sound.level(All, 0.0, 10.0), -20.0,
                "dB: sound from the first tenth of a second, against the first ten seconds"};
    case Change::SecondIntroBar:
        if (ballad)
            return {sound.floor(LowMid, t, t + bar) - sound.floor(LowMid, t - bar, t), 2.0,
                    "dB the low-middle band's sustained level rises by (the strings)"};
        return {rise(High), 3.0, "dB the highest band rises by (the hi-hats)"};
    case Change::IntroMiddle:
        return {rise(Low), 2.0, "dB the low band rises by (the bass, the snare's body)"};
    case Change::BridgeLastBar:
        return {attacksRatio(Low), 1.5, "times the low band's attacks (the piano's left hand)"};
    case Change::FinalChord:
        return {-sound.attacks(All, t + 0.3, t + 2.3) / sound.attacks(All, t - bar, t), -0.25,
                "(minus) the attacks after the chord against the last bar's (it rings)"};
    case Change::Section:
        break;
    }
    if (event.section == K::Outro)
        return {sound.level(All, t, t + bar) - sound.level(All, end - bar, end), 3.0,
                "dB the outro fades by, first bar to last"};
    if (!ballad && event.section == K::Chorus)
        return {sound.level(High, t, t + bar / 4) - sound.level(High, t + bar, t + bar * 1.25), 6.0,
                "dB the first beat's highest band is over the next bar's (a crash)"};
    if (!ballad && event.section == K::Bridge)
        return {sound.level(High, previousStart, t) - sound.level(High, t, end), 3.0,
                "dB the highest band falls by (the drums drop back)"};
    if (ballad && event.section == K::Bridge)
        return {-attacksRatio(Low), -0.33, "(minus) the low band's attacks (the piano stops)"};
    // A verse or a (ballad's) chorus: some part of the sound moves, over the section or in its
    // sustained level.
    double moved = 0.0;
    for (const Band band : {Low, LowMid, Mid, HighMid, High}) {
        moved = std::max(moved,
                         std::abs(sound.level(band, t, end) - sound.level(band, previousStart, t)));
        moved = std::max(moved, std::abs(sound.floor(band, t + bar / 2, t + bar) -
                                         sound.floor(band, t - bar / 2, t)));
    }
    return {moved, 3.0, "dB the most any band moves by"};
}

class TestBundledMoments : public QObject
{
    Q_OBJECT

private slots:
    // Every bundled track has at least four timed notes; each is written at a moment where the
    // composer's plan changes what plays (within a tenth of a second), and at each the rendered
    // audio audibly changes: the band levels move more there than at the great majority of the
    // track's other bar lines, where only the chord changes.
    void timedNotesMatchWhatIsHeard()
    {
        const QDir album(QStringLiteral(LINER_BUILD_ALBUM_DIR));
        const auto booklet =
            notes::LinerNotesDocument::load(album.filePath(QStringLiteral("liner-notes.md")));
        QVERIFY(booklet);
        for (const demo::DemoTrackPlan& plan : demo::demoTrackPlans()) {
            const QString title = plan.track.title;
            const notes::TrackNotes* notes = booklet->find(1, plan.track.number, title);
            QVERIFY2(notes, qPrintable(title));
            QVERIFY2(notes->timedNotes.size() >= 4, qPrintable(title));
            const QList<Event> events = planEvents(plan.song);
            const Spectrogram sound =
                spectrogramOf(album.filePath(demo::demoTrackFileName(plan.track)));
            QVERIFY2(!sound.frames.empty(), qPrintable(title));
            const double bar = 4.0 * 60.0 / plan.song.bpm;
            for (const notes::TimedNote& note : notes->timedNotes) {
                const double time = note.timeMs / 1000.0;
                const auto event = std::min_element(
                    events.begin(), events.end(), [time](const Event& a, const Event& b) {
                        return std::abs(a.time - time) < std::abs(b.time - time);
                    });
                const QString where =
                    QStringLiteral("%1 at %2 s: %3").arg(title).arg(time).arg(note.text);
                QVERIFY2(std::abs(event->time - time) <= 0.1, qPrintable(where));
                double previousStart = 0.0;
                for (const Event& e : events) {
                    if ((e.change == Change::Section || e.change == Change::Start) &&
                        e.time < event->time)
                        previousStart = e.time;
                }
                const Heard heard = heardAt(sound, *event, plan.song.ballad, bar, previousStart);
                qInfo("%s: %.2f %s (at least %.2f)", qPrintable(where), heard.value, heard.what,
                      heard.threshold);
                QVERIFY2(heard.value >= heard.threshold, qPrintable(where));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBundledMoments)
#include "tst_bundledmoments.moc"
