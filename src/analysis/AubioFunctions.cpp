#include "analysis/AubioFunctions.h"

namespace liner::analysis {

namespace {

const common::LateFunctions<AubioFunctions>& loaded()
{
    return common::loadOnce<AubioFunctions>("aubio", {LINER_SONAME_AUBIO});
}

} // namespace

QString loadAubio()
{
    return loaded().error;
}

const AubioFunctions& aubio()
{
    return loaded().functions;
}

} // namespace liner::analysis
