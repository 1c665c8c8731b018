#include "server/ServerAccount.h"

namespace liner::server {

int ServerAccount::port() const
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

QString ServerAccount::key() const
{
    return QStringLiteral("%1@%2:%3").arg(user, url.host()).arg(port());
}

bool ServerAccount::isValid() const
{
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
           !url.host().isEmpty() && !user.isEmpty();
}

} // namespace liner::server
