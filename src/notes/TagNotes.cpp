#include "notes/TagNotes.h"

#include "notes/NoteFields.h"

namespace liner::notes {

namespace {

constexpr QLatin1StringView creditRoles[] = {
    QLatin1StringView("composer"),  QLatin1StringView("lyricist"),  QLatin1StringView("arranger"),
    QLatin1StringView("conductor"), QLatin1StringView("performer"), QLatin1StringView("producer"),
};

void addNames(TrackNotes& notes, QLatin1StringView role, const QStringList& values)
{
    QStringList names;
    for (const QString& value : values)
        names.append(splitNames(value));
    if (names.isEmpty())
        return;
    for (Credit& credit : notes.credits) {
        if (credit.role == role) {
            credit.names.append(names);
            credit.names.removeDuplicates();
            return;
        }
    }
    notes.credits.append({QString(role), names});
}

} // namespace

TrackNotes notesFromTags(const TagProperties& properties)
{
    TrackNotes notes;
    QStringList prose;
    for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
        const QString key = it.key().toCaseFolded();
        if (key == u"comment" || key == u"description") {
            for (const QString& value : it.value()) {
                const QString text = value.trimmed();
                if (!text.isEmpty() && !prose.contains(text))
                    prose.append(text);
            }
        } else if (key == u"mood") {
            for (const QString& value : it.value())
                notes.moods.append(splitNames(QString(value).replace(u';', u',')));
        }
    }
    // Roles in a fixed order, whatever order the map keeps its keys in; TagLib files instrument
    // players (ID3 TMCL, Vorbis PERFORMER=...) under "PERFORMER:<instrument>".
    for (const QLatin1StringView role : creditRoles) {
        for (auto it = properties.cbegin(); it != properties.cend(); ++it) {
            const QString key = it.key().toCaseFolded();
            if (key == role || (key.startsWith(role) && key.sliced(role.size()).startsWith(u':')))
                addNames(notes, role, it.value());
        }
    }
    notes.prose = prose.join(QStringLiteral("\n\n"));
    return notes;
}

} // namespace liner::notes
