#include "gui/NotesMarkdown.h"

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
    for (const notes::Credit& credit : notes.credits) {
        QString role = credit.role;
        if (!role.isEmpty())
            role[0] = role[0].toUpper();
        add(escaped(role), joined(credit.names));
    }
    for (const notes::NoteField& field : notes.otherFields)
        add(escaped(field.key), escaped(field.value));
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

QString bookletMarkdown(const QString& albumTitle, const QString& albumArtist,
                        const QString& albumProse, const QList<BookletEntry>& entries,
                        const QString& coverImage, const QList<BookletPart>& parts)
{
    QStringList blocks;
    if (!coverImage.isEmpty())
        blocks << QStringLiteral("![%1](liner:%2)")
                      .arg(QCoreApplication::translate("NotesMarkdown", "Cover"), coverImage);
    blocks << QStringLiteral("# ") + escaped(albumTitle);
    if (!albumArtist.isEmpty())
        blocks << QStringLiteral("*%1*").arg(escaped(albumArtist));
    if (!albumProse.isEmpty())
        blocks << albumProse;
    auto part = parts.cbegin();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const BookletEntry& entry = entries[i];
        if (part != parts.cend() && part->firstEntry == i) {
            blocks << QStringLiteral("## ") + escaped(part->title);
            if (!part->coverImage.isEmpty())
                blocks << QStringLiteral("![%1](liner:%2)")
                              .arg(escaped(part->title), part->coverImage);
            ++part;
        }
        blocks << trackHeading(entry.track, "###");
        if (const QString fields = fieldList(entry.notes); !fields.isEmpty())
            blocks << fields;
        if (!entry.notes.prose.isEmpty())
            blocks << entry.notes.prose;
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace liner::gui
