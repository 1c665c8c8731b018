#pragma once

#include "server/ServerAccount.h"
#include "server/SubsonicClient.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace liner::server {

// What the listener does to a server's songs goes back to their server: a play once heard
// (scrobble), "now playing", ratings (setRating) and stars (star, unstar). The calls run off the
// UI thread, one at a time, in order. While a server cannot be reached they wait and are sent
// when it answers again (a minute later, or with the next call), so a play heard offline from
// the cache still counts; a call the server refuses is dropped and reported once.
class ServerWriteBack : public QObject
{
    Q_OBJECT

public:
    explicit ServerWriteBack(QObject* parent = nullptr);
    // Waits for the call under way.
    ~ServerWriteBack() override;

    void setAccounts(const QList<ServerAccount>& accounts);

    // Each does nothing for a location that is not a server's song.
    void nowPlaying(const QString& location);
    void scrobble(const QString& location,
                  const QDateTime& heardAt = QDateTime::currentDateTimeUtc());
    // 0 (none) to 5 stars.
    void setRating(const QString& location, int stars);
    void setStarred(const QString& location, bool starred);
    // Any call, queued with the others; `done` runs with the answer (in this object's thread)
    // once the server has given one.
    using Done = std::function<void(const ServerReply& reply)>;
    void send(const QString& serverKey, const QString& method, const Parameters& parameters,
              Done done = {});

    // Calls not yet sent.
    int pending() const { return int(m_queue.size()); }
    // How long calls wait after a server could not be reached (a minute; tests make it short).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

signals:
    void problem(const QString& message);
    // A call went through (for tests and status).
    void sent(const QString& method, const QString& location);

private:
    struct Call
    {
        QString serverKey;
        QString method;
        Parameters parameters;
        QString location; // the song it is about, when it is about one
        Done done;
    };
    struct Outcome
    {
        ServerReply reply;
        bool unreachable = false; // no answer at all: keep the call and try later
    };

    void enqueue(const QString& location, const QString& method, Parameters parameters);
    void sendNext();
    void finished();

    static constexpr int kRetryMs = 60'000;

    QHash<QString, ServerAccount> m_accounts;
    std::deque<Call> m_queue;
    QFutureWatcher<Outcome> m_running;
    QTimer m_retry;
};

} // namespace liner::server
