#pragma once

#include "demo/Synth.h"

#include <cstdint>
#include <vector>

namespace liner::demo {

enum class SectionKind
{
    Intro,
    Verse,
    Chorus,
    Bridge,
    Outro
};

struct Section
{
    SectionKind kind;
    int bars;
};

// Everything that makes one demo track differ from another; the composer fills in the notes.
struct SongPlan
{
    bool ballad = true;
    int tonic = 57; // MIDI pitch of the key note in the accompaniment's octave
    bool minor = true;
    double bpm = 70;
    std::vector<int> verseChords;  // scale degrees (0 = tonic), one chord per bar, repeating
    std::vector<int> chorusChords; // also used by the outro, so songs end where the chorus lives
    std::vector<int> bridgeChords; // empty: the chorus chords
    std::vector<Section> sections;
    int accompaniment = 0; // which arpeggio / comping pattern
    std::uint64_t seed = 1;
};

double songSeconds(const SongPlan& plan);
Bus renderSong(const SongPlan& plan, int sampleRate);

} // namespace liner::demo
