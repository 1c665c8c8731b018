#pragma once

#include <QString>

namespace liner::library {

// "1.13.0": TagLib 1.x has no run-time version call, so this is the version Liner was built with
// (Debian rebuilds dependants when TagLib's ABI changes).
QString tagLibVersion();

} // namespace liner::library
