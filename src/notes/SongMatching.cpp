#include "notes/SongMatching.h"

#include "common/MatchKey.h"
#include "notes/NoteFields.h"

#include <QRegularExpression>
#include <QSet>

namespace liner::notes {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A bracketed note on the recording rather than a title: "(Inst.)", "[MR]", "(feat. Joy)".
bool isVersionNote(QStringView text)
{
    static const QRegularExpression note(
        QStringLiteral(R"(^\s*(?:inst\.?|instrumental|mr|off\s*vocal|karaoke|acoustic|live|remix|)"
                       R"(remastered|radio\s+edit|(?:feat\.?|ft\.|featuring|prod\.?|with)\s.*|)"
                       R"(.*\bver(?:\.|sion)?|.*\bmix)\s*$)"),
        kOptions);
    return note.match(text.toString()).hasMatch();
}

// The title's top-level bracket groups and what lies outside them.
std::pair<QString, QStringList> splitBrackets(QStringView title)
{
    QString outside;
    QStringList groups;
    int depth = 0;
    QString current;
    for (const QChar c : title) {
        if (c == u'(' || c == u'[' || c == u'（' || c == u'［') {
            if (depth++ == 0) {
                current.clear();
                continue;
            }
        } else if ((c == u')' || c == u']' || c == u'）' || c == u'］') && depth > 0) {
            if (--depth == 0) {
                groups.append(current.trimmed());
                continue;
            }
        }
        (depth > 0 ? current : outside) += c;
    }
    if (depth > 0)
        outside += current;
    return {outside.simplified(), groups};
}

// The letters' script, by the first letter that has one; Common when there is none.
QChar::Script scriptOf(QStringView text)
{
    for (const QChar c : text) {
        const QChar::Script script = c.script();
        if (c.isLetter() && script != QChar::Script_Common && script != QChar::Script_Inherited)
            return script;
    }
    return QChar::Script_Common;
}

QStringList artistForms(QStringView artist)
{
    static const QRegularExpression featuring(
        QStringLiteral(R"(\s*[(\[]?\s*(?:feat\.?|ft\.|featuring)\s.*$)"), kOptions);
    static const QRegularExpression joiners(QStringLiteral(R"(\s*(?:,|&|\bx\b|×)\s*)"), kOptions);
    QString primary = artist.toString();
    primary.remove(featuring);
    const auto [outside, groups] = splitBrackets(primary);
    QStringList forms{artist.toString(), primary, outside};
    forms.append(groups);
    for (const QString& part : outside.split(joiners))
        forms.append(part);
    return forms;
}

} // namespace

QStringList titleKeys(QStringView title)
{
    QStringList keys;
    const auto add = [&keys](QStringView text) {
        const QString key = matchKey(text);
        if (!text.trimmed().isEmpty() && !keys.contains(key))
            keys.append(key);
    };
    add(title);
    const auto [outside, groups] = splitBrackets(title);
    QStringList titles;
    for (const QString& group : groups) {
        if (!isVersionNote(group))
            titles.append(group);
    }
    add(outside);
    for (const QString& group : std::as_const(titles))
        add(group);
    // "멈춰줘 - Hold Me Back", as some stores give both titles.
    static const QRegularExpression dash(QStringLiteral(R"(\s+[-–—/]\s+)"));
    for (const QString& part : outside.split(dash))
        add(part);
    return keys;
}

bool artistsAgree(QStringView sectionArtists, QStringView trackArtist)
{
    const QStringList names = splitOnSemicolons(sectionArtists);
    if (names.isEmpty() || trackArtist.trimmed().isEmpty())
        return true;
    QStringList forms;
    for (const QString& form : artistForms(trackArtist)) {
        if (const QString key = matchKey(form); !form.trimmed().isEmpty() && !forms.contains(key))
            forms.append(key);
    }
    QSet<QChar::Script> sectionScripts;
    for (const QString& name : names) {
        sectionScripts.insert(scriptOf(name));
        const QString key = matchKey(name);
        for (const QString& form : std::as_const(forms)) {
            if (form == key || (form.size() >= 2 && key.contains(form)) || form.contains(key))
                return true;
        }
    }
    return !sectionScripts.contains(scriptOf(trackArtist));
}

} // namespace liner::notes
