#include "analysis/AnalysisStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace liner::analysis {

namespace {

// Scalars in column order; the blobs follow them in the full query.
const QString kSummaryColumns = QStringLiteral(
    "path, start_us, end_us, size, modified_ns, duration_ms, loudness, loudness_range, true_peak, "
    "tempo, key_tonic, key_minor, pulse_clarity, onsets_per_second, energy, error");

QVariant optionalValue(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(value.toDouble());
}

QByteArray floatBytes(const std::vector<float>& values)
{
    return {reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(float))};
}

std::vector<float> floatsFrom(const QByteArray& bytes)
{
    std::vector<float> values(std::size_t(bytes.size()) / sizeof(float));
    // An empty vector's data() may be null, which memcpy must never be given.
    if (!values.empty())
        std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(float));
    return values;
}

StoredTrack summaryFrom(const QSqlQuery& query)
{
    StoredTrack track;
    track.key = {query.value(0).toString(), query.value(1).toLongLong(),
                 query.value(2).toLongLong()};
    track.version = {query.value(3).toLongLong(), query.value(4).toLongLong()};
    TrackAnalysis& a = track.analysis;
    a.durationMs = query.value(5).toLongLong();
    a.loudnessLufs = optionalDouble(query.value(6));
    a.loudnessRangeLu = optionalDouble(query.value(7));
    a.truePeak = query.value(8).toDouble();
    a.tempoBpm = optionalDouble(query.value(9));
    if (!query.value(10).isNull())
        a.key = MusicalKey{query.value(10).toInt(), query.value(11).toBool()};
    a.pulseClarity = query.value(12).toDouble();
    a.onsetsPerSecond = query.value(13).toDouble();
    a.energy = query.value(14).toDouble();
    a.error = query.value(15).toString();
    return track;
}

} // namespace

AnalysisStore::AnalysisStore(const QString& databasePath)
    : m_path(databasePath),
      m_connection(QStringLiteral("liner-analysis-") + QUuid::createUuid().toString())
{
    m_open = open();
}

AnalysisStore::~AnalysisStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool AnalysisStore::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // The library's store writes to the same file from its own thread; a writer waits its turn.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_problem = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Another process (the window and `liner --analyze`) may be opening the file this moment:
    // the version is read and the tables made under one write lock, so neither drops the other's.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS analysis_meta (name TEXT PRIMARY "
                                   "KEY, value INTEGER NOT NULL)"))) {
        m_problem = QStringLiteral("not a library cache: %1").arg(query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    query.exec(QStringLiteral("SELECT value FROM analysis_meta WHERE name = 'version'"));
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    const bool ready = version == kSchemaVersion || createTables(query);
    if (ready && query.exec(QStringLiteral("COMMIT")))
        return true;
    m_problem = query.lastError().text();
    query.exec(QStringLiteral("ROLLBACK"));
    return false;
}

bool AnalysisStore::createTables(QSqlQuery& query)
{
    return query.exec(QStringLiteral("DROP TABLE IF EXISTS analysis_track")) &&
           query.exec(QStringLiteral("DROP TABLE IF EXISTS analysis_album")) &&
           query.exec(QStringLiteral(
               "CREATE TABLE analysis_track (path TEXT NOT NULL, start_us INTEGER NOT NULL, end_us "
               "INTEGER NOT NULL, size INTEGER NOT NULL, modified_ns INTEGER NOT NULL, duration_ms "
               "INTEGER, loudness REAL, loudness_range REAL, true_peak REAL, tempo REAL, key_tonic "
               "INTEGER, key_minor INTEGER, pulse_clarity REAL, onsets_per_second REAL, energy "
               "REAL, "
               "error TEXT, waveform_peak BLOB, waveform_rms BLOB, blocks BLOB, PRIMARY KEY (path, "
               "start_us, end_us))")) &&
           query.exec(QStringLiteral("CREATE TABLE analysis_album (album TEXT PRIMARY KEY, members "
                                     "BLOB NOT NULL, loudness REAL, true_peak REAL)")) &&
           query.exec(QStringLiteral("INSERT OR REPLACE INTO analysis_meta (name, value) VALUES "
                                     "('version', %1)")
                          .arg(kSchemaVersion));
}

QHash<TrackKey, FileVersion> AnalysisStore::versions()
{
    QHash<TrackKey, FileVersion> versions;
    if (!m_open)
        return versions;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT path, start_us, end_us, size, modified_ns FROM "
                              "analysis_track"));
    while (query.next())
        versions.insert(
            {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()},
            {query.value(3).toLongLong(), query.value(4).toLongLong()});
    return versions;
}

