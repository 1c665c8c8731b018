#include "playlist/PlayStats.h"

#include "common/AtomicWrite.h"
#include "playlist/UserDataFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace liner::playlist {

namespace {

// The file's layout: {"version": 1, "tracks": {"/path": {"plays": 3, "rating": 4,
// "lastPlayed": "2026-11-25T22:00:00Z"}}}.
constexpr int kVersion = 1;

} // namespace

PlayStats::PlayStats(const QString& filePath, QObject* parent)
    : QObject(parent),
      m_filePath(filePath.isEmpty()
                     ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                           .filePath(QStringLiteral("play-stats.json"))
                     : filePath)
{}

QString PlayStats::key(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString PlayStats::load()
{
    m_tracks.clear();
    if (!QFileInfo::exists(m_filePath))
        return {};
    const JsonFileRead read = readJsonFile(m_filePath);
    if (!read.cannotRead.isEmpty())
        return QStringLiteral("Cannot read %1: %2")
            .arg(QDir::toNativeSeparators(m_filePath), read.cannotRead);
    const QJsonObject& root = read.root;
    QString reason = read.damage;
    if (reason.isEmpty() && !root.value(QStringLiteral("tracks")).isObject())
        reason = QStringLiteral("no \"tracks\" object");
    if (!reason.isEmpty()) {
        const QString aside = keepDamagedFile(m_filePath);
        return QStringLiteral("Play counts and ratings in %1 are damaged (%2); it was kept as %3")
            .arg(QDir::toNativeSeparators(m_filePath), reason, QDir::toNativeSeparators(aside));
    }
    const QJsonObject tracks = root.value(QStringLiteral("tracks")).toObject();
    for (auto it = tracks.begin(); it != tracks.end(); ++it) {
        const QJsonObject track = it.value().toObject();
        Record record;
        record.plays = std::max(0, track.value(QStringLiteral("plays")).toInt());
        record.rating = std::clamp(track.value(QStringLiteral("rating")).toInt(), 0, kMaxRating);
        record.lastPlayed = QDateTime::fromString(
            track.value(QStringLiteral("lastPlayed")).toString(), Qt::ISODate);
        m_tracks.insert(it.key(), record);
    }
    return {};
}

QString PlayStats::save() const
{
    QJsonObject tracks;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        QJsonObject track;
        if (it->plays > 0)
            track.insert(QStringLiteral("plays"), it->plays);
        if (it->rating > 0)
            track.insert(QStringLiteral("rating"), it->rating);
        if (it->lastPlayed.isValid())
            track.insert(QStringLiteral("lastPlayed"),
                         it->lastPlayed.toUTC().toString(Qt::ISODate));
        tracks.insert(it.key(), track);
    }
    const QJsonObject root{{QStringLiteral("version"), kVersion},
                           {QStringLiteral("tracks"), tracks}};
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    return common::writeFileAtomically(m_filePath,
                                       QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString PlayStats::recordPlay(const QString& path, const QDateTime& when)
{
    Record& record = m_tracks[key(path)];
    ++record.plays;
    record.lastPlayed = when;
    emit changed(key(path));
    return save();
}

QString PlayStats::setRating(const QString& path, int stars)
{
    m_tracks[key(path)].rating = std::clamp(stars, 0, kMaxRating);
    emit changed(key(path));
    return save();
}

} // namespace liner::playlist
