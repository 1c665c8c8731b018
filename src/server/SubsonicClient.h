#pragma once

#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace liner::server {

// The outcome of one call: the answer's body, or why there is none in words for the listener.
struct ServerReply
{
    QJsonObject body;
    QString error;
    int errorCode = -1; // the server's own error code when it sent one (40: wrong password)
    bool isOk() const { return error.isEmpty(); }
};

using Parameters = QList<std::pair<QString, QString>>;

// Talks to one Subsonic / OpenSubsonic server. Each call blocks until the answer is in, so use it
// off the UI thread (a worker, or a command-line run), from one thread at a time: it runs its own
// event loop while it waits. No request waits longer than the account's timeout for a byte.
//
// Authentication: an OpenSubsonic API key when the account has one; otherwise salted token first
// (Navidrome, Gonic, Airsonic) and, when the server turns tokens away (error 41 or 42, or Supysonic
// asking for the missing password with error 10), the password in its hex form. What worked is
// kept for later calls.
class SubsonicClient
{
    Q_DECLARE_TR_FUNCTIONS(liner::server::SubsonicClient)

public:
    static constexpr auto kApiVersion = "1.16.1";
    static constexpr auto kClientName = "Liner";

    explicit SubsonicClient(ServerAccount account);
    ~SubsonicClient();
    SubsonicClient(const SubsonicClient&) = delete;
    SubsonicClient& operator=(const SubsonicClient&) = delete;

    const ServerAccount& account() const { return m_account; }

    // Calls `method` (ping, getAlbum, ...) and reads its answer. Parameters too long for a URL
    // (a playlist of a thousand songs) go in a form POST where the server offers that (the
    // OpenSubsonic formPost extension).
    ServerReply call(const QString& method, const Parameters& parameters = {});
    // Calls `method` once for each of `calls` (getAlbum for many albums), `atOnce` of them under
    // way together, as a server answers several clients; the replies in the order of `calls`.
    QList<ServerReply> callEach(const QString& method, const QList<Parameters>& calls, int atOnce);
    // The OpenSubsonic extensions the server offers (asked once); none for a plain Subsonic one.
    const QStringList& extensions();
    // A method that answers with a file (getCoverArt): its bytes, or empty with `error` set.
    QByteArray fetch(const QString& method, const Parameters& parameters, QString& error);
    // The address of `method` with credentials the server takes, for a download elsewhere;
    // empty with `error` set when the server cannot be reached or refuses them.
    QUrl address(const QString& method, const Parameters& parameters, QString& error);

    // A request for `url` as Liner sends them (its name, no caching, TLS verified).
    static QNetworkRequest request(const QUrl& url);
    // Why a reply failed, in words for the listener, naming `server`.
    static QString describeFailure(QNetworkReply& reply, const QString& server);
    // The server's error envelope in words for the listener.
    static QString describeError(int code, const QString& message, const QString& server);

private:
    enum class Auth
    {
        Unknown,
        Token,
        Password,
        ApiKey
    };
    struct Raw
    {
        QByteArray data;
        QString error;
    };

    // GET `url`, or POST it as a form when `post`: the query goes in the body.
    Raw get(const QUrl& url, bool post = false);
    // GET each of `urls` (POST as forms when `post`), `atOnce` of them under way together.
    QList<Raw> getEach(const QList<QUrl>& urls, bool post, int atOnce);
    QNetworkReply* send(const QUrl& url, bool post);
    Raw rawFrom(QNetworkReply& reply, bool timedOut) const;
    QUrl urlFor(const QString& method, const Parameters& parameters, Auth auth) const;
    // Finds a way of signing in the server accepts; the failed sign-in when there is none.
    ServerReply authenticate();
    ServerReply replyFrom(const Raw& raw) const;
    QString serverName() const;

    ServerAccount m_account;
    Auth m_auth = Auth::Unknown;
    std::optional<QStringList> m_extensions;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace liner::server
