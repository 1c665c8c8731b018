#include "server/ServerLibrary.h"

#include "library/LibraryStore.h"
#include "server/CatalogStore.h"
#include "server/ServerCatalog.h"
#include "server/ServerCovers.h"
#include "server/ServerLocation.h"
#include "server/ServerSecrets.h"
#include "server/SubsonicClient.h"
#include "server/SubsonicResponse.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace liner::server {

namespace {

QString storePathFor(const ServerAccount& account)
{
    return ServerLibrary::cacheFolder() + u'/' +
           QString::fromLatin1(
               QCryptographicHash::hash(account.key().toUtf8(), QCryptographicHash::Sha1).toHex()) +
           QStringLiteral(".sqlite");
}

bool hasSecret(const ServerAccount& account)
{
    return !account.password.isEmpty() || !account.apiKey.isEmpty();
}

} // namespace

ServerLibrary::ServerLibrary(QObject* parent) : QObject(parent)
{
    // A server's library changes without telling anyone: look again now and then. A pass that
    // finds nothing changed costs the listing's pages and nothing more.
    m_refresh.setInterval(kRefreshMinutes * 60 * 1000);
    connect(&m_refresh, &QTimer::timeout, this, &ServerLibrary::refresh);
    m_refresh.start();
}

ServerLibrary::~ServerLibrary()
{
    for (const std::shared_ptr<Source>& source : std::as_const(m_sources)) {
        if (source->pass) {
            source->pass->cancel(); // the covers still to come are not waited for
            source->pass->waitForFinished();
        }
    }
}

QString ServerLibrary::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/servers");
}

void ServerLibrary::setAccounts(const QList<ServerAccount>& accounts)
{
    ++m_generation;
    QList<std::shared_ptr<Source>> kept;
    for (const ServerAccount& account : accounts) {
        auto source = std::make_shared<Source>();
        source->account = account;
        // A server still listed keeps what it showed while its new settings take effect.
        for (const std::shared_ptr<Source>& old : std::as_const(m_sources)) {
            if (old->account.key() == account.key()) {
                source->folders = old->folders;
                source->strings = old->strings;
                source->coverless = old->coverless;
                source->cached = old->cached;
            }
        }
        kept << source;
    }
    for (const std::shared_ptr<Source>& old : std::as_const(m_sources)) {
        if (old->pass) {
            old->pass->cancel();
            old->pass->waitForFinished();
        }
    }
    m_sources = kept;
    publish();
    emit accountsChanged(this->accounts());
    for (const std::shared_ptr<Source>& source : std::as_const(m_sources)) {
        if (hasSecret(source->account))
            start(*source);
        else
            readSecrets(*source);
    }
}

void ServerLibrary::readSecrets(Source& source)
{
    // What was known shows at once, even while the keyring is asked (it may want unlocking).
    if (!source.cached)
        start(source);
    const int generation = m_generation;
    const QString key = source.account.key();
    ServerSecrets::read(
        key, this,
        [this, generation, key](const ServerSecrets::Secret& secret, const QString& error) {
            if (generation != m_generation)
                return;
            for (const std::shared_ptr<Source>& source : std::as_const(m_sources)) {
                if (source->account.key() != key)
                    continue;
                source->account.password = secret.password;
                source->account.apiKey = secret.apiKey;
                if (!hasSecret(source->account)) {
                    emit problem(
                        error.isEmpty()
                            ? tr("No password is known for %1: add it in Preferences ▸ "
                                 "Servers.")
                                  .arg(key)
                            : tr("The password for %1 could not be read: %2").arg(key, error));
                    continue;
                }
                emit accountsChanged(accounts());
                start(*source);
            }
        });
}

QList<ServerAccount> ServerLibrary::accounts() const
{
    QList<ServerAccount> accounts;
    for (const std::shared_ptr<Source>& source : m_sources)
        accounts << source->account;
    return accounts;
}

void ServerLibrary::refresh()
{
    for (const std::shared_ptr<Source>& source : std::as_const(m_sources)) {
        if (hasSecret(source->account))
            start(*source);
    }
}

QList<library::FolderTracksPtr> ServerLibrary::folders() const
{
    QList<library::FolderTracksPtr> all;
    for (const std::shared_ptr<Source>& source : m_sources)
        all << source->folders;
    return all;
}

void ServerLibrary::start(Source& source)
{
    if (source.pass && source.pass->isRunning()) {
        source.again = true;
        return;
    }
    source.again = false;
    // The first pass only reads what the cache knew, so that shows at once; the listing follows.
    const bool cacheOnly = !source.cached;
    source.pass = std::make_unique<QFutureWatcher<Pass>>();
    Source* raw = &source;
    connect(source.pass.get(), &QFutureWatcher<Pass>::resultReadyAt, this,
            [this, raw](int index) { arrived(*raw, raw->pass->resultAt(index)); });
    connect(source.pass.get(), &QFutureWatcher<Pass>::finished, this,
            [this, raw] { finished(*raw); });
    source.pass->setFuture(QtConcurrent::run(&ServerLibrary::run, source.account, cacheOnly,
                                             source.folders, source.strings, source.coverless));
}

