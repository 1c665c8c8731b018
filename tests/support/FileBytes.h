#pragma once

#include <QByteArray>
#include <QString>

namespace liner::testing {

// A file's whole contents, or empty bytes when it cannot be read.
QByteArray readBytes(const QString& path);
// Writes `bytes` as the whole of the file at `path`, making its folder when missing; true when
// every byte was written.
bool writeBytes(const QString& path, const QByteArray& bytes);

} // namespace liner::testing
