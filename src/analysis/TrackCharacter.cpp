#include "analysis/TrackCharacter.h"

#include <algorithm>

namespace liner::analysis {

namespace {

constexpr double kSlowBelowBpm = 100.0;
constexpr double kQuietBelow = 0.6;
constexpr double kJoyfulFrom = 0.7;

double part(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

} // namespace

double energyOf(std::optional<double> loudnessLufs, double onsetsPerSecond, double pulseClarity)
{
    const double loudness = loudnessLufs ? part((*loudnessLufs + 30.0) / 20.0) : 0.0;
    return (loudness + part(onsetsPerSecond / 6.0) + part((pulseClarity - 0.3) / 0.6)) / 3.0;
}

notes::Face faceOf(const TrackAnalysis& analysis)
{
    if (!analysis.isValid())
        return notes::Face::Unknown;
    const int balladSigns = int(analysis.tempoBpm && *analysis.tempoBpm < kSlowBelowBpm) +
                            int(analysis.key && analysis.key->minor) +
                            int(analysis.energy < kQuietBelow);
    return balladSigns >= 2 ? notes::Face::Ballad : notes::Face::Anthem;
}

QString suggestedMood(const TrackAnalysis& analysis)
{
    const bool minor = analysis.key && analysis.key->minor;
    switch (faceOf(analysis)) {
    case notes::Face::Ballad:
        return minor ? QStringLiteral("Melancholy") : QStringLiteral("Tender");
    case notes::Face::Anthem:
        if (minor)
            return QStringLiteral("Driven");
        return analysis.energy >= kJoyfulFrom ? QStringLiteral("Joyful")
                                              : QStringLiteral("Hopeful");
    case notes::Face::Unknown:
        break;
    }
    return {};
}

notes::Face faceFor(const QStringList& moods, const TrackAnalysis& analysis)
{
    const notes::Face written = notes::faceOfMoods(moods);
    return written != notes::Face::Unknown ? written : faceOf(analysis);
}

} // namespace liner::analysis
