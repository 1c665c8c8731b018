#pragma once

#include "server/ServerAccount.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace liner::testing {

// The tests' own Subsonic server (fake_subsonic_server) as a child process.
class FakeServerProcess
{
public:
    // `options`: the server's own (--auth apikey, --stall-api, ...); --library and --log are
    // added.
    FakeServerProcess(const QString& library, const QStringList& options = {});
    ~FakeServerProcess();
    FakeServerProcess(const FakeServerProcess&) = delete;
    FakeServerProcess& operator=(const FakeServerProcess&) = delete;

    // Starts it and waits for its port; false (with the server's own words in error()) when it
    // does not come up.
    bool start();
    void kill();
    // Starts it again on the port it had.
    bool restart();
    quint16 port() const { return m_port; }
    QString url() const;
    // Its one user, "alice", as an account; the user's password is "secret".
    server::ServerAccount account(const QString& password = QStringLiteral("secret")) const;
    // Every request it got so far, one a line ("GET stream?id=... Range: bytes=100-").
    QStringList requests() const;
    QString error() const { return m_error; }

private:
    QString m_library;
    QStringList m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

// Supysonic from Debian's packages over a music folder, with one user: its database, cache and
// configuration in a folder of its own, on a free port of 127.0.0.1.
class SupysonicProcess
{
public:
    static constexpr auto kUser = "alice";
    static constexpr auto kPassword = "s3cret+pass word";

    explicit SupysonicProcess(const QString& musicFolder);
    ~SupysonicProcess();
    SupysonicProcess(const SupysonicProcess&) = delete;
    SupysonicProcess& operator=(const SupysonicProcess&) = delete;

    // Adds the user and the folder, scans it, starts the server and waits until it answers.
    bool start();
    // Starts it again on the same port after kill().
    bool restart();
    bool isRunning() const { return m_server.state() != QProcess::NotRunning; }
    void kill();
    quint16 port() const { return m_port; }
    QString url() const;
    // Its one user (kUser, kPassword) as an account.
    server::ServerAccount account() const;
    QString error() const { return m_error; }

private:
    bool run(const QStringList& arguments);
    bool serve();

    QString m_music;
    QTemporaryDir m_dir;
    QProcess m_server;
    quint16 m_port = 0;
    QString m_error;
};

// A TCP port nothing listens on right now.
quint16 freePort();

} // namespace liner::testing
