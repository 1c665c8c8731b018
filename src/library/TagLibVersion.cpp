#include "library/TagLibVersion.h"

#include <taglib/taglib.h>

namespace liner::library {

QString tagLibVersion()
{
    return QStringLiteral("%1.%2.%3")
        .arg(TAGLIB_MAJOR_VERSION)
        .arg(TAGLIB_MINOR_VERSION)
        .arg(TAGLIB_PATCH_VERSION);
}

} // namespace liner::library
