#pragma once

#include "notes/LinerNotesDocument.h"

namespace liner::notes {

// The document's bytes with one section's body (its fields and prose, the heading kept) replaced
// by `body`. Every byte outside [bodyBegin, bodyEnd) is left as it was, BOM and the line breaks of
// other sections included; `body` is written with the section's own line breaks. Trailing blank
// lines of `body` are dropped, since the gap before the next heading is not part of the section.
// The bytes are in the file's own encoding (see LinerNotesDocument::inFileEncoding).
QByteArray withSectionBody(const LinerNotesDocument& document, int index, QStringView body);

// The same for the whole section, heading included: [begin, bodyEnd) becomes `text`.
QByteArray withSectionText(const LinerNotesDocument& document, int index, QStringView text);

// Writes atomically (common/AtomicWrite), so a crash or a full disk leaves the old file or the new
// one whole; `error` names the file and the reason.
bool saveNotesFile(const QString& path, const QByteArray& bytes, QString* error = nullptr);

} // namespace liner::notes
