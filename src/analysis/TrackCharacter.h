#pragma once

#include "analysis/TrackAnalysis.h"
#include "notes/MoodFace.h"

namespace liner::analysis {

// Energy, 0..1: how loud, how busy and how driven a track is, the mean of three parts, each
// clamped to 0..1:
//   loudness      (integrated LUFS + 30) / 20      -30 LUFS or quieter is 0, -10 LUFS is 1
//   busyness      onsets per second / 6            six note or drum attacks a second is 1
//   drive         (pulse clarity - 0.3) / 0.6      a pulse as clear as a drum kit's is 1
double energyOf(std::optional<double> loudnessLufs, double onsetsPerSecond, double pulseClarity);

// The face the music itself shows: slow (under 100 BPM), minor and quiet (energy under 0.6)
// each speak for the tender ballad; two of the three make it one, else it is a bright anthem.
notes::Face faceOf(const TrackAnalysis& analysis);

// A mood for a track whose notes name none, shown as a suggestion: a ballad in a minor key is
// Melancholy and in a major one Tender; an anthem is Joyful when its energy is high (0.7 or more),
// else Hopeful, or Driven in a minor key. Each reads as the same face through faceOfMoods().
QString suggestedMood(const TrackAnalysis& analysis);

// The face to show: the notes' when their moods speak for one, else the analysis's.
notes::Face faceFor(const QStringList& moods, const TrackAnalysis& analysis);

} // namespace liner::analysis