QList<StoredTrack> AnalysisStore::summaries()
{
    QList<StoredTrack> tracks;
    if (!m_open)
        return tracks;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM analysis_track").arg(kSummaryColumns));
    while (query.next())
        tracks.append(summaryFrom(query));
    return tracks;
}

std::optional<StoredTrack> AnalysisStore::load(const TrackKey& key, bool withBlocks)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT %1, waveform_peak, waveform_rms, %2 FROM analysis_track "
                       "WHERE path = ? AND start_us = ? AND end_us = ?")
            .arg(kSummaryColumns, withBlocks ? QStringLiteral("blocks") : QStringLiteral("NULL")));
    query.addBindValue(key.path);
    query.addBindValue(key.startUs);
    query.addBindValue(key.endUs);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredTrack track = summaryFrom(query);
    track.analysis.waveform.peak = query.value(16).toByteArray();
    track.analysis.waveform.rms = query.value(17).toByteArray();
    if (track.analysis.waveform.rms.size() != track.analysis.waveform.peak.size())
        track.analysis.waveform = {};
    track.analysis.blockEnergies = floatsFrom(query.value(18).toByteArray());
    return track;
}

bool AnalysisStore::save(const StoredTrack& track)
{
    if (!m_open)
        return false;
    const TrackAnalysis& a = track.analysis;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO analysis_track (%1, waveform_peak, "
                                 "waveform_rms, blocks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(kSummaryColumns));
    for (const QVariant& value : {
             QVariant(track.key.path),
             QVariant(track.key.startUs),
             QVariant(track.key.endUs),
             QVariant(track.version.size),
             QVariant(track.version.modifiedNs),
             QVariant(a.durationMs),
             optionalValue(a.loudnessLufs),
             optionalValue(a.loudnessRangeLu),
             QVariant(a.truePeak),
             optionalValue(a.tempoBpm),
             a.key ? QVariant(a.key->tonic) : QVariant(QMetaType(QMetaType::Int)),
             a.key ? QVariant(a.key->minor) : QVariant(QMetaType(QMetaType::Int)),
             QVariant(a.pulseClarity),
             QVariant(a.onsetsPerSecond),
             QVariant(a.energy),
             QVariant(a.error),
             QVariant(a.waveform.peak),
             QVariant(a.waveform.rms),
             QVariant(floatBytes(a.blockEnergies)),
         })
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_problem = query.lastError().text();
    return false;
}

bool AnalysisStore::remove(const QList<TrackKey>& keys)
{
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "DELETE FROM analysis_track WHERE path = ? AND start_us = ? AND end_us = ?"));
    for (const TrackKey& key : keys) {
        query.addBindValue(key.path);
        query.addBindValue(key.startUs);
        query.addBindValue(key.endUs);
        query.exec();
    }
    return db.commit();
}

bool AnalysisStore::setVersion(const TrackKey& key, const FileVersion& version)
{
    if (!m_open || !version.isValid())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE analysis_track SET size = ?, modified_ns = ? WHERE path "
                                 "= ? AND start_us = ? AND end_us = ?"));
    for (const QVariant& value : {QVariant(version.size), QVariant(version.modifiedNs),
                                  QVariant(key.path), QVariant(key.startUs), QVariant(key.endUs)})
        query.addBindValue(value);
    return query.exec();
}

std::optional<AlbumLoudness> AnalysisStore::album(const QString& albumKey)
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT members, loudness, true_peak FROM analysis_album WHERE album = ?"));
    query.addBindValue(albumKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return AlbumLoudness{query.value(0).toByteArray(), optionalDouble(query.value(1)),
                         query.value(2).toDouble()};
}

bool AnalysisStore::saveAlbum(const QString& albumKey, const AlbumLoudness& album)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO analysis_album (album, members, "
                                 "loudness, true_peak) VALUES (?, ?, ?, ?)"));
    query.addBindValue(albumKey);
    query.addBindValue(album.members);
    query.addBindValue(optionalValue(album.loudnessLufs));
    query.addBindValue(album.truePeak);
    return query.exec();
}

} // namespace liner::analysis
