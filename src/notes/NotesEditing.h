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

// A track, as a notes file names its section: disc (0 or 1 on a one-disc album), number, title.
struct SectionName
{
    int disc = 0;
    int number = 0;
    QString title;
};

// The notes file's bytes with `mood` given to a track as its Mood field: the first field of the
// track's section, or of a new section (`## 3. Title`) at the end when the file has none for it.
// `document` null means there is no file yet: it starts one, titled `albumTitle`.
QByteArray withTrackMood(const LinerNotesDocument* document, const QString& albumTitle,
                         const SectionName& track, const QString& mood);

// Writes atomically (common/AtomicWrite), so a crash or a full disk leaves the old file or the new
// one whole; `error` names the file and the reason.
bool saveNotesFile(const QString& path, const QByteArray& bytes, QString* error = nullptr);

} // namespace liner::notes
