#include "playlist/SmartPlaylistStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <algorithm>
#include <array>
#include <optional>

namespace liner::playlist {

namespace {

constexpr int kVersion = 1;

using Field = SmartRule::Field;
using Comparison = SmartRule::Comparison;
constexpr std::array kFields{Field::Mood, Field::Character, Field::Artist,   Field::Genre,
                             Field::Year, Field::Rating,    Field::PlayCount};
constexpr std::array kComparisons{Comparison::Is, Comparison::IsNot, Comparison::Contains,
                                  Comparison::AtLeast, Comparison::AtMost};

template <typename Enum, std::size_t N>
std::optional<Enum> parseKey(const QString& text, const std::array<Enum, N>& values,
                             QString (*keyOf)(Enum))
{
    for (const Enum value : values) {
        if (keyOf(value) == text)
            return value;
    }
    return std::nullopt;
}

} // namespace

SmartPlaylistStore::SmartPlaylistStore(const QString& filePath, QObject* parent)
    : QObject(parent),
      m_file(filePath.isEmpty()
                 ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                       .filePath(QStringLiteral("smart-playlists.json"))
                 : filePath,
             kVersion, [](const QJsonObject& root) { return parse(root, nullptr); })
{}

QString SmartPlaylistStore::fieldKey(Field field)
{
    switch (field) {
    case Field::Mood:
        return QStringLiteral("mood");
    case Field::Character:
        return QStringLiteral("character");
    case Field::Artist:
        return QStringLiteral("artist");
    case Field::Genre:
        return QStringLiteral("genre");
    case Field::Year:
        return QStringLiteral("year");
    case Field::Rating:
        return QStringLiteral("rating");
    case Field::PlayCount:
        return QStringLiteral("playCount");
    }
    return {};
}

QString SmartPlaylistStore::comparisonKey(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Is:
        return QStringLiteral("is");
    case Comparison::IsNot:
        return QStringLiteral("isNot");
    case Comparison::Contains:
        return QStringLiteral("contains");
    case Comparison::AtLeast:
        return QStringLiteral("atLeast");
    case Comparison::AtMost:
        return QStringLiteral("atMost");
    }
    return {};
}

QString SmartPlaylistStore::parse(const QJsonObject& root, QList<SmartPlaylist>* into)
{
    if (!root.value(QStringLiteral("playlists")).isArray())
        return QStringLiteral("no \"playlists\" list");
    QList<SmartPlaylist> playlists;
    const QJsonArray list = root.value(QStringLiteral("playlists")).toArray();
    for (const auto& value : list) {
        const QJsonObject object = value.toObject();
        SmartPlaylist playlist;
        playlist.name = object.value(QStringLiteral("name")).toString();
        playlist.matchAll = object.value(QStringLiteral("matchAll")).toBool(true);
        const QJsonArray rules = object.value(QStringLiteral("rules")).toArray();
        for (const auto& ruleValue : rules) {
            const QJsonObject rule = ruleValue.toObject();
            const auto field =
                parseKey(rule.value(QStringLiteral("field")).toString(), kFields, &fieldKey);
            const auto comparison = parseKey(rule.value(QStringLiteral("comparison")).toString(),
                                             kComparisons, &comparisonKey);
            if (!field || !comparison)
                return QStringLiteral("a rule of \"%1\" is not one Liner knows").arg(playlist.name);
            playlist.rules << SmartRule{*field, *comparison,
                                        rule.value(QStringLiteral("value")).toString()};
        }
        if (playlist.name.trimmed().isEmpty() ||
            std::ranges::any_of(playlists,
                                [&](const SmartPlaylist& p) { return p.name == playlist.name; }))
            return QStringLiteral("a playlist without a name, or two of one name");
        playlists << playlist;
    }
    std::ranges::sort(playlists, {}, &SmartPlaylist::name);
    if (into != nullptr)
        *into = playlists;
    return {};
}

QString SmartPlaylistStore::load()
{
    const JsonDataFile::Loaded loaded = m_file.load();
    m_playlists.clear();
    parse(loaded.root, &m_playlists);
    emit changed();
    return loaded.problem;
}

QStringList SmartPlaylistStore::names() const
{
    QStringList names;
    for (const SmartPlaylist& playlist : m_playlists)
        names << playlist.name;
    return names;
}

bool SmartPlaylistStore::contains(const QString& name) const
{
    return names().contains(name);
}

SmartPlaylist SmartPlaylistStore::playlist(const QString& name) const
{
    const auto found = std::ranges::find(m_playlists, name, &SmartPlaylist::name);
    return found == m_playlists.end() ? SmartPlaylist{} : *found;
}

QString SmartPlaylistStore::save(const SmartPlaylist& playlist, const QString& previousName)
{
    if (playlist.name.trimmed().isEmpty())
        return QStringLiteral("A smart playlist needs a name");
    if (playlist.name != previousName && contains(playlist.name))
        return QStringLiteral("A smart playlist named \"%1\" exists already").arg(playlist.name);
    return commit([&](QList<SmartPlaylist>& playlists) {
        playlists.removeIf([&](const SmartPlaylist& p) {
            return p.name == previousName || p.name == playlist.name;
        });
        playlists << playlist;
    });
}

QString SmartPlaylistStore::remove(const QString& name)
{
    if (!contains(name))
        return {};
    return commit([&](QList<SmartPlaylist>& playlists) {
        playlists.removeIf([&](const SmartPlaylist& p) { return p.name == name; });
    });
}

QString SmartPlaylistStore::commit(const std::function<void(QList<SmartPlaylist>&)>& edit)
{
    QList<SmartPlaylist> written;
    QString error = m_file.update([&](QJsonObject& root, bool damaged) {
        // Over a damaged file, what this process knew is what there is.
        if (damaged || !parse(root, &written).isEmpty())
            written = m_playlists;
        edit(written);
        std::ranges::sort(written, {}, &SmartPlaylist::name);
        root.insert(QStringLiteral("playlists"), toJson(written));
    });
    if (!error.isEmpty())
        return error;
    m_playlists = std::move(written);
    emit changed();
    return {};
}

QJsonArray SmartPlaylistStore::toJson(const QList<SmartPlaylist>& playlists)
{
    QJsonArray list;
    for (const SmartPlaylist& playlist : playlists) {
        QJsonArray rules;
        for (const SmartRule& rule : playlist.rules)
            rules.append(QJsonObject{{QStringLiteral("field"), fieldKey(rule.field)},
                                     {QStringLiteral("comparison"), comparisonKey(rule.comparison)},
                                     {QStringLiteral("value"), rule.value}});
        list.append(QJsonObject{{QStringLiteral("name"), playlist.name},
                                {QStringLiteral("matchAll"), playlist.matchAll},
                                {QStringLiteral("rules"), rules}});
    }
    return list;
}

} // namespace liner::playlist
