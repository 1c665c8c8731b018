#include "server/ServerSettings.h"

#include <algorithm>

namespace liner::server {

namespace {
const QString kServers = QStringLiteral("servers");
const QString kUrl = QStringLiteral("url");
const QString kUser = QStringLiteral("user");
const QString kTranscodeFormat = QStringLiteral("transcodeFormat");
const QString kTranscodeKbps = QStringLiteral("transcodeKbps");
const QString kTimeout = QStringLiteral("timeoutSeconds");
const QString kCache = QStringLiteral("serverCache/megabytes");
} // namespace

QList<ServerAccount> ServerSettings::accounts() const
{
    QSettings& settings = m_settings;
    QList<ServerAccount> accounts;
    const int count = settings.beginReadArray(kServers);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerAccount account;
        account.url = QUrl(settings.value(kUrl).toString());
        account.user = settings.value(kUser).toString();
        account.transcodeFormat = settings.value(kTranscodeFormat).toString();
        account.transcodeKbps = settings.value(kTranscodeKbps, 0).toInt();
        const int timeoutSeconds = settings.value(kTimeout, 0).toInt();
        if (timeoutSeconds > 0)
            account.timeoutMs = timeoutSeconds * 1000;
        if (account.isValid())
            accounts << account;
    }
    settings.endArray();
    return accounts;
}

void ServerSettings::setAccounts(const QList<ServerAccount>& accounts)
{
    m_settings.beginWriteArray(kServers, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const ServerAccount& account = accounts[i];
        m_settings.setArrayIndex(i);
        // A URL with "user:password@" in it would put the password in this file.
        m_settings.setValue(kUrl, account.url.toString(QUrl::RemoveUserInfo));
        m_settings.setValue(kUser, account.user);
        m_settings.setValue(kTranscodeFormat, account.transcodeFormat);
        m_settings.setValue(kTranscodeKbps, account.transcodeKbps);
        m_settings.setValue(kTimeout, account.timeoutMs / 1000);
    }
    m_settings.endArray();
}

int ServerSettings::cacheMegabytes() const
{
    return std::max(0, m_settings.value(kCache, kDefaultCacheMegabytes).toInt());
}

void ServerSettings::setCacheMegabytes(int megabytes)
{
    m_settings.setValue(kCache, std::max(0, megabytes));
}

} // namespace liner::server
