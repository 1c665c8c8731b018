#pragma once

#include "Composer.h"
#include "DemoAlbum.h"

namespace liner::demo {

struct DemoTrackPlan
{
    DemoTrack track;
    SongPlan song;
};

const std::vector<DemoTrackPlan>& demoTrackPlans();

} // namespace liner::demo
