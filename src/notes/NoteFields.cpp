#include "notes/NoteFields.h"

#include <QRegularExpression>

namespace liner::notes {

namespace {

enum class FieldKind
{
    Moods,
    Characters,
    Scenes,
    Credit,
    Artist,
    OtherTitles,
    Part,
};

struct KnownKey
{
    QLatin1StringView key;
    FieldKind kind;
    QLatin1StringView role = {};
};

constexpr KnownKey knownKeys[] = {
    {QLatin1StringView("mood"), FieldKind::Moods},
    {QLatin1StringView("moods"), FieldKind::Moods},
    {QLatin1StringView("character"), FieldKind::Characters},
    {QLatin1StringView("characters"), FieldKind::Characters},
    {QLatin1StringView("scene"), FieldKind::Scenes},
    {QLatin1StringView("scenes"), FieldKind::Scenes},
    {QLatin1StringView("episode"), FieldKind::Scenes},
    {QLatin1StringView("episodes"), FieldKind::Scenes},
    {QLatin1StringView("artist"), FieldKind::Artist},
    {QLatin1StringView("other titles"), FieldKind::OtherTitles},
    {QLatin1StringView("part"), FieldKind::Part},
    {QLatin1StringView("composer"), FieldKind::Credit, QLatin1StringView("composer")},
    {QLatin1StringView("composers"), FieldKind::Credit, QLatin1StringView("composer")},
    {QLatin1StringView("lyricist"), FieldKind::Credit, QLatin1StringView("lyricist")},
    {QLatin1StringView("lyricists"), FieldKind::Credit, QLatin1StringView("lyricist")},
    {QLatin1StringView("arranger"), FieldKind::Credit, QLatin1StringView("arranger")},
    {QLatin1StringView("arrangers"), FieldKind::Credit, QLatin1StringView("arranger")},
    {QLatin1StringView("performer"), FieldKind::Credit, QLatin1StringView("performer")},
    {QLatin1StringView("performers"), FieldKind::Credit, QLatin1StringView("performer")},
    {QLatin1StringView("conductor"), FieldKind::Credit, QLatin1StringView("conductor")},
    {QLatin1StringView("producer"), FieldKind::Credit, QLatin1StringView("producer")},
    {QLatin1StringView("producers"), FieldKind::Credit, QLatin1StringView("producer")},
    {QLatin1StringView("singer"), FieldKind::Credit, QLatin1StringView("singer")},
    {QLatin1StringView("singers"), FieldKind::Credit, QLatin1StringView("singer")},
};

const KnownKey* knownKey(const QString& key)
{
    const QString lower = key.toCaseFolded();
    for (const KnownKey& known : knownKeys) {
        if (lower == known.key)
            return &known;
    }
    return nullptr;
}

bool meansNobody(QStringView value)
{
    return value == u"—" || value == u"–" || value == u"-";
}

QStringList splitTrimmed(QStringView value, const QRegularExpression& separator)
{
    QStringList parts;
    for (const QStringView part : value.split(separator)) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !meansNobody(trimmed))
            parts.append(trimmed.toString());
    }
    return parts;
}

void addCredit(TrackNotes& notes, const QString& role, const QStringList& names)
{
    for (Credit& credit : notes.credits) {
        if (credit.role == role) {
            credit.names.append(names);
            return;
        }
    }
    notes.credits.append({role, names});
}

} // namespace

std::optional<NoteField> fieldFromLine(QStringView line)
{
    // A key is a short run of words starting with a letter; prose rarely opens that way and a
    // sentence with a colon later on ("He said: ...") has too many words before it to match.
    static const QRegularExpression field(QStringLiteral(
        R"(^(\p{L}[\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]+){0,2})[ \t]*:(?:[ \t]+(.*)|$))"));
    const QRegularExpressionMatch match = field.match(line);
    if (!match.hasMatch())
        return std::nullopt;
    return NoteField{match.captured(1), match.capturedView(2).trimmed().toString()};
}

QStringList splitNames(QStringView value)
{
    static const QRegularExpression separator(QStringLiteral("[,，、]"));
    return splitTrimmed(value, separator);
}

QStringList splitOnSemicolons(QStringView value)
{
    static const QRegularExpression separator(QStringLiteral("[;；]"));
    return splitTrimmed(value, separator);
}

void applyField(TrackNotes& notes, const NoteField& field, int line, QList<ParseIssue>& issues)
{
    if (field.value.isEmpty())
        issues.append({line, QStringLiteral("field \"%1\" has no value").arg(field.key)});
    const KnownKey* known = knownKey(field.key);
    if (!known) {
        notes.otherFields.append(field);
        return;
    }
    switch (known->kind) {
    case FieldKind::Moods:
        notes.moods.append(splitNames(field.value));
        break;
    case FieldKind::Characters:
        notes.characters.append(splitNames(field.value));
        break;
    case FieldKind::Scenes:
        notes.scenes.append(splitOnSemicolons(field.value));
        break;
    case FieldKind::Credit:
        if (!field.value.isEmpty() && !meansNobody(field.value))
            addCredit(notes, known->role, splitNames(field.value));
        break;
    case FieldKind::Artist:
        notes.artist = field.value;
        break;
    // These two also show as written: a listener reads them as part of the notes.
    case FieldKind::OtherTitles:
        notes.otherTitles.append(splitOnSemicolons(field.value));
        notes.otherFields.append(field);
        break;
    case FieldKind::Part:
        notes.part = field.value.toInt();
        if (notes.part <= 0)
            issues.append({line, QStringLiteral("\"Part\" is not a part number")});
        notes.otherFields.append(field);
        break;
    }
}

} // namespace liner::notes
