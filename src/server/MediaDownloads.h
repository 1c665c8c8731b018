#pragma once

#include "server/MediaCache.h"
#include "server/RemoteFile.h"
#include "server/ServerAccount.h"
#include "server/SubsonicClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace liner::server {

// Lives on ServerMedia's network thread and moves songs' bytes from servers into RemoteFiles: the
// whole song from its start, and, when the player seeks ahead of what has arrived, from there on
// (an HTTP range request) before it comes back for what it skipped. A dropped connection is taken
// up again where it broke; a server silent for the account's timeout, or one that refuses, fails
// the file with a message. A complete file goes into the cache.
class MediaDownloads : public QObject
{
    Q_OBJECT

public:
    explicit MediaDownloads(MediaCache& cache, QObject* parent = nullptr);
    ~MediaDownloads() override;

    // Fetches the song `songId` of `account` into `file`; `key` names it in the cache. A
    // `prefetch` holds one interest in the file until it is done.
    void start(const std::shared_ptr<RemoteFile>& file, const ServerAccount& account,
               const QString& songId, const QString& key, bool prefetch);

private:
    struct Transfer
    {
        std::shared_ptr<RemoteFile> file;
        QUrl url;
        QString key;
        QString server;
        int timeoutMs = ServerAccount::kDefaultTimeoutMs;
        bool prefetch = false;
        QPointer<QNetworkReply> reply;
        QTimer idle;
        qint64 position = 0;        // where the next byte of the reply goes
        qint64 segmentStart = 0;    // where the reply was asked to start
        int drops = 0;              // connections lost in a row
        bool rangesRefused = false; // the server answered a range request with the whole song
        bool timedOut = false;
        bool errorDocument = false; // the answer is a Subsonic error, not audio
        QByteArray errorBody;
    };

    // The transfer of `file`, or null once it has ended: callbacks name files, not transfers,
    // since a transfer may end before a callback queued for it runs.
    Transfer* transferOf(RemoteFile* file);
    void request(Transfer& transfer, qint64 from);
    void onHeaders(Transfer& transfer);
    void onData(Transfer& transfer);
    void onFinished(Transfer& transfer);
    // The reader waits for bytes at file->wantedOffset(): jump there if that is far off.
    void onWanted(RemoteFile* file);
    void end(Transfer& transfer, const QString& error = {});
    std::shared_ptr<SubsonicClient> clientFor(const ServerAccount& account);

    MediaCache& m_cache;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::map<RemoteFile*, std::unique_ptr<Transfer>> m_transfers;
    QHash<QString, std::shared_ptr<SubsonicClient>> m_clients;
};

} // namespace liner::server
