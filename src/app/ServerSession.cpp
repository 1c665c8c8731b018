#include "app/ServerSession.h"

#include "server/ServerCatalog.h"
#include "server/ServerLocation.h"
#include "server/ServerSecrets.h"
#include "server/ServerSettings.h"
#include "server/SubsonicClient.h"

#include <QProcessEnvironment>

namespace liner::app {

ServerSession::ServerSession(const CommandLine& command)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    m_timeoutMs = environment.value(QStringLiteral("LINER_SERVER_TIMEOUT_MS")).toInt();
    if (!command.serverUrl.isEmpty()) {
        server::ServerAccount account;
        account.url = QUrl(command.serverUrl);
        account.user = command.serverUser;
        account.password = environment.value(QStringLiteral("LINER_SERVER_PASSWORD"));
        account.apiKey = environment.value(QStringLiteral("LINER_SERVER_API_KEY"));
        if (m_timeoutMs > 0)
            account.timeoutMs = m_timeoutMs;
        const bool fromEnvironment = !account.password.isEmpty() || !account.apiKey.isEmpty();
        if (fromEnvironment || withSecret(account, m_problem)) {
            m_named = account;
            m_accounts << account;
        }
    }
}

bool ServerSession::withSecret(server::ServerAccount& account, QString& problem) const
{
    QString error;
    const server::ServerSecrets::Secret secret =
        server::ServerSecrets::readNow(account.key(), error);
    if (secret.password.isEmpty() && secret.apiKey.isEmpty()) {
        problem = QStringLiteral("no password for %1: set LINER_SERVER_PASSWORD, or add the "
                                 "server in Preferences%2")
                      .arg(account.key(),
                           error.isEmpty() ? QString() : QStringLiteral(" (") + error + u')');
        return false;
    }
    account.password = secret.password;
    account.apiKey = secret.apiKey;
    return true;
}

std::optional<server::ServerAccount> ServerSession::accountFor(const QString& serverKey)
{
    for (const server::ServerAccount& account : std::as_const(m_accounts)) {
        if (account.key() == serverKey)
            return account;
    }
    // One added in Preferences: its secret is looked up only now that it is needed.
    for (server::ServerAccount account : server::ServerSettings().accounts()) {
        if (account.key() != serverKey)
            continue;
        if (m_timeoutMs > 0)
            account.timeoutMs = m_timeoutMs;
        QString problem;
        if (!withSecret(account, problem)) {
            m_problem = problem;
            return std::nullopt;
        }
        m_accounts << account;
        if (m_media)
            m_media->setAccounts(m_accounts);
        return account;
    }
    return std::nullopt;
}

QList<library::Track> ServerSession::listTracks(QString& error) const
{
    if (!m_named) {
        error = m_problem;
        return {};
    }
    server::SubsonicClient client(*m_named);
    const server::Catalog catalog = server::ServerCatalog::fetch(client);
    error = catalog.error;
    return catalog.tracks();
}

QList<library::Track> ServerSession::tracksFor(const QString& location, QStringList& problems)
{
    const std::optional<server::ServerLocation> parsed = server::ServerLocation::parse(location);
    if (!parsed) {
        problems << QStringLiteral("%1: not a song or album on a server").arg(location);
        return {};
    }
    const std::optional<server::ServerAccount> account = accountFor(parsed->serverKey);
    if (parsed->kind == server::ServerLocation::Kind::Song) {
        // Without a server, a song still plays when the cache has it: the engine will say.
        media();
        library::Track song;
        song.path = location;
        return {song};
    }
    if (!account) {
        problems << QStringLiteral("%1: no server %2 is set up%3")
                        .arg(location, parsed->serverKey,
                             m_problem.isEmpty() ? QString()
                                                 : QStringLiteral(" (") + m_problem + u')');
        return {};
    }
    server::SubsonicClient client(*account);
    QString error;
    QList<library::Track> tracks = server::ServerCatalog::album(client, parsed->id, error);
    if (!error.isEmpty())
        problems << QStringLiteral("%1: %2").arg(location, error);
    media();
    return tracks;
}

server::ServerMedia& ServerSession::media()
{
    if (!m_media) {
        m_media = std::make_unique<server::ServerMedia>(
            QString(), qint64(server::ServerSettings().cacheMegabytes()) << 20);
        m_media->setAccounts(m_accounts);
    }
    return *m_media;
}

} // namespace liner::app
