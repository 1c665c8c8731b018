#pragma once

#include "playlist/SmartPlaylist.h"

#include <QObject>

namespace liner::playlist {

// The listener's smart playlists (their names and rules; never their tracks, which the library
// decides) in one JSON file, by default AppDataLocation/smart-playlists.json, rewritten through
// QSaveFile on each change so a crash leaves the old or the new file whole. A damaged file is kept
// aside as `<file>.damaged` and the list starts empty. Names are unique; order is by name.
//
// Layout: {"version": 1, "playlists": [{"name": "Sad", "matchAll": true, "rules": [{"field":
// "mood", "comparison": "is", "value": "sad"}]}]}.
class SmartPlaylistStore : public QObject
{
    Q_OBJECT

public:
    // An empty path means AppDataLocation/smart-playlists.json.
    explicit SmartPlaylistStore(const QString& filePath = {}, QObject* parent = nullptr);

    QString filePath() const { return m_filePath; }
    // Reads the file; returns a problem to report (damage), or an empty string.
    QString load();

    QStringList names() const;
    bool contains(const QString& name) const;
    SmartPlaylist playlist(const QString& name) const;

    // Adds `playlist`, or replaces the one called `previousName` (a rename when the names
    // differ). Returns an error (an empty or taken name, a failed write), or an empty string; a
    // failed change leaves memory and file as they were.
    QString save(const SmartPlaylist& playlist, const QString& previousName = {});
    QString remove(const QString& name);

    // The words the file uses for fields and comparisons.
    static QString fieldKey(SmartRule::Field field);
    static QString comparisonKey(SmartRule::Comparison comparison);

signals:
    void changed();

private:
    QString write(const QList<SmartPlaylist>& playlists) const;
    QString commit(QList<SmartPlaylist> playlists);

    QString m_filePath;
    QList<SmartPlaylist> m_playlists;
};

} // namespace liner::playlist
