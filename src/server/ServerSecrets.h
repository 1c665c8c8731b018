#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

namespace liner::server {

// A server's password and API key, kept in the desktop's keyring (the Secret Service: GNOME
// Keyring, KWallet, KeePassXC) through QtKeychain, under the account's key. Never in liner.conf:
// with no keyring running, nothing is stored and the caller is told so.
class ServerSecrets
{
    Q_DECLARE_TR_FUNCTIONS(liner::server::ServerSecrets)

public:
    struct Secret
    {
        QString password;
        QString apiKey;
    };
    // `error` is empty on success; a secret never stored reads as empty, without an error.
    using ReadDone = std::function<void(const Secret& secret, const QString& error)>;
    using WriteDone = std::function<void(const QString& error)>;

    static constexpr auto kService = "Liner";

    // Asynchronous: `done` runs later in `context`'s thread (the keyring may ask to be unlocked).
    static void read(const QString& accountKey, QObject* context, ReadDone done);
    static void write(const QString& accountKey, const Secret& secret, QObject* context,
                      WriteDone done);
    static void remove(const QString& accountKey, QObject* context, WriteDone done);

    // The same, waiting for the answer: for the command line, which has no window to keep alive.
    static Secret readNow(const QString& accountKey, QString& error);
    static QString writeNow(const QString& accountKey, const Secret& secret);
};

} // namespace liner::server
