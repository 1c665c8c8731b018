#pragma once

#include "server/ServerAccount.h"

#include <QList>
#include <QSettings>

namespace liner::server {

// The servers the listener added and how Liner treats them, in liner.conf beside the other
// settings. Secrets are not here: see ServerSecrets.
class ServerSettings
{
public:
    static constexpr int kDefaultCacheMegabytes = 2048;

    // Without password or API key.
    QList<ServerAccount> accounts() const;
    void setAccounts(const QList<ServerAccount>& accounts);
    // The on-disk cache of songs fetched from servers.
    int cacheMegabytes() const;
    void setCacheMegabytes(int megabytes);

private:
    // Reading an array moves the group, even to read.
    mutable QSettings m_settings{QStringLiteral("Liner"), QStringLiteral("liner")};
};

} // namespace liner::server
