#include "gui/NotesMarkdown.h"

#include "gui/NoteLabels.h"

#include <QCoreApplication>

namespace liner::gui {

namespace {

// Markdown treats these as syntax; field values are plain text.
QString escaped(QString text)
{
    for (const QChar c : QStringLiteral("\\`*_[]#<>|"))
        text.replace(c, QStringLiteral("\\") + c);
    return text;
}

QString joined(const QStringList& values, const QString& separator = QStringLiteral(", "))
{
    QStringList parts;
    for (const QString& value : values)
        parts << escaped(value);
    return parts.join(separator);
}

QString fieldList(const notes::TrackNotes& notes)
{
    QStringList lines;
    const auto add = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << QStringLiteral("- **%1:** %2").arg(label, value);
    };
    add(QCoreApplication::translate("NotesMarkdown", "Mood"), joined(notes.moods));
    add(QCoreApplication::translate("NotesMarkdown", "Characters"), joined(notes.characters));
    add(QCoreApplication::translate("NotesMarkdown", "Scenes"),
        joined(notes.scenes, QStringLiteral("; ")));
    for (const notes::Credit& credit : notes.credits)
        add(escaped(creditRoleLabel(credit.role)), joined(credit.names));
    for (const notes::NoteField& field : notes.otherFields)
        add(escaped(otherFieldLabel(field.key)), escaped(field.value));
    return lines.join(QLatin1Char('\n'));
}

QString trackHeading(const library::Track& track, const char* level)
{
    const QString number =
        track.trackNumber > 0 ? QString::number(track.trackNumber) + ". " : QString();
    return QStringLiteral("%1 %2%3").arg(QLatin1String(level), number,
                                         escaped(track.displayTitle()));
}

} // namespace

QString trackNotesMarkdown(const library::Track& track, const notes::TrackNotes& notes)
{
    QStringList blocks{trackHeading(track, "##")};
    if (!track.displayArtist().isEmpty())
        blocks << QStringLiteral("*%1*").arg(escaped(track.displayArtist()));
    if (const QString fields = fieldList(notes); !fields.isEmpty())
        blocks << fields;
    if (!notes.prose.isEmpty())
        blocks << notes.prose;
    else if (!notes.hasContent())
        blocks << QStringLiteral("*%1*").arg(QCoreApplication::translate(
            "NotesMarkdown",
            "No liner notes for this track yet. Write them in liner-notes.md beside the album's "
            "files, or with Edit notes."));
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace liner::gui
