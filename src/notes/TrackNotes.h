#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace liner::notes {

// A problem found while reading a notes or lyrics file. Reading goes on past it, so one bad line
// never hides the rest of the file.
struct ParseIssue
{
    int line = 0; // 1-based
    QString message;

    bool operator==(const ParseIssue&) const = default;
};

struct Credit
{
    QString role; // lower-case English: "composer", "lyricist", ...
    QStringList names;

    bool operator==(const Credit&) const = default;
};

// A `Key: value` line Liner has no meaning for; kept so nothing a writer adds is lost.
struct NoteField
{
    QString key;
    QString value;

    bool operator==(const NoteField&) const = default;
};

// A line of commentary tied to a moment of the track ("[1:12] The strings take the tune."),
// shown while that moment plays.
struct TimedNote
{
    qint64 timeMs = 0;
    QString text;
    int line = 0; // in the notes file, 1-based

    bool operator==(const TimedNote&) const = default;
};

// What one track's notes carry, whether they come from a notes file, a pack or the tags.
struct TrackNotes
{
    int disc = 0;   // 0 when the heading gives none
    int number = 0; // 0 when the heading gives none or it did not parse
    QString title;
    // Packs name the performer to tell same-titled songs apart, in every script it is written in
    // ("Heize; 헤이즈"); a song's other titles ("Other titles: 멈춰줘") and its part of a
    // soundtrack released in parts ("Part: 3") let stores' namings find it.
    QString artist;
    QStringList otherTitles;
    int part = 0;
    QStringList moods;
    QStringList characters;
    QStringList scenes;
    QList<Credit> credits; // in the order the file names the roles
    QList<NoteField> otherFields;
    QString prose;               // Markdown, lines joined with '\n'
    QList<TimedNote> timedNotes; // in time order; notes at one time keep their file order

    QStringList creditNames(QStringView role) const
    {
        for (const Credit& credit : credits) {
            if (credit.role == role)
                return credit.names;
        }
        return {};
    }
    bool hasContent() const
    {
        return !moods.isEmpty() || !characters.isEmpty() || !scenes.isEmpty() ||
               !credits.isEmpty() || !otherFields.isEmpty() || !prose.isEmpty() ||
               !timedNotes.isEmpty();
    }
};

} // namespace liner::notes
