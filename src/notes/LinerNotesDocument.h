#pragma once

#include "notes/TrackNotes.h"

#include <QByteArray>
#include <optional>

namespace liner::notes {

// One `## ` track section and where it sits in the file's bytes, so an edit can replace exactly it.
struct NotesSection
{
    TrackNotes notes;
    // matchKey()s of the title and of the section's other titles.
    QStringList titleKeys;
    int headingLine = 0;     // 1-based
    qsizetype begin = 0;     // the heading line's first byte
    qsizetype bodyBegin = 0; // just after the heading's line break
    // Just after the last non-blank line of the section (its line break included): blank lines
    // before the next heading separate sections and belong to neither.
    qsizetype bodyEnd = 0;
    qsizetype end = 0; // the next heading's first byte, or the end of the file
    bool crlf = false; // the section's own line breaks, which an edit keeps
};

// A `liner-notes.md` (or a notes pack, which adds an `Album:` field block after the title):
//
//   # Album title
//   Album: Name; Other name            <- packs only
//   Album prose ...
//   ## 1. Track title                  <- also "## 1 Title", "## 1-3. Title" (disc 1), "## Title"
//   Mood: ...                          <- field block, then the track's prose
//   [1:12] The strings take the tune.  <- a timed note, anywhere in the prose (see TimedNotes.h)
//
// Parsing never fails: what cannot be understood is listed in issues() and the rest is kept.
class LinerNotesDocument
{
public:
    // UTF-8 bytes (with or without BOM); a line that is not valid UTF-8 is an issue.
    static LinerNotesDocument parse(const QByteArray& bytes);
    // The name a notes file has beside an album's audio.
    static QString fileName() { return QStringLiteral("liner-notes.md"); }
    // A file in any encoding decodeText() decides (Notepad's UTF-16, an old CP949 or Shift-JIS
    // file); nullopt when the file cannot be read.
    static std::optional<LinerNotesDocument> load(const QString& path);

    // The text as UTF-8, which is what the file holds unless encoding() says otherwise; byte
    // offsets of sections are into these bytes.
    const QByteArray& bytes() const { return m_bytes; }
    // The file's own encoding when it is not UTF-8 ("UTF-16LE", "windows-949", ...), else empty.
    const QByteArray& encoding() const { return m_encoding; }
    bool hasByteOrderMark() const { return m_byteOrderMark; }
    // Bytes of this document's text form (as bytes() are) in the file's own encoding, for saving
    // an edit; UTF-8 when the file was UTF-8 or when the text holds a character its encoding has
    // no form for (the file then becomes UTF-8 with a byte order mark, its text whole).
    QByteArray inFileEncoding(const QByteArray& utf8) const;
    const QString& title() const { return m_title; }
    const QString& albumProse() const { return m_albumProse; }
    // The albums a pack applies to, from its `Album:` field (semicolon-separated).
    const QStringList& albumNames() const { return m_albumNames; }
    // The other fields of the album block, kept as written.
    const QList<NoteField>& albumFields() const { return m_albumFields; }
    const QList<NotesSection>& sections() const { return m_sections; }
    const QList<ParseIssue>& issues() const { return m_issues; }

    // The section for a track: by number (and disc where both know it), else by title (any of the
    // section's titles, any title the track's gives, see titleKeys()), else, for a track of a
    // soundtrack's `part`, by the section's Part; the section's Artist (if any) must agree with
    // `artist` in the last two (see artistsAgree()). -1 if none.
    int findIndex(int disc, int number, QStringView title, QStringView artist = {},
                  int part = 0) const;
    const TrackNotes* find(int disc, int number, QStringView title, QStringView artist = {},
                           int part = 0) const;

    // A section's fields and prose as text for an editor: the bytes between bodyBegin and bodyEnd,
    // decoded, with '\n' line breaks.
    QString sectionBody(int index) const;

private:
    QByteArray m_bytes;
    QByteArray m_encoding;
    bool m_byteOrderMark = false;
    QString m_title;
    QString m_albumProse;
    QStringList m_albumNames;
    QList<NoteField> m_albumFields;
    QList<NotesSection> m_sections;
    QList<ParseIssue> m_issues;

    friend class NotesParser;
};

} // namespace liner::notes
