#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace liner::server {

// One music server the listener has added: where it is, who they are there, and how its music is
// to be fetched. The password and API key are secrets: kept in the desktop's keyring (see
// ServerSecrets), never written to the settings file.
struct ServerAccount
{
    static constexpr int kDefaultTimeoutMs = 30'000;

    // The address the server's web page is at; the API is under its rest/ folder.
    QUrl url;
    QString user;
    QString password;
    // An OpenSubsonic API key, used instead of the password when set.
    QString apiKey;
    // Empty: the original file, bit for bit (the default). Otherwise the format the server is to
    // transcode to ("opus", "mp3"), at most transcodeKbps when that is above 0.
    QString transcodeFormat;
    int transcodeKbps = 0;
    // How long a request may go without a byte arriving before it is given up.
    int timeoutMs = kDefaultTimeoutMs;

    // "NAME@HOST:PORT", as Liner's subsonic:// URLs name the server.
    QString key() const;
    bool isValid() const;
    // The port, with the scheme's default when the URL has none.
    int port() const;
    friend bool operator==(const ServerAccount&, const ServerAccount&) = default;
};

} // namespace liner::server

Q_DECLARE_METATYPE(liner::server::ServerAccount)
