#include "library/LibraryStore.h"

#include "common/InParts.h"
#include "common/KeptAside.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <utility>
#include <vector>

namespace liner::library {

LibraryStore::LibraryStore(const QString& databasePath)
    : m_path(databasePath),
      m_connection(QStringLiteral("liner-library-") + QUuid::createUuid().toString())
{
    m_open = open() || rebuild(m_problem);
}

LibraryStore::~LibraryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LibraryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/library.sqlite");
}

bool LibraryStore::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // A cache the user made read-only is read, never written (root could write it anyway).
    const QFileInfo file(m_path);
    m_readOnly = file.isFile() && (file.permissions() & QFile::WriteOwner) == 0;
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    if (!db.open()) {
        m_problem = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // A file that is not SQLite fails here, on its first read.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_problem = QStringLiteral("not a library cache: %1").arg(query.lastError().text());
        return false;
    }
    const int version = query.value(0).toInt();
    // A cache can lose its last transaction in a power cut without harm (the next scan redoes
    // it), so it need not wait for the disk on every commit.
    query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (version == 0)
        return createSchema();
    if (version != kSchemaVersion) {
        m_problem = QStringLiteral("cache schema %1, expected %2").arg(version).arg(kSchemaVersion);
        m_asideSuffix = QStringLiteral("schema-%1").arg(version);
        return false;
    }
    if (m_readOnly)
        m_problem = QStringLiteral("The library cache %1 is read-only: Liner reads it and does "
                                   "not update it")
                        .arg(QDir::toNativeSeparators(m_path));
    // No integrity scan here: it would read the whole file at every start. Damage inside the
    // file surfaces as a failing read in load(), which then rebuilds the cache.
    return true;
}

bool LibraryStore::createSchema()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const bool created =
        query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS folder (path TEXT PRIMARY KEY, "
                                  "tracks BLOB NOT NULL)")) &&
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    if (!created)
        m_problem = query.lastError().text();
    return created;
}

bool LibraryStore::rebuild(const QString& reason)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    // Kept, not deleted: Liner removes only what it can prove it made. The journal files go
    // with it, or SQLite would replay them into the new cache.
    const QString aside = common::moveAside(m_path, m_asideSuffix);
    if (!aside.isEmpty()) {
        for (const QString& journal : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::rename(m_path + journal, aside + journal);
    }
    m_rebuilt = true;
    const bool opened = !QFileInfo::exists(m_path) && open();
    if (opened)
        m_problem = aside.isEmpty()
                        ? QStringLiteral("rebuilt the library cache (%1)").arg(reason)
                        : QStringLiteral("rebuilt the library cache (%1); the old one was kept as "
                                         "%2")
                              .arg(reason, QDir::toNativeSeparators(aside));
    else if (QFileInfo::exists(m_path))
        m_problem = QStringLiteral("the library cache %1 cannot be used (%2) nor moved aside; "
                                   "Liner reads every file instead")
                        .arg(QDir::toNativeSeparators(m_path), reason);
    return opened;
}

QList<FolderTracksPtr> LibraryStore::load(const std::shared_ptr<StringPool>& strings)
{
    QList<FolderTracksPtr> folders;
    if (!m_open)
        return folders;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT path, tracks FROM folder ORDER BY rowid"))) {
        const QString reason = query.lastError().text();
        m_open = rebuild(reason);
        return folders;
    }
    // Decoding 10,000 rows (100,000 tracks) took 90 ms of a start from the cache, on one core:
    // rows are read a batch at a time, decoded on every core, then numbered in `strings` here, in
    // order. A batch keeps what is read ahead of decoding small.
    constexpr qsizetype kRowsAtOnce = 1024;
    constexpr qsizetype kLeastRowsPerCore = 64;
    std::vector<std::pair<QString, QByteArray>> rows;
    std::vector<FolderTracks::Decoded> decoded;
    int undecodable = 0;
    const auto decodeRows = [&] {
        decoded.resize(rows.size());
        common::inParts(
            qsizetype(rows.size()),
            [&rows, &decoded](qsizetype from, qsizetype to) {
                for (auto row = std::size_t(from); row < std::size_t(to); ++row)
                    decoded[row] = FolderTracks::decode(rows[row].first, rows[row].second);
            },
            kLeastRowsPerCore);
        for (FolderTracks::Decoded& row : decoded) {
            if (FolderTracksPtr folder = std::move(row).numberedIn(strings))
                folders << std::move(folder);
            else
                ++undecodable;
        }
        rows.clear();
        decoded.clear();
    };
    while (query.next()) {
        rows.emplace_back(query.value(0).toString(), query.value(1).toByteArray());
        if (qsizetype(rows.size()) == kRowsAtOnce)
            decodeRows();
    }
    decodeRows();
    // Damage (a read that stops early, rows that do not decode) is cleared by starting afresh;
    // the rows that could be read are still used, and written back by the caller (see
    // wasRebuilt()), the rest are read again from the files.
    if (query.lastError().isValid() || undecodable > 0) {
        const QString reason = query.lastError().isValid()
                                   ? query.lastError().text()
                                   : QStringLiteral("%1 damaged rows").arg(undecodable);
        query.finish();
        m_open = rebuild(reason);
    }
    return folders;
}

bool LibraryStore::save(const QList<FolderTracksPtr>& changed, const QStringList& removedFolders)
{
    if (!m_open)
        return false;
    if (m_readOnly)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_problem = db.lastError().text();
        return false;
    }
    QSqlQuery upsert(db);
    // An update keeps the row where it is, so the cache keeps the library's order.
    upsert.prepare(
        QStringLiteral("INSERT INTO folder (path, tracks) VALUES (?, ?) ON CONFLICT(path) "
                       "DO UPDATE SET tracks = excluded.tracks"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM folder WHERE path = ?"));
    bool ok = true;
    for (const FolderTracksPtr& folder : changed) {
        if (!ok)
            break;
        upsert.bindValue(0, folder->path);
        upsert.bindValue(1, folder->toBytes());
        ok = upsert.exec();
    }
    for (const QString& path : removedFolders) {
        if (!ok)
            break;
        remove.bindValue(0, path);
        ok = remove.exec();
    }
    if (ok && db.commit())
        return true;
    m_problem = db.lastError().text();
    db.rollback();
    return false;
}

} // namespace liner::library
