#include "playlist/PlayStats.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

namespace liner::playlist {

namespace {

// The file's layout: {"version": 1, "tracks": {"/path": {"plays": 3, "rating": 4,
// "lastPlayed": "2026-11-25T22:00:00Z"}}}. Fields Liner does not know are kept as they are.
constexpr int kVersion = 1;
const QString kTracks = QStringLiteral("tracks");
const QString kPlays = QStringLiteral("plays");
const QString kRating = QStringLiteral("rating");
const QString kLastPlayed = QStringLiteral("lastPlayed");

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("play-stats.json"));
}

QString layoutProblem(const QJsonObject& root)
{
    return root.value(kTracks).isObject() ? QString() : QStringLiteral("no \"tracks\" object");
}

} // namespace

PlayStats::PlayStats(const QString& filePath, QObject* parent)
    : QObject(parent),
      m_file(filePath.isEmpty() ? defaultPath() : filePath, kVersion, layoutProblem)
{}

QString PlayStats::key(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

PlayStats::Record PlayStats::parseRecord(const QJsonObject& track)
{
    Record record;
    record.plays = std::max(0, track.value(kPlays).toInt());
    record.rating = std::clamp(track.value(kRating).toInt(), 0, kMaxRating);
    record.lastPlayed = QDateTime::fromString(track.value(kLastPlayed).toString(), Qt::ISODate);
    return record;
}

QHash<QString, PlayStats::Record> PlayStats::parseTracks(const QJsonObject& tracks)
{
    QHash<QString, Record> records;
    for (auto it = tracks.begin(); it != tracks.end(); ++it)
        records.insert(it.key(), parseRecord(it.value().toObject()));
    return records;
}

QJsonObject PlayStats::withChange(QJsonObject track, const Change& change)
{
    Record record = parseRecord(track);
    apply(record, change);
    if (record.plays > 0)
        track.insert(kPlays, record.plays);
    if (record.rating > 0)
        track.insert(kRating, record.rating);
    else
        track.remove(kRating);
    if (record.lastPlayed.isValid())
        track.insert(kLastPlayed, record.lastPlayed.toUTC().toString(Qt::ISODate));
    return track;
}

QJsonObject PlayStats::tracksJson(const QHash<QString, Record>& tracks)
{
    QJsonObject json;
    for (auto it = tracks.cbegin(); it != tracks.cend(); ++it)
        json.insert(it.key(), withChange({}, {it->plays, it->rating, it->lastPlayed}));
    return json;
}

QString PlayStats::load()
{
    const JsonDataFile::Loaded loaded = m_file.load();
    m_tracks = parseTracks(loaded.root.value(kTracks).toObject());
    for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it)
        apply(m_tracks[it.key()], *it);
    return loaded.problem;
}

void PlayStats::apply(Record& record, const Change& change)
{
    record.plays += change.plays;
    if (change.rating)
        record.rating = *change.rating;
    if (change.lastPlayed.isValid() &&
        (!record.lastPlayed.isValid() || change.lastPlayed > record.lastPlayed))
        record.lastPlayed = change.lastPlayed;
}

void PlayStats::change(const QString& path, const Change& change)
{
    const QString track = key(path);
    Change& unsaved = m_unsaved[track];
    unsaved.plays += change.plays;
    if (change.rating)
        unsaved.rating = change.rating;
    if (change.lastPlayed.isValid() &&
        (!unsaved.lastPlayed.isValid() || change.lastPlayed > unsaved.lastPlayed))
        unsaved.lastPlayed = change.lastPlayed;
    apply(m_tracks[track], change);
    emit changed(track);
}

QString PlayStats::recordPlay(const QString& path, const QDateTime& when)
{
    change(path, {1, std::nullopt, when});
    return save();
}

QString PlayStats::setRating(const QString& path, int stars)
{
    change(path, {0, std::clamp(stars, 0, kMaxRating), {}});
    return save();
}

QString PlayStats::save()
{
    QHash<QString, Record> written;
    QString error = m_file.update([this, &written](QJsonObject& root, bool damaged) {
        // Over a damaged file, what this process knew (its changes in it) is what there is.
        QJsonObject tracks = damaged ? tracksJson(m_tracks) : root.value(kTracks).toObject();
        if (!damaged) {
            for (auto it = m_unsaved.cbegin(); it != m_unsaved.cend(); ++it)
                tracks.insert(it.key(), withChange(tracks.value(it.key()).toObject(), *it));
        }
        root.insert(kTracks, tracks);
        written = parseTracks(tracks);
    });
    if (!error.isEmpty()) {
        emit saveFailed(error);
        return error;
    }
    m_unsaved.clear();
    // What another Liner changed meanwhile is news here too.
    const QHash<QString, Record> before = std::exchange(m_tracks, written);
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (before.value(it.key()) != *it)
            emit changed(it.key());
    }
    return {};
}

} // namespace liner::playlist
