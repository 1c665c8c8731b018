#pragma once

#include "demo/Composer.h"
#include "demo/DemoAlbum.h"

namespace liner::demo {

struct DemoTrackPlan
{
    DemoTrack track;
    SongPlan song;
};

const std::vector<DemoTrackPlan>& demoTrackPlans();

} // namespace liner::demo
