#pragma once

#include <QString>

namespace liner::common {

// Where a file Liner could not use is kept, so that nothing the listener had is lost: beside it,
// as PATH.SUFFIX, or PATH.SUFFIX-2, -3… when that name is taken (never over another file).

// Moves the file there; returns where it went, or an empty string when it could not be moved.
QString moveAside(const QString& path, const QString& suffix);
// Copies the file there; returns where the copy is, or an empty string.
QString copyAside(const QString& path, const QString& suffix);

} // namespace liner::common
