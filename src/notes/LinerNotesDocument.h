#pragma once

#include "notes/TrackNotes.h"

#include <QByteArray>
#include <optional>

namespace liner::notes {

// One `## ` track section and where it sits in the file's bytes, so an edit can replace exactly it.
struct NotesSection
{
    TrackNotes notes;
    QString matchKey;        // of the title, see MatchKey.h
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
    static LinerNotesDocument parse(const QByteArray& bytes);
    // nullopt when the file cannot be read.
    // The name a notes file has beside an album's audio.
    static QString fileName() { return QStringLiteral("liner-notes.md"); }
    static std::optional<LinerNotesDocument> load(const QString& path);

    const QByteArray& bytes() const { return m_bytes; }
    const QString& title() const { return m_title; }
    const QString& albumProse() const { return m_albumProse; }
    // The albums a pack applies to, from its `Album:` field (semicolon-separated).
    const QStringList& albumNames() const { return m_albumNames; }
    // The other fields of the album block, kept as written.
    const QList<NoteField>& albumFields() const { return m_albumFields; }
    const QList<NotesSection>& sections() const { return m_sections; }
    const QList<ParseIssue>& issues() const { return m_issues; }

    // The section for a track: by number (and disc where both know it), else by title compared
    // through matchKey(), with the section's Artist (if any) agreeing with `artist`. -1 if none.
    int findIndex(int disc, int number, QStringView title, QStringView artist = {}) const;
    const TrackNotes* find(int disc, int number, QStringView title, QStringView artist = {}) const;

    // A section's fields and prose as text for an editor: the bytes between bodyBegin and bodyEnd,
    // decoded, with '\n' line breaks.
    QString sectionBody(int index) const;

private:
    QByteArray m_bytes;
    QString m_title;
    QString m_albumProse;
    QStringList m_albumNames;
    QList<NoteField> m_albumFields;
    QList<NotesSection> m_sections;
    QList<ParseIssue> m_issues;

    friend class NotesParser;
};

} // namespace liner::notes
