#include "playlist/SmartPlaylist.h"

#include "playlist/PlayStats.h"

namespace liner::playlist {

namespace {

bool textMatches(const QString& text, SmartRule::Comparison comparison, const QString& value)
{
    switch (comparison) {
    case SmartRule::Comparison::Is:
        return text.compare(value, Qt::CaseInsensitive) == 0;
    case SmartRule::Comparison::Contains:
        return text.contains(value, Qt::CaseInsensitive);
    case SmartRule::Comparison::IsNot:
    case SmartRule::Comparison::AtLeast:
    case SmartRule::Comparison::AtMost:
        break;
    }
    return false;
}

// "Is not" holds when no value is the one named; the others when any value matches.
bool anyMatches(const QStringList& texts, const SmartRule& rule)
{
    if (rule.comparison == SmartRule::Comparison::IsNot)
        return std::ranges::none_of(texts, [&](const QString& text) {
            return textMatches(text, SmartRule::Comparison::Is, rule.value);
        });
    return std::ranges::any_of(
        texts, [&](const QString& text) { return textMatches(text, rule.comparison, rule.value); });
}

bool numberMatches(int number, const SmartRule& rule)
{
    bool ok = false;
    const int value = rule.value.trimmed().toInt(&ok);
    if (!ok)
        return false;
    switch (rule.comparison) {
    case SmartRule::Comparison::Is:
        return number == value;
    case SmartRule::Comparison::IsNot:
        return number != value;
    case SmartRule::Comparison::AtLeast:
        return number >= value;
    case SmartRule::Comparison::AtMost:
        return number <= value;
    case SmartRule::Comparison::Contains:
        break;
    }
    return false;
}

QStringList moodsOf(const library::Track& track)
{
    QStringList moods = track.moods;
    if (moods.isEmpty() && !track.mood.isEmpty())
        moods << track.mood;
    return moods;
}

} // namespace

bool matches(const SmartRule& rule, const library::Track& track, const PlayStats& stats)
{
    switch (rule.field) {
    case SmartRule::Field::Mood:
        return anyMatches(moodsOf(track), rule);
    case SmartRule::Field::Character:
        return anyMatches(track.characters, rule);
    case SmartRule::Field::Artist:
        return anyMatches({track.artist, track.albumArtist}, rule);
    case SmartRule::Field::Genre:
        return anyMatches({track.genre}, rule);
    case SmartRule::Field::Year:
        return numberMatches(track.year, rule);
    case SmartRule::Field::Rating:
        return numberMatches(stats.rating(track.path), rule);
    case SmartRule::Field::PlayCount:
        return numberMatches(stats.playCount(track.path), rule);
    }
    return false;
}

namespace {

bool fits(const SmartPlaylist& playlist, const library::Track& track, const PlayStats& stats)
{
    const auto holds = [&](const SmartRule& rule) {
        return matches(rule, track, stats);
    };
    return playlist.matchAll ? std::ranges::all_of(playlist.rules, holds)
                             : std::ranges::any_of(playlist.rules, holds);
}

} // namespace

QList<library::Track> evaluate(const SmartPlaylist& playlist, const QList<library::Track>& tracks,
                               const PlayStats& stats)
{
    if (playlist.rules.isEmpty())
        return {};
    QList<library::Track> fitting;
    for (const library::Track& track : tracks) {
        if (fits(playlist, track, stats))
            fitting << track;
    }
    return fitting;
}

QList<library::Track> evaluate(const SmartPlaylist& playlist,
                               const QList<library::FolderTracksPtr>& folders,
                               const PlayStats& stats)
{
    if (playlist.rules.isEmpty())
        return {};
    QList<library::Track> fitting;
    for (const library::FolderTracksPtr& folder : folders) {
        for (int i = 0; i < folder->size(); ++i) {
            if (!folder->tracks[std::size_t(i)].readable)
                continue;
            library::Track track = folder->track(i);
            if (fits(playlist, track, stats))
                fitting << std::move(track);
        }
    }
    return fitting;
}

SmartPlaylistResults::SmartPlaylistResults(SmartPlaylist playlist, const PlayStats& stats,
                                           QObject* parent)
    : QObject(parent), m_playlist(std::move(playlist)), m_stats(stats)
{
    connect(&stats, &PlayStats::changed, this, &SmartPlaylistResults::reevaluate);
}

void SmartPlaylistResults::setLibrary(const QList<library::FolderTracksPtr>& folders)
{
    m_library = folders;
    reevaluate();
}

void SmartPlaylistResults::setPlaylist(const SmartPlaylist& playlist)
{
    m_playlist = playlist;
    reevaluate();
}

void SmartPlaylistResults::reevaluate()
{
    QList<library::Track> results = evaluate(m_playlist, m_library, m_stats);
    const auto samePaths = [](const QList<library::Track>& a, const QList<library::Track>& b) {
        return std::ranges::equal(a, b, {}, &library::Track::path, &library::Track::path);
    };
    // Kept even when the same tracks fit: their tags may have changed.
    const bool same = samePaths(results, m_results);
    m_results = std::move(results);
    if (!same)
        emit changed();
}

} // namespace liner::playlist
