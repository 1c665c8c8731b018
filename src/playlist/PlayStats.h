#pragma once

#include "playlist/JsonDataFile.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <optional>

namespace liner::playlist {

// How often each track was played, when last, and the listener's rating of it, by the track's
// absolute path.
//
// Kept as one JSON file (by default AppDataLocation/play-stats.json) rather than in the library's
// SQLite cache: the cache lives in CacheLocation and may be deleted at any time, while counts and
// ratings are the listener's own data. The file is small (one short record per track ever played
// or rated) and readable; it is a JsonDataFile, so each change is written at once, atomically and
// merged with what another Liner wrote meanwhile (a play adds one to the count in the file, a
// rating replaces the one in the file), and a file Liner could not read is never written over: a
// change that could not be written stays in memory and goes with the next write that succeeds.
class PlayStats : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRating = 5;

    // An empty path means AppDataLocation/play-stats.json.
    explicit PlayStats(const QString& filePath = {}, QObject* parent = nullptr);

    QString filePath() const { return m_file.path(); }
    // Reads the file; returns a problem to report (damage), or an empty string.
    QString load();

    int playCount(const QString& path) const { return m_tracks.value(key(path)).plays; }
    QDateTime lastPlayed(const QString& path) const { return m_tracks.value(key(path)).lastPlayed; }
    // 0 (unrated) to kMaxRating stars.
    int rating(const QString& path) const { return m_tracks.value(key(path)).rating; }

    // Each returns the error of writing the file, or an empty string; memory keeps the change
    // either way, so a full disk does not lose the count of this session.
    QString recordPlay(const QString& path,
                       const QDateTime& when = QDateTime::currentDateTimeUtc());
    QString setRating(const QString& path, int stars);

signals:
    // A track's count, last play or rating changed, here or in the file.
    void changed(const QString& path);
    // A change could not be written (the message says why); it is kept for the next write.
    void saveFailed(const QString& message);

private:
    struct Record
    {
        int plays = 0;
        int rating = 0;
        QDateTime lastPlayed;
        bool operator==(const Record&) const = default;
    };
    // What this process changed of a track that the file does not hold yet.
    struct Change
    {
        int plays = 0;
        std::optional<int> rating;
        QDateTime lastPlayed;
    };
    static QString key(const QString& path);
    static Record parseRecord(const QJsonObject& track);
    static void apply(Record& record, const Change& change);
    // `track` as the file holds it, with `change` made on it; other fields stay as they are.
    static QJsonObject withChange(QJsonObject track, const Change& change);
    static QHash<QString, Record> parseTracks(const QJsonObject& tracks);
    static QJsonObject tracksJson(const QHash<QString, Record>& tracks);
    void change(const QString& path, const Change& change);
    QString save();

    JsonDataFile m_file;
    QHash<QString, Record> m_tracks; // the file as last read or written, with m_unsaved on it
    QHash<QString, Change> m_unsaved;
};

} // namespace liner::playlist
