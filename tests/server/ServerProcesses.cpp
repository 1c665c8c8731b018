#include "ServerProcesses.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

namespace liner::testing {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

FakeServerProcess::FakeServerProcess(const QString& library, const QStringList& options)
    : m_library(library), m_options(options)
{}

FakeServerProcess::~FakeServerProcess()
{
    kill();
}

bool FakeServerProcess::start()
{
    m_process.setProgram(QStringLiteral(LINER_FAKE_SUBSONIC_SERVER));
    m_process.setArguments(QStringList{QStringLiteral("--library"), m_library,
                                       QStringLiteral("--log"),
                                       m_dir.filePath(QStringLiteral("requests.log"))}
                           << m_options);
    m_process.start();
    // The library is scanned before the port is printed: give a loaded machine time.
    if (!m_process.waitForReadyRead(60'000)) {
        m_error = QString::fromLocal8Bit(m_process.readAllStandardError());
        return false;
    }
    m_port = quint16(m_process.readLine().trimmed().toUInt());
    return m_port != 0;
}

bool FakeServerProcess::restart()
{
    kill();
    if (!m_options.contains(QStringLiteral("--port")))
        m_options << QStringLiteral("--port") << QString::number(m_port);
    return start();
}

void FakeServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished();
}

QString FakeServerProcess::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.contains(QStringLiteral("--tls-cert")) ? QStringLiteral("https")
                                                              : QStringLiteral("http"))
        .arg(m_port);
}

server::ServerAccount FakeServerProcess::account(const QString& password) const
{
    server::ServerAccount account;
    account.url = QUrl(url());
    account.user = QStringLiteral("alice");
    account.password = password;
    return account;
}

QStringList FakeServerProcess::requests() const
{
    QFile log(m_dir.filePath(QStringLiteral("requests.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

SupysonicProcess::SupysonicProcess(const QString& musicFolder) : m_music(musicFolder)
{
    QFile config(m_dir.filePath(QStringLiteral("supysonic.conf")));
    if (config.open(QIODevice::WriteOnly)) {
        config.write(QStringLiteral("[base]\ndatabase_uri = sqlite:///%1\n"
                                    "[webapp]\ncache_dir = %2\nmount_webui = off\n"
                                    "[daemon]\nsocket = %3\n")
                         .arg(m_dir.filePath(QStringLiteral("supysonic.db")),
                              m_dir.filePath(QStringLiteral("cache")),
                              m_dir.filePath(QStringLiteral("daemon.socket")))
                         .toUtf8());
    }
    // Supysonic reads supysonic.conf from its working folder.
    m_server.setWorkingDirectory(m_dir.path());
}

SupysonicProcess::~SupysonicProcess()
{
    kill();
}

bool SupysonicProcess::run(const QStringList& arguments)
{
    QProcess cli;
    cli.setWorkingDirectory(m_dir.path());
    cli.start(QStringLiteral("supysonic-cli"), arguments);
    if (!cli.waitForFinished(300'000) || cli.exitCode() != 0) {
        m_error = QStringLiteral("supysonic-cli %1: %2%3")
                      .arg(arguments.join(u' '), QString::fromLocal8Bit(cli.readAllStandardError()),
                           QString::fromLocal8Bit(cli.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool SupysonicProcess::start()
{
    if (!run({QStringLiteral("user"), QStringLiteral("add"), QLatin1String(kUser),
              QStringLiteral("-p"), QString::fromUtf8(kPassword)}) ||
        !run({QStringLiteral("folder"), QStringLiteral("add"), QStringLiteral("music"), m_music}) ||
        !run({QStringLiteral("folder"), QStringLiteral("scan"), QStringLiteral("music")}))
        return false;
    m_port = freePort();
    return serve();
}

bool SupysonicProcess::serve()
{
    m_server.start(QStringLiteral("supysonic-server"),
                   {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                    QString::number(m_port)});
    // Up when it takes connections: Python and Flask take seconds to load on a busy machine.
    const QDeadlineTimer deadline(120'000);
    while (!deadline.hasExpired()) {
        if (m_server.state() == QProcess::NotRunning)
            break;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(1000))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("supysonic-server did not start: %1")
                  .arg(QString::fromLocal8Bit(m_server.readAllStandardError()));
    return false;
}

bool SupysonicProcess::restart()
{
    kill();
    return serve();
}

void SupysonicProcess::kill()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.kill();
    m_server.waitForFinished();
}

QString SupysonicProcess::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

server::ServerAccount SupysonicProcess::account() const
{
    server::ServerAccount account;
    account.url = QUrl(url());
    account.user = QLatin1String(kUser);
    account.password = QString::fromUtf8(kPassword);
    return account;
}

} // namespace liner::testing
