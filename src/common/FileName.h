#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace liner {

// File names are bytes. Linux keeps whatever bytes a program wrote, and a name need not be valid
// UTF-8 (a Latin-1 name from an old disk or a Windows archive). Qt decodes names as UTF-8 and
// replaces what is not, so such a file could be listed but never opened again. These keep every
// byte: one that is not part of valid UTF-8 becomes a lone surrogate U+DC80..U+DCFF (as Python's
// "surrogateescape" does), which encodes back to the same byte. Valid UTF-8 never decodes to a
// lone surrogate, so nothing else changes.
QString decodeFileName(QByteArrayView bytes);
QByteArray encodeFileName(QStringView name);
// Whether `name` carries bytes that are not UTF-8 (as decodeFileName() keeps them).
bool hasRawBytes(QStringView name);
// The name for people: each kept byte shown as the Latin-1 character it would be there.
QString readableFileName(QStringView name);

enum class PathType
{
    Missing,
    File,
    Folder,
    Other, // a FIFO, device or socket
};
// What `path` names (a symlink is followed), by its bytes.
PathType pathType(const QString& path);

} // namespace liner
