#pragma once

#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QList>
#include <QObject>

namespace liner::playlist {

class PlayStats;

// One condition on a track. Text fields (mood, character, artist, genre) compare without regard
// to case: Is matches a whole value, Contains a part of one. Mood and character match when any of
// the track's moods or characters does (the liner notes may give several); artist matches the
// track artist or the album artist. Numbers (year, rating, play count) take Is, AtLeast, AtMost.
struct SmartRule
{
    enum class Field
    {
        Mood,
        Character,
        Artist,
        Genre,
        Year,
        Rating,
        PlayCount,
    };
    enum class Comparison
    {
        Is,
        IsNot,
        Contains,
        AtLeast,
        AtMost,
    };

    Field field = Field::Artist;
    Comparison comparison = Comparison::Is;
    QString value;

    friend bool operator==(const SmartRule&, const SmartRule&) = default;
};

struct SmartPlaylist
{
    QString name;
    QList<SmartRule> rules;
    // All rules must hold, or any one of them.
    bool matchAll = true;

    friend bool operator==(const SmartPlaylist&, const SmartPlaylist&) = default;
};

bool matches(const SmartRule& rule, const library::Track& track, const PlayStats& stats);
// The library's tracks that fit, in the library's order. A playlist without rules takes none.
QList<library::Track> evaluate(const SmartPlaylist& playlist, const QList<library::Track>& tracks,
                               const PlayStats& stats);
QList<library::Track> evaluate(const SmartPlaylist& playlist,
                               const QList<library::FolderTracksPtr>& folders,
                               const PlayStats& stats);

// A smart playlist's current tracks, evaluated anew when the library gives a new track list or a
// play count or rating changes.
class SmartPlaylistResults : public QObject
{
    Q_OBJECT

public:
    SmartPlaylistResults(SmartPlaylist playlist, const PlayStats& stats, QObject* parent = nullptr);

    void setLibrary(const QList<library::FolderTracksPtr>& folders);
    void setPlaylist(const SmartPlaylist& playlist);
    const SmartPlaylist& playlist() const { return m_playlist; }
    const QList<library::Track>& tracks() const { return m_results; }

signals:
    // Only when other tracks fit than before.
    void changed();

private:
    void reevaluate();

    SmartPlaylist m_playlist;
    const PlayStats& m_stats;
    QList<library::FolderTracksPtr> m_library;
    QList<library::Track> m_results;
};

} // namespace liner::playlist