void ServerLibrary::run(QPromise<Pass>& promise, const ServerAccount& account, bool cacheOnly,
                        const QList<library::FolderTracksPtr>& known,
                        const std::shared_ptr<library::StringPool>& strings,
                        const QSet<QString>& coverless)
{
    Pass pass;
    QDir().mkpath(cacheFolder());
    if (cacheOnly) {
        library::LibraryStore store(storePathFor(account));
        pass.folders = CatalogStore::load(store, strings);
        promise.addResult(pass);
        return;
    }
    // What the window shows is what the cache holds: the albums listed as before are kept as
    // they are, and only what changed is written.
    QHash<QString, library::FolderTracksPtr> knownByLocation;
    for (const library::FolderTracksPtr& album : known)
        knownByLocation.insert(album->path, album);
    pass.stage = Pass::Stage::Listing;
    SubsonicClient client(account);
    const Catalog catalog =
        ServerCatalog::fetch(client, knownByLocation, {}, cacheFolder(), strings);
    if (!catalog.error.isEmpty()) {
        pass.error = catalog.error;
        promise.addResult(pass);
        return;
    }
    QList<library::FolderTracksPtr> changed;
    for (auto album = catalog.albums.cbegin(); album != catalog.albums.cend(); ++album) {
        if (knownByLocation.value(album.key()) != *album)
            changed << *album;
    }
    QStringList removed;
    for (const library::FolderTracksPtr& album : known) {
        if (!catalog.albums.contains(album->path))
            removed << album->path;
    }
    if (!changed.isEmpty() || !removed.isEmpty())
        library::LibraryStore(storePathFor(account)).save(changed, removed);
    pass.folders = catalog.folders();
    // Stars are the listener's, not the albums': one call has them all.
    const ServerReply starred = client.call(QStringLiteral("getStarred2"));
    for (const auto& song :
         listOf(objectOf(starred.body, QStringLiteral("starred2")), QStringLiteral("song")))
        pass.starred.insert(
            ServerLocation::song(account, textOf(song.toObject(), QStringLiteral("id"))));
    promise.addResult(pass);
    // The albums show while their covers come.
    Pass covers;
    covers.stage = Pass::Stage::Covers;
    covers.coverless = coverless;
    covers.coversArrived = ServerCovers::fetchMissing(client, catalog, covers.coverless,
                                                      [&promise] { return promise.isCanceled(); });
    promise.addResult(covers);
}

void ServerLibrary::arrived(Source& source, const Pass& pass)
{
    if (!pass.error.isEmpty()) {
        emit problem(tr("%1 could not be listed: %2. Its albums show as they were last time.")
                         .arg(source.account.key(), pass.error));
        return;
    }
    if (pass.stage == Pass::Stage::Covers) {
        source.coverless = pass.coverless;
        if (pass.coversArrived > 0)
            emit coversChanged();
        return;
    }
    const bool fromCache = pass.stage == Pass::Stage::Cache;
    source.cached = true;
    if (!fromCache)
        source.starred = pass.starred;
    if ((!fromCache || source.folders.isEmpty()) && pass.folders != source.folders) {
        source.folders = pass.folders;
        publish();
    }
    emit listed();
}

void ServerLibrary::finished(Source& source)
{
    const bool fromCache = source.pass->future().resultCount() > 0 &&
                           source.pass->resultAt(0).stage == Pass::Stage::Cache;
    if (!source.again && !(fromCache && hasSecret(source.account)))
        return;
    if (fromCache && m_showing && m_showing()) {
        source.awaitingShown = true;
        QTimer::singleShot(kShowWaitMs, this, &ServerLibrary::firstFoldersShown);
        return;
    }
    start(source);
}

void ServerLibrary::firstFoldersShown()
{
    for (const std::shared_ptr<Source>& source : std::as_const(m_sources)) {
        if (std::exchange(source->awaitingShown, false))
            start(*source);
    }
}

bool ServerLibrary::isStarred(const QString& location) const
{
    return std::ranges::any_of(m_sources, [&location](const std::shared_ptr<Source>& source) {
        return source->starred.contains(location);
    });
}

void ServerLibrary::setStarred(const QString& location, bool starred)
{
    const std::optional<ServerLocation> song = ServerLocation::parse(location);
    for (const std::shared_ptr<Source>& source : std::as_const(m_sources)) {
        if (!song || source->account.key() != song->serverKey)
            continue;
        if (starred)
            source->starred.insert(location);
        else
            source->starred.remove(location);
    }
}

void ServerLibrary::publish()
{
    emit foldersChanged(folders());
}

} // namespace liner::server
