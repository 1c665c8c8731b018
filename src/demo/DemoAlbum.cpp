#include "demo/DemoAlbum.h"

#include "demo/DemoTrackPlans.h"

namespace liner::demo {

namespace {

using K = SectionKind;

// Ballads: slow, minor, piano over strings. Anthems: major, quick, drums and bass.
const std::vector<Section> kBalladForm = {{K::Intro, 2}, {K::Verse, 4},  {K::Chorus, 4},
                                          {K::Verse, 4}, {K::Chorus, 4}, {K::Outro, 2}};
const std::vector<Section> kAnthemForm = {{K::Intro, 4},  {K::Verse, 8},  {K::Chorus, 8},
                                          {K::Bridge, 4}, {K::Chorus, 8}, {K::Outro, 4}};

DemoTrackPlan plan(int number, const char* title, const char* mood, const SongPlan& song)
{
    DemoTrack track{number,
                    QString::fromUtf8(title),
                    demoAlbumArtist(),
                    QString::fromUtf8(mood),
                    song.ballad,
                    qint64(songSeconds(song) * kDemoSampleRate)};
    return {track, song};
}

std::vector<DemoTrackPlan> makePlans()
{
    return {
        plan(1, "The Moment My Heart", "Tender",
             {true, 57, true, 72, {0, 5, 2, 6}, {5, 6, 4, 0}, {}, kBalladForm, 0, 11}),
        plan(2, "Morning Over the Village", "Playful",
             {false, 50, false, 116, {0, 5, 3, 4}, {3, 4, 2, 5}, {5, 3, 4, 4}, kAnthemForm, 2, 23}),
        plan(3, "Tears of a Queen", "Bittersweet",
             {true,
              50,
              true,
              66,
              {0, 3, 6, 2},
              {5, 2, 6, 0, 3, 4, 0, 0},
              {5, 6},
              {{K::Intro, 2},
               {K::Verse, 4},
               {K::Chorus, 4},
               {K::Bridge, 2},
               {K::Chorus, 4},
               {K::Outro, 2}},
              1,
              37}),
        plan(4, "The Queens Crown", "Uplifting",
             {false,
              51,
              false,
              126,
              {5, 3, 0, 4},
              {3, 4, 2, 5},
              {},
              {{K::Intro, 4},
               {K::Verse, 8},
               {K::Chorus, 8},
               {K::Verse, 4},
               {K::Chorus, 8},
               {K::Outro, 4}},
              0,
              41}),
        plan(5, "First Snow on the Window", "Longing",
             {true,
              54,
              true,
              68,
              {0, 5, 3, 4},
              {2, 6, 5, 4},
              {3, 4},
              {{K::Intro, 2}, {K::Verse, 4}, {K::Chorus, 4}, {K::Bridge, 2}, {K::Outro, 2}},
              2,
              59}),
        plan(6, "A Second Chance", "Hopeful",
             {false, 55, false, 121, {0, 4, 5, 3}, {3, 0, 4, 5}, {1, 4}, kAnthemForm, 1, 67}),
        plan(7, "Promise Me", "Devoted",
             {true, 48, true, 70, {0, 2, 5, 6}, {3, 6, 2, 5, 3, 4, 0, 0}, {}, kBalladForm, 1, 83}),
        plan(8, "Dancing Home in the Snow", "Joyful",
             {false,
              48,
              false,
              128,
              {0, 5, 1, 4},
              {3, 4, 0, 5},
              {},
              {{K::Intro, 4}, {K::Verse, 8}, {K::Chorus, 8}, {K::Chorus, 8}, {K::Outro, 4}},
              3,
              97}),
        // The opening theme once more, slower and in another key: same seed, same melodies.
        plan(9, "The Moment My Heart (Reprise)", "Wistful",
             {true,
              52,
              true,
              62,
              {5, 6, 0, 0},
              {3, 6, 2, 5},
              {},
              {{K::Intro, 2}, {K::Verse, 4}, {K::Chorus, 4}, {K::Outro, 2}},
              2,
              11}),
    };
}

} // namespace

const std::vector<DemoTrackPlan>& demoTrackPlans()
{
    static const std::vector<DemoTrackPlan> plans = makePlans();
    return plans;
}

std::vector<DemoTrack> demoAlbumTracks()
{
    std::vector<DemoTrack> tracks;
    for (const auto& plan : demoTrackPlans())
        tracks.push_back(plan.track);
    return tracks;
}

QString demoAlbumTitle()
{
    return QStringLiteral("Queen of Tears \u2014 Liner Demo Album");
}

QString demoAlbumArtist()
{
    return QStringLiteral("Liner Demo Ensemble");
}

QString demoAlbumGenre()
{
    return QStringLiteral("Soundtrack");
}

int demoAlbumYear()
{
    return 2024;
}

QString demoTrackFileName(const DemoTrack& track)
{
    return QStringLiteral("%1 %2.flac").arg(track.number, 2, 10, QLatin1Char('0')).arg(track.title);
}

QString demoCoverFileName()
{
    return QStringLiteral("cover.jpg");
}

QStringList demoAlbumFileNames()
{
    QStringList names;
    for (const auto& track : demoAlbumTracks())
        names << demoTrackFileName(track);
    names << demoCoverFileName();
    return names;
}

} // namespace liner::demo
