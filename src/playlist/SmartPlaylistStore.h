#pragma once

#include "playlist/JsonDataFile.h"
#include "playlist/SmartPlaylist.h"

#include <QJsonArray>
#include <QObject>
#include <functional>

namespace liner::playlist {

// The listener's smart playlists (their names and rules; never their tracks, which the library
// decides) in one JSON file, by default AppDataLocation/smart-playlists.json. It is a
// JsonDataFile: each change is written at once, atomically, and made on the file as it is then,
// so a playlist another Liner saved meanwhile stays; a damaged file is kept aside and the list
// starts empty; a file Liner could not read is never written over. Names are unique; order is by
// name.
//
// Layout: {"version": 1, "playlists": [{"name": "Sad", "matchAll": true, "rules": [{"field":
// "mood", "comparison": "is", "value": "sad"}]}]}.
class SmartPlaylistStore : public QObject
{
    Q_OBJECT

public:
    // An empty path means AppDataLocation/smart-playlists.json.
    explicit SmartPlaylistStore(const QString& filePath = {}, QObject* parent = nullptr);

    QString filePath() const { return m_file.path(); }
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
    // The playlists `root` holds, into `into` when given; returns what is wrong with it, or
    // nothing.
    static QString parse(const QJsonObject& root, QList<SmartPlaylist>* into);
    static QJsonArray toJson(const QList<SmartPlaylist>& playlists);
    // Makes `edit` on the playlists the file holds now and writes them; memory follows only
    // when the write succeeds.
    QString commit(const std::function<void(QList<SmartPlaylist>&)>& edit);

    JsonDataFile m_file;
    QList<SmartPlaylist> m_playlists;
};

} // namespace liner::playlist
