#include "demo/Composer.h"

#include "demo/Drums.h"
#include "demo/Mixer.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <numeric>
#include <utility>

namespace liner::demo {

namespace {

constexpr double kTailSeconds = 4.5; // room for the last chord and the reverb to die away
constexpr int kMelodyLow = -2;       // melody range, in scale degrees from the tonic above
constexpr int kMelodyHigh = 9;       // the accompaniment

int floorDiv(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

struct Key
{
    int tonic;
    bool minor;
    int pitch(int degree) const
    {
        static constexpr std::array<int, 7> major = {0, 2, 4, 5, 7, 9, 11};
        static constexpr std::array<int, 7> natural = {0, 2, 3, 5, 7, 8, 10};
        const int octave = floorDiv(degree, 7);
        const auto& scale = minor ? natural : major;
        return tonic + 12 * octave + scale[std::size_t(degree - 7 * octave)];
    }
};

bool isChordTone(int degree, int chord)
{
    const int interval = ((degree - chord) % 7 + 7) % 7;
    return interval == 0 || interval == 2 || interval == 4;
}

int nearestChordTone(int degree, int chord)
{
    for (int distance = 0; distance < 4; ++distance) {
        if (isChordTone(degree + distance, chord))
            return degree + distance;
        if (isChordTone(degree - distance, chord))
            return degree - distance;
    }
    return degree;
}

int keepInRange(int degree)
{
    if (degree > kMelodyHigh)
        return 2 * kMelodyHigh - degree;
    if (degree < kMelodyLow)
        return 2 * kMelodyLow - degree;
    return degree;
}

// Rhythms of two-bar phrases, as (onset, length) in eighth notes.
using Rhythm = std::vector<std::pair<int, int>>;

const std::vector<Rhythm>& balladRhythms()
{
    static const std::vector<Rhythm> rhythms = {
        {{0, 3}, {3, 1}, {4, 2}, {6, 2}, {8, 6}, {14, 2}},
        {{0, 2}, {2, 2}, {4, 3}, {7, 1}, {8, 8}},
        {{1, 1}, {2, 2}, {4, 2}, {6, 2}, {8, 4}, {12, 4}},
        {{0, 4}, {4, 2}, {6, 2}, {8, 3}, {11, 1}, {12, 4}},
    };
    return rhythms;
}

const std::vector<Rhythm>& anthemRhythms()
{
    static const std::vector<Rhythm> rhythms = {
        {{0, 1}, {1, 1}, {2, 2}, {4, 1}, {5, 1}, {6, 2}, {8, 1}, {9, 1}, {10, 2}, {12, 4}},
        {{0, 2}, {2, 1}, {3, 2}, {5, 1}, {6, 2}, {8, 2}, {10, 1}, {11, 3}, {14, 2}},
        {{0, 1}, {1, 2}, {3, 1}, {4, 2}, {6, 2}, {8, 1}, {9, 2}, {11, 1}, {12, 3}, {15, 1}},
        {{0, 3}, {3, 3}, {6, 2}, {8, 1}, {9, 1}, {10, 1}, {11, 1}, {12, 4}},
    };
    return rhythms;
}

// A motif is a rhythm plus the melodic steps between its notes; phrases replay it over
// whatever chords lie underneath, which is what makes a tune recognisable when it returns.
struct Motif
{
    Rhythm rhythm;
    std::vector<int> steps;
};

Motif makeMotif(const std::vector<Rhythm>& rhythms, Rng& rng)
{
    Motif motif{rhythms[std::size_t(rng.below(int(rhythms.size())))], {}};
    const int n = int(motif.rhythm.size());
    motif.steps.push_back(0);
    for (int j = 1; j < n; ++j) {
        // Arch contour: mostly up in the first half, mostly down in the second.
        const bool rising = rng.chance(j < n / 2 ? 0.68 : 0.32);
        const double r = rng.uniform();
        const int size = r < 0.55 ? 1 : r < 0.8 ? 2 : r < 0.9 ? 0 : 3;
        motif.steps.push_back(rising ? size : -size);
    }
    return motif;
}

struct PhraseStyle
{
    Instrument instrument;
    float velocity;
    int octave = 0;       // shift from the melody register
    double legato = 0.95; // fraction of the written length actually held
};

class Composer
{
public:
    Composer(const SongPlan& plan, int rate)
        : m_plan(plan), m_key{plan.tonic, plan.minor}, m_beat(60.0 / plan.bpm), m_rng(plan.seed),
          m_frames(std::size_t(songSeconds(plan) * rate)), m_room(rate, m_frames),
          m_tight(rate, m_frames)
    {
        const auto& rhythms = plan.ballad ? balladRhythms() : anthemRhythms();
        m_verse = makeMotif(rhythms, m_rng);
        m_chorus = makeMotif(rhythms, m_rng);
        m_bridge = makeMotif(rhythms, m_rng);
        for (const Section& section : plan.sections) {
            const auto& chords = chordsFor(section.kind);
            for (int b = 0; b < section.bars; ++b)
                m_barChords.push_back(chords[std::size_t(b) % chords.size()]);
        }
    }

    Bus render()
    {
        int bar = 0;
        double fadeStart = songSeconds(m_plan) - 8.0;
        for (const Section& section : m_plan.sections) {
            if (section.kind == SectionKind::Outro)
                fadeStart = barStart(bar);
            if (m_plan.ballad)
                balladSection(section, bar);
            else
                anthemSection(section, bar);
            bar += section.bars;
        }
        finalChord(bar);

        Bus mix(m_room.sampleRate, m_frames);
        mix.add(m_room, 1.0f);
        mix.add(m_tight, 1.0f);
        addReverb(m_room, mix, m_plan.ballad ? 0.86f : 0.8f, m_plan.ballad ? 1.1f : 0.7f);
        masterTrack(mix, m_plan.ballad ? 0.72f : 0.9f, fadeStart);
        return mix;
    }

private:
    const std::vector<int>& chordsFor(SectionKind kind) const
    {
        switch (kind) {
        case SectionKind::Chorus:
        case SectionKind::Outro:
            return m_plan.chorusChords;
        case SectionKind::Bridge:
            return m_plan.bridgeChords.empty() ? m_plan.chorusChords : m_plan.bridgeChords;
        case SectionKind::Intro:
        case SectionKind::Verse:
            break;
        }
        return m_plan.verseChords;
    }

    double barStart(int bar) const { return bar * 4 * m_beat; }
    double eighth() const { return m_beat / 2; }
    int chordAt(int bar) const { return m_barChords[std::size_t(std::min(bar, lastBar()))]; }
    int lastBar() const { return int(m_barChords.size()) - 1; }

    // Small timing and loudness drift, so repeated patterns breathe like a player's.
    double humanTime() { return m_rng.bipolar() * 0.006; }
    float humanVelocity(float velocity)
    {
        return std::clamp(velocity + m_rng.bipolar() * 0.05f, 0.05f, 1.0f);
    }

    void note(Bus& bus, Instrument instrument, double start, double length, int pitch,
              float velocity, float pan)
    {
        playNote(bus, instrument,
                 {std::max(0.0, start + humanTime()), length, pitch, humanVelocity(velocity), pan});
    }

    // Chord tones between two octaves, led from the previous chord by the smallest total motion.
    std::vector<int> voice(int chord, bool seventh)
    {
        std::vector<int> tones = {chord, chord + 2, chord + 4};
        if (seventh)
            tones.push_back(chord + 6);
        std::vector<int> best;
        int bestCost = 1 << 30;
        for (std::size_t inversion = 0; inversion < tones.size(); ++inversion) {
            for (int octave = -1; octave <= 0; ++octave) {
                std::vector<int> pitches;
                for (std::size_t k = 0; k < tones.size(); ++k) {
                    const std::size_t index = (inversion + k) % tones.size();
                    const int lift = index < inversion ? 7 : 0;
                    pitches.push_back(m_key.pitch(tones[index] + lift + 7 * octave));
                }
                int cost = 0;
                if (m_voicing.size() == pitches.size()) {
                    for (std::size_t k = 0; k < pitches.size(); ++k)
                        cost += std::abs(pitches[k] - m_voicing[k]);
                } else {
                    cost = std::abs(pitches.front() - (m_key.tonic + 2)) * 2;
                }
                if (pitches.front() < m_key.tonic - 6 || pitches.back() > m_key.tonic + 17)
                    cost += 100;
                if (cost < bestCost) {
                    bestCost = cost;
                    best = pitches;
                }
            }
        }
        m_voicing = best;
        return best;
    }

    int bassPitch(int chord) const
    {
        int pitch = m_key.pitch(chord);
        while (pitch > m_key.tonic - 3)
            pitch -= 12;
        while (pitch < m_key.tonic - 15)
            pitch += 12;
        return pitch;
    }

    // Plays a motif over bars [bar, bar + 2), starting near `anchor`. The last phrase of a
    // section resolves to the tonic and holds it.
    void phrase(const Motif& motif, int bar, int anchor, bool cadence, const PhraseStyle& style)
    {
        int degree = nearestChordTone(anchor, chordAt(bar));
        for (std::size_t j = 0; j < motif.rhythm.size(); ++j) {
            const auto [onset, eighths] = motif.rhythm[j];
            const int noteBar = bar + onset / 8;
            degree = keepInRange(degree + motif.steps[j]);
            if (onset % 4 == 0)
                degree = nearestChordTone(degree, chordAt(noteBar));
            int length = eighths;
            if (cadence && j + 1 == motif.rhythm.size()) {
                degree = std::abs(degree) < std::abs(degree - 7) ? 0 : 7;
                length = 16 - onset;
            }
            const int pitch = m_key.pitch(degree) + 12 * (1 + style.octave);
            note(m_room, style.instrument, barStart(bar) + onset * eighth(),
                 length * eighth() * style.legato, pitch, style.velocity, 0.08f);
        }
    }

    void melody(const Motif& motif, int firstBar, int bars, int anchor, const PhraseStyle& style)
    {
        const int phrases = bars / 2;
        for (int p = 0; p < phrases; ++p) {
            // Statement, a lift, the statement again, then the answer that comes home.
            const int lift = p % 4 == 1 ? 2 : p % 4 == 3 ? 1 : 0;
            phrase(motif, firstBar + 2 * p, anchor + lift, p == phrases - 1, style);
        }
    }

    void arpeggio(int bar, float velocity)
    {
        static constexpr std::array<std::array<int, 8>, 3> patterns = {{
            {0, 1, 2, 3, 4, 3, 2, 1},
            {0, 2, 3, 2, 4, 2, 3, 2},
            {0, 1, 2, 1, 3, 1, 4, 1},
        }};
        const auto& pattern = patterns[std::size_t(m_plan.accompaniment) % patterns.size()];
        const int chord = chordAt(bar);
        const int root = bassPitch(chord);
        const std::array<int, 5> tones = {
            root, root + (m_key.pitch(chord + 4) - m_key.pitch(chord)), root + 12,
            root + 12 + (m_key.pitch(chord + 2) - m_key.pitch(chord)), root + 19};
        for (int e = 0; e < 8; ++e) {
            const int pitch = tones[std::size_t(pattern[std::size_t(e)])];
            // Held to the bar line, as under a sustain pedal.
            const double start = barStart(bar) + e * eighth();
            const float pan = float(pitch - m_key.tonic) / 40.0f - 0.1f;
            note(m_room, Instrument::Piano, start, barStart(bar + 1) - start, pitch,
                 velocity * (e == 0 ? 1.0f : 0.82f), pan);
        }
    }

    void pad(int bar, bool seventh, float velocity, bool withBass)
    {
        const int chord = chordAt(bar);
        for (int pitch : voice(chord, seventh))
            note(m_room, Instrument::Pad, barStart(bar), 4 * m_beat, pitch, velocity, 0.0f);
        if (withBass)
            note(m_room, Instrument::Pad, barStart(bar), 4 * m_beat, bassPitch(chord),
                 velocity * 0.8f, 0.0f);
    }

    void balladSection(const Section& section, int first)
    {
        static constexpr float arpeggioLevel[] = {0.5f, 0.52f, 0.62f, 0.4f, 0.46f};
        static constexpr float padLevel[] = {0.45f, 0.55f, 0.95f, 0.85f, 0.6f};
        const auto kind = std::size_t(section.kind);
        for (int b = first; b < first + section.bars; ++b) {
            const bool bridge = section.kind == SectionKind::Bridge;
            if (!bridge || b == first + section.bars - 1)
                arpeggio(b, arpeggioLevel[kind]);
            if (section.kind != SectionKind::Intro || b > first)
                pad(b, section.kind != SectionKind::Verse, padLevel[kind],
                    section.kind == SectionKind::Chorus || bridge);
        }
        switch (section.kind) {
        case SectionKind::Intro:
            // A glimpse of the chorus tune, high and quiet, before the song proper begins.
            melody(m_chorus, first, section.bars, 4, {Instrument::Piano, 0.45f, 1, 1.0});
            break;
        case SectionKind::Verse:
            melody(m_verse, first, section.bars, 2, {Instrument::Piano, 0.8f});
            break;
        case SectionKind::Chorus:
            melody(m_chorus, first, section.bars, 5, {Instrument::Flute, 0.85f});
            melody(m_chorus, first, section.bars, 5, {Instrument::Piano, 0.35f, -1});
            break;
        case SectionKind::Bridge:
            melody(m_bridge, first, section.bars, 3, {Instrument::Flute, 0.6f});
            break;
        case SectionKind::Outro:
            melody(m_verse, first, section.bars, 2, {Instrument::Piano, 0.6f});
            break;
        }
    }

    void drums(int bar, SectionKind kind, int barInSection, int sectionBars)
    {
        const double t0 = barStart(bar);
        const double e = eighth();
        const bool fill = barInSection == sectionBars - 1 &&
                          (kind == SectionKind::Verse || kind == SectionKind::Bridge ||
                           kind == SectionKind::Intro);
        if (kind == SectionKind::Intro && barInSection < sectionBars / 2) {
            for (int beat = 0; beat < 4; ++beat)
                playKick(m_tight, t0 + beat * m_beat, 0.6f);
            if (barInSection > 0) {
                for (int i = 0; i < 8; ++i)
                    playHat(m_tight, t0 + i * e + humanTime(), i % 2 ? 0.4f : 0.7f, false, m_rng);
            }
            return;
        }
        if (kind == SectionKind::Bridge) {
            playKick(m_tight, t0, 0.7f);
            for (int beat = 0; beat < 4; ++beat)
                playHat(m_tight, t0 + beat * m_beat, 0.5f, false, m_rng);
        } else {
            const bool chorus = kind == SectionKind::Chorus || kind == SectionKind::Outro;
            if (barInSection == 0 && chorus)
                playCymbal(m_room, t0, 0.9f, m_rng);
            const std::array<int, 4> kicks =
                chorus ? std::array{0, 3, 4, 6} : std::array{0, 4, 5, -1};
            for (int k : kicks) {
                if (k >= 0)
                    playKick(m_tight, t0 + k * e, k == 0 ? 0.95f : 0.8f);
            }
            playSnare(m_room, t0 + 2 * e + humanTime(), 0.85f, m_rng);
            if (!fill)
                playSnare(m_room, t0 + 6 * e + humanTime(), 0.9f, m_rng);
            for (int i = 0; i < 8; ++i) {
                const bool open = chorus && i == 7;
                playHat(m_tight, t0 + i * e + humanTime(), i % 2 ? 0.45f : 0.75f, open, m_rng);
            }
        }
        if (fill) {
            for (int s = 0; s < 4; ++s)
                playSnare(m_room, t0 + 6 * e + s * e / 2, 0.5f + 0.13f * s, m_rng);
        }
    }

    void bassLine(int bar, SectionKind kind)
    {
        const int root = bassPitch(chordAt(bar));
        const double t0 = barStart(bar);
        const double e = eighth();
        if (kind == SectionKind::Bridge) {
            note(m_tight, Instrument::Bass, t0, 4 * e * 0.95, root, 0.8f, 0.0f);
            note(m_tight, Instrument::Bass, t0 + 4 * e, 4 * e * 0.95, root, 0.7f, 0.0f);
            return;
        }
        const bool driving = kind == SectionKind::Chorus || kind == SectionKind::Outro;
        // Octave jumps and a fifth on the way back give the line its bounce.
        static constexpr std::array<int, 8> drive = {0, 0, 12, 0, 0, 12, 7, 0};
        static constexpr std::array<int, 8> walk = {0, -1, 0, 0, -1, 0, 7, -1};
        const auto& pattern = driving ? drive : walk;
        for (int i = 0; i < 8; ++i) {
            if (pattern[std::size_t(i)] < 0)
                continue;
            note(m_tight, Instrument::Bass, t0 + i * e, e * 0.8, root + pattern[std::size_t(i)],
                 i == 0 ? 0.95f : 0.75f, 0.0f);
        }
    }

    void comp(int bar, float velocity)
    {
        const std::vector<int> chord = voice(chordAt(bar), false);
        const int pattern = m_plan.accompaniment % 2;
        for (int i = 0; i < 8; ++i) {
            const bool offbeat = i % 2 == 1;
            const bool play = pattern == 0 ? offbeat : (i == 0 || i == 3 || i == 6);
            if (!play)
                continue;
            for (int pitch : chord)
                note(m_room, Instrument::Piano, barStart(bar) + i * eighth(), eighth() * 0.7,
                     pitch + 12, velocity, -0.25f);
        }
    }

    void anthemSection(const Section& section, int first)
    {
        for (int b = first; b < first + section.bars; ++b) {
            const int inSection = b - first;
            drums(b, section.kind, inSection, section.bars);
            if (section.kind != SectionKind::Intro || inSection >= section.bars / 2)
                bassLine(b, section.kind);
            if (section.kind != SectionKind::Bridge)
                comp(b, section.kind == SectionKind::Chorus ? 0.55f : 0.45f);
            if (section.kind != SectionKind::Verse && section.kind != SectionKind::Intro)
                pad(b, false, section.kind == SectionKind::Bridge ? 0.9f : 0.6f, false);
        }
        switch (section.kind) {
        case SectionKind::Intro:
            melody(m_chorus, first, section.bars, 4, {Instrument::Bell, 0.6f, 1, 0.9});
            break;
        case SectionKind::Verse:
            melody(m_verse, first, section.bars, 2, {Instrument::Piano, 0.75f, 0, 0.85});
            if (m_plan.accompaniment >= 2)
                melody(m_verse, first, section.bars, 2, {Instrument::Bell, 0.35f, 1, 0.85});
            break;
        case SectionKind::Chorus:
            melody(m_chorus, first, section.bars, 4, {Instrument::Lead, 0.85f, 0, 0.9});
            melody(m_chorus, first, section.bars, 4, {Instrument::Bell, 0.3f, 1, 0.9});
            break;
        case SectionKind::Bridge:
            melody(m_bridge, first, section.bars, 3, {Instrument::Flute, 0.8f});
            break;
        case SectionKind::Outro:
            melody(m_chorus, first, section.bars, 4, {Instrument::Lead, 0.7f, 0, 0.9});
            break;
        }
    }

    // The home chord, struck once the last bar is over and left to ring into the fade.
    void finalChord(int bar)
    {
        const double t0 = barStart(bar);
        const int root = bassPitch(0);
        note(m_room, Instrument::Piano, t0, 3.0, root, 0.7f, -0.2f);
        for (int pitch : voice(0, false)) {
            note(m_room, Instrument::Piano, t0, 3.0, pitch, 0.55f, 0.1f);
            note(m_room, Instrument::Pad, t0, 2.0, pitch, 0.6f, 0.0f);
        }
        if (!m_plan.ballad) {
            playKick(m_tight, t0, 0.9f);
            playCymbal(m_room, t0, 1.0f, m_rng);
            note(m_tight, Instrument::Bass, t0, 1.5, root, 0.9f, 0.0f);
        }
    }

    const SongPlan& m_plan;
    Key m_key;
    double m_beat;
    Rng m_rng;
    std::size_t m_frames;
    Bus m_room;  // everything that sits in the reverb
    Bus m_tight; // kick, hats and bass stay dry and close
    Motif m_verse;
    Motif m_chorus;
    Motif m_bridge;
    std::vector<int> m_barChords;
    std::vector<int> m_voicing;
};

} // namespace

double songSeconds(const SongPlan& plan)
{
    const int bars = std::accumulate(plan.sections.begin(), plan.sections.end(), 0,
                                     [](int sum, const Section& s) { return sum + s.bars; });
    return bars * 4 * 60.0 / plan.bpm + kTailSeconds;
}

Bus renderSong(const SongPlan& plan, int sampleRate)
{
    return Composer(plan, sampleRate).render();
}

} // namespace liner::demo
