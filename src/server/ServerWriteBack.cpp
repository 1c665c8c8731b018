#include "server/ServerWriteBack.h"

#include "server/ServerLocation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace liner::server {

ServerWriteBack::ServerWriteBack(QObject* parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &ServerWriteBack::sendNext);
    connect(&m_running, &QFutureWatcher<Outcome>::finished, this, &ServerWriteBack::finished);
}

ServerWriteBack::~ServerWriteBack()
{
    m_running.waitForFinished();
}

void ServerWriteBack::setAccounts(const QList<ServerAccount>& accounts)
{
    m_accounts.clear();
    for (const ServerAccount& account : accounts)
        m_accounts.insert(account.key(), account);
    sendNext();
}

void ServerWriteBack::nowPlaying(const QString& location)
{
    enqueue(location, QStringLiteral("scrobble"),
            {{QStringLiteral("submission"), QStringLiteral("false")}});
}

void ServerWriteBack::scrobble(const QString& location, const QDateTime& heardAt)
{
    enqueue(location, QStringLiteral("scrobble"),
            {{QStringLiteral("submission"), QStringLiteral("true")},
             {QStringLiteral("time"), QString::number(heardAt.toMSecsSinceEpoch())}});
}

void ServerWriteBack::setRating(const QString& location, int stars)
{
    enqueue(location, QStringLiteral("setRating"),
            {{QStringLiteral("rating"), QString::number(std::clamp(stars, 0, 5))}});
}

void ServerWriteBack::setStarred(const QString& location, bool starred)
{
    enqueue(location, starred ? QStringLiteral("star") : QStringLiteral("unstar"), {});
}

void ServerWriteBack::enqueue(const QString& location, const QString& method, Parameters parameters)
{
    const std::optional<ServerLocation> song = ServerLocation::parse(location);
    if (!song || song->kind != ServerLocation::Kind::Song)
        return;
    parameters.prepend({QStringLiteral("id"), song->id});
    m_queue.push_back({song->serverKey, method, parameters, location, {}});
    // A new call is a good moment to try what waited.
    m_retry.stop();
    sendNext();
}

void ServerWriteBack::send(const QString& serverKey, const QString& method,
                           const Parameters& parameters, Done done)
{
    m_queue.push_back({serverKey, method, parameters, {}, std::move(done)});
    m_retry.stop();
    sendNext();
}

void ServerWriteBack::sendNext()
{
    if (m_running.isRunning() || m_queue.empty())
        return;
    const Call& call = m_queue.front();
    const auto account = m_accounts.constFind(call.serverKey);
    if (account == m_accounts.cend()) {
        // Its server is gone from Preferences, or its password is not known yet.
        m_retry.start();
        return;
    }
    m_running.setFuture(QtConcurrent::run([account = *account, call] {
        SubsonicClient client(account);
        Outcome outcome;
        outcome.reply = client.call(call.method, call.parameters);
        outcome.unreachable = !outcome.reply.isOk() && outcome.reply.errorCode < 0;
        return outcome;
    }));
}

void ServerWriteBack::finished()
{
    const Outcome outcome = m_running.result();
    if (outcome.unreachable) {
        m_retry.start();
        return;
    }
    const Call call = m_queue.front();
    m_queue.pop_front();
    if (outcome.reply.isOk())
        emit sent(call.method, call.location);
    else
        emit problem(tr("%1 did not take a change: %2").arg(call.serverKey, outcome.reply.error));
    if (call.done)
        call.done(outcome.reply);
    sendNext();
}

} // namespace liner::server
