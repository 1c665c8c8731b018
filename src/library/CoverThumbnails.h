#pragma once

#include "library/Track.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <optional>

namespace liner::library {

// Small copies of album covers, made off the UI thread and kept on disk under CacheLocation/covers,
// so that a large library's list does not decode full-size artwork at every start.
class CoverThumbnails : public QObject
{
    Q_OBJECT

public:
    explicit CoverThumbnails(int pixels, QObject* parent = nullptr);

    // The thumbnail remembered under `key` (null when the track has no cover); when there is none
    // yet, starts making it from `track` and returns nothing: ready(key) follows.
    std::optional<QImage> find(const QString& key, const Track& track);
    // Forgets what was found, so each cover is looked for again (after new covers arrived).
    void forget() { m_done.clear(); }

    // The track's cover (embedded or folder image) scaled to fit `pixels` square, from the disk
    // cache when it is there; null when the track has none. Safe from any thread.
    static QImage make(const Track& track, int pixels);
    static QString cacheFolder();

signals:
    void ready(const QString& key);

private:
    int m_pixels;
    QHash<QString, QImage> m_done;
    QSet<QString> m_pending;
};

} // namespace liner::library
