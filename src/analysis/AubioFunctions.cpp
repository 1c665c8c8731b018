#include "analysis/AubioFunctions.h"

namespace liner::analysis {

namespace {

const common::LateFunctions<AubioFunctions>& loaded()
{
    static const common::LateFunctions<AubioFunctions> functions = [] {
        auto loaded = common::loadLate<AubioFunctions>({LINER_SONAME_AUBIO});
        if (!loaded.error.isEmpty())
            loaded.error = QStringLiteral("aubio cannot be loaded: %1").arg(loaded.error);
        return loaded;
    }();
    return functions;
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
