#include "playlist/SmartPlaylistStore.h"

#include "common/AtomicWrite.h"
#include "playlist/UserDataFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
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
      m_filePath(filePath.isEmpty()
                     ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .filePath(QStringLiteral("smart-playlists.json"))
                     : filePath)
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

QString SmartPlaylistStore::load()
{
    m_playlists.clear();
    if (!QFileInfo::exists(m_filePath))
        return {};
    const JsonFileRead read = readJsonFile(m_filePath);
    if (!read.cannotRead.isEmpty())
        return QStringLiteral("Cannot read %1: %2")
            .arg(QDir::toNativeSeparators(m_filePath), read.cannotRead);
    QString problem = read.damage;
    if (problem.isEmpty() && !read.root.value(QStringLiteral("playlists")).isArray())
        problem = QStringLiteral("no \"playlists\" list");
    QList<SmartPlaylist> playlists;
    const QJsonArray list = read.root.value(QStringLiteral("playlists")).toArray();
    for (const auto& value : list) {
        if (!problem.isEmpty())
            break;
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
            if (!field || !comparison) {
                problem =
                    QStringLiteral("a rule of \"%1\" is not one Liner knows").arg(playlist.name);
                break;
            }
            playlist.rules << SmartRule{*field, *comparison,
                                        rule.value(QStringLiteral("value")).toString()};
        }
        if (playlist.name.trimmed().isEmpty() ||
            std::ranges::any_of(playlists,
                                [&](const SmartPlaylist& p) { return p.name == playlist.name; }))
            problem = QStringLiteral("a playlist without a name, or two of one name");
        playlists << playlist;
    }
    if (!problem.isEmpty()) {
        const QString aside = keepDamagedFile(m_filePath);
        emit changed();
        return QStringLiteral("Smart playlists in %1 are damaged (%2); the file was kept as %3")
            .arg(QDir::toNativeSeparators(m_filePath), problem, QDir::toNativeSeparators(aside));
    }
    std::ranges::sort(playlists, {}, &SmartPlaylist::name);
    m_playlists = playlists;
    emit changed();
    return {};
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
    QList<SmartPlaylist> playlists = m_playlists;
    playlists.removeIf([&](const SmartPlaylist& p) { return p.name == previousName; });
    playlists << playlist;
    std::ranges::sort(playlists, {}, &SmartPlaylist::name);
    return commit(playlists);
}

QString SmartPlaylistStore::remove(const QString& name)
{
    QList<SmartPlaylist> playlists = m_playlists;
    if (playlists.removeIf([&](const SmartPlaylist& p) { return p.name == name; }) == 0)
        return {};
    return commit(playlists);
}

QString SmartPlaylistStore::commit(QList<SmartPlaylist> playlists)
{
    if (QString error = write(playlists); !error.isEmpty())
        return error;
    m_playlists = std::move(playlists);
    emit changed();
    return {};
}

QString SmartPlaylistStore::write(const QList<SmartPlaylist>& playlists) const
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
    const QJsonObject root{{QStringLiteral("version"), kVersion},
                           {QStringLiteral("playlists"), list}};
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    return common::writeFileAtomically(m_filePath,
                                       QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace liner::playlist
