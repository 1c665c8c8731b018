#include "server/ServerLocation.h"

#include <QUrl>

namespace liner::server {

namespace {

QString locationOf(const ServerAccount& account, const QString& kind, const QString& id)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(ServerLocation::kScheme));
    url.setUserName(account.user);
    url.setHost(account.url.host());
    url.setPort(account.port());
    // Ids are opaque: a server may put '/' or '?' in one, so it is always percent-encoded.
    url.setPath(u'/' + kind + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

std::optional<ServerLocation> ServerLocation::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String(kScheme) || url.userName().isEmpty() ||
        url.host().isEmpty() || url.port() <= 0)
        return std::nullopt;
    const QStringList parts = url.path(QUrl::FullyEncoded).split(u'/');
    // "", kind, id
    if (parts.size() != 3 || parts[2].isEmpty())
        return std::nullopt;
    ServerLocation result;
    if (parts[1] == u"song")
        result.kind = Kind::Song;
    else if (parts[1] == u"album")
        result.kind = Kind::Album;
    else
        return std::nullopt;
    result.id = QUrl::fromPercentEncoding(parts[2].toLatin1());
    result.serverKey = QStringLiteral("%1@%2:%3").arg(url.userName(), url.host()).arg(url.port());
    return result;
}

QString ServerLocation::song(const ServerAccount& account, const QString& id)
{
    return locationOf(account, QStringLiteral("song"), id);
}

QString ServerLocation::album(const ServerAccount& account, const QString& id)
{
    return locationOf(account, QStringLiteral("album"), id);
}

bool ServerLocation::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String(kScheme) + QLatin1String("://"));
}

} // namespace liner::server
