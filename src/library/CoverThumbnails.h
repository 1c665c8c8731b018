#pragma once

#include "library/Track.h"

#include <QCache>
#include <QIcon>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace liner::library {

// Small copies of album covers, made off the UI thread and kept on disk under CacheLocation/covers,
// so that a large library's list does not decode full-size artwork at every start. In memory it
// keeps only those shown lately (a budget of bytes, the least recently asked for going first),
// and makes them in the order they are asked for, newest first: scrolling past a thousand albums
// makes the covers of those on screen, not of all those scrolled by.
class CoverThumbnails : public QObject
{
    Q_OBJECT

public:
    explicit CoverThumbnails(int pixels, QObject* parent = nullptr);

    // The thumbnail remembered under `key` (null when the track has no cover); when there is none
    // yet, starts making it from the track `source` gives and returns nothing: ready(key) follows.
    std::optional<QIcon> find(const QString& key, const std::function<Track()>& source);
    // Forgets what was found, so each cover is looked for again (after new covers arrived).
    void forget() { m_done.clear(); }

    // The track's cover (embedded or folder image) scaled to fit `pixels` square, from the disk
    // cache when it is there; null when the track has none. Safe from any thread.
    static QImage make(const Track& track, int pixels);
    static QString cacheFolder();

signals:
    void ready(const QString& key);

private:
    void startMore();

    int m_pixels;
    QCache<QString, QIcon> m_done;
    // Asked for and not yet being made, newest first; keys in it or being made.
    QList<std::pair<QString, Track>> m_waiting;
    QSet<QString> m_pending;
    int m_running = 0;
};

} // namespace liner::library
