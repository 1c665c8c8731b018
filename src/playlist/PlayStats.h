#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace liner::playlist {

// How often each track was played, when last, and the listener's rating of it, by the track's
// absolute path.
//
// Kept as one JSON file (by default AppDataLocation/play-stats.json) rewritten through QSaveFile on
// each change, rather than in the library's SQLite cache: the cache lives in CacheLocation and may
// be deleted at any time, while counts and ratings are the listener's own data. The file is small
// (one short record per track ever played or rated), readable, and a crash leaves the old or the
// new one whole. A damaged file is kept aside as `<file>.damaged` and counting starts afresh.
class PlayStats : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRating = 5;

    // An empty path means AppDataLocation/play-stats.json.
    explicit PlayStats(const QString& filePath = {}, QObject* parent = nullptr);

    QString filePath() const { return m_filePath; }
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
    void changed(const QString& path);

private:
    struct Record
    {
        int plays = 0;
        int rating = 0;
        QDateTime lastPlayed;
    };
    static QString key(const QString& path);
    QString save() const;

    QString m_filePath;
    QHash<QString, Record> m_tracks;
};

} // namespace liner::playlist
