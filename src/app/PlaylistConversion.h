#pragma once

#include <QString>
#include <QTextStream>

namespace liner::app {

// `liner --convert-playlist IN OUT`: reads IN and writes every entry, in order (missing files and
// streams included), to OUT in the format OUT's extension names. Reports the counts on `out` and
// problems on `err`; returns the exit code (1 when IN cannot be read or OUT cannot be written, 2
// when OUT names no playlist format).
int convertPlaylist(const QString& in, const QString& outPath, QTextStream& out, QTextStream& err);

} // namespace liner::app
