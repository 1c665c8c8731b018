#pragma once

#include "app/CommandLine.h"
#include "library/Track.h"
#include "server/ServerAccount.h"
#include "server/ServerMedia.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace liner::app {

// The music servers a command-line run talks to: the one named with --server URL --user NAME
// (its password from LINER_SERVER_PASSWORD or LINER_SERVER_API_KEY, else from the keyring), and
// those added in Preferences (their secrets from the keyring). LINER_SERVER_TIMEOUT_MS shortens
// or lengthens every request's timeout (scripts and tests).
class ServerSession
{
public:
    explicit ServerSession(const CommandLine& command);

    // The --server account, when one was named and its secret found; else why not.
    const std::optional<server::ServerAccount>& commandLineAccount() const { return m_named; }
    const QString& problem() const { return m_problem; }

    // Every track of the --server, in its listing order; empty with `error` set on failure.
    QList<library::Track> listTracks(QString& error) const;
    // What a subsonic:// argument plays: an album's songs in order, a song itself.
    QList<library::Track> tracksFor(const QString& location, QStringList& problems);
    // The bytes of server songs for the engine (started on first use).
    server::ServerMedia& media();

private:
    std::optional<server::ServerAccount> accountFor(const QString& serverKey);
    // Fills in the secret from the keyring; false when there is none to use.
    bool withSecret(server::ServerAccount& account, QString& problem) const;

    std::optional<server::ServerAccount> m_named;
    QList<server::ServerAccount> m_accounts; // with secrets, as far as they were found
    QString m_problem;
    std::unique_ptr<server::ServerMedia> m_media;
    int m_timeoutMs = 0; // 0: each account's own
};

} // namespace liner::app
