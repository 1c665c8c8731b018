#include "gui/NoteLabels.h"

#include <QCoreApplication>

namespace liner::gui {

namespace {

struct Label
{
    const char* key;
    const char* text;
};

// The keys as the notes format spells them (see notes/NoteFields.cpp), the labels to translate.
constexpr Label kRoles[] = {
    {"composer", QT_TRANSLATE_NOOP("NoteLabels", "Composer")},
    {"lyricist", QT_TRANSLATE_NOOP("NoteLabels", "Lyricist")},
    {"arranger", QT_TRANSLATE_NOOP("NoteLabels", "Arranger")},
    {"performer", QT_TRANSLATE_NOOP("NoteLabels", "Performer")},
    {"conductor", QT_TRANSLATE_NOOP("NoteLabels", "Conductor")},
    {"producer", QT_TRANSLATE_NOOP("NoteLabels", "Producer")},
    {"singer", QT_TRANSLATE_NOOP("NoteLabels", "Singer")},
};

constexpr Label kOtherFields[] = {
    {"instrument", QT_TRANSLATE_NOOP("NoteLabels", "Instrument")},
    {"instruments", QT_TRANSLATE_NOOP("NoteLabels", "Instruments")},
    {"key", QT_TRANSLATE_NOOP("NoteLabels", "Key")},
    {"tempo", QT_TRANSLATE_NOOP("NoteLabels", "Tempo")},
    {"recorded", QT_TRANSLATE_NOOP("NoteLabels", "Recorded")},
    {"released", QT_TRANSLATE_NOOP("NoteLabels", "Released")},
};

template <std::size_t N> QString labelFor(const Label (&labels)[N], const QString& key)
{
    const QString folded = key.toCaseFolded();
    for (const Label& label : labels) {
        if (folded == QLatin1StringView(label.key))
            return QCoreApplication::translate("NoteLabels", label.text);
    }
    QString written = key;
    if (!written.isEmpty())
        written[0] = written[0].toUpper();
    return written;
}

} // namespace

QString creditRoleLabel(const QString& role)
{
    return labelFor(kRoles, role);
}

QString otherFieldLabel(const QString& key)
{
    return labelFor(kOtherFields, key);
}

} // namespace liner::gui
