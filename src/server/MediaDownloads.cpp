#include "server/MediaDownloads.h"

#include "server/SubsonicResponse.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace liner::server {

namespace {

// A connection that drops is taken up again this many times in a row before the song fails.
constexpr int kMostDrops = 2;
constexpr int kRetryDelayMs = 300;
// A reader waiting this close ahead of the download is better served by waiting than by a new
// request: a tenth of a second at 10 Mbit/s.
constexpr qint64 kNearBytes = qint64(128) * 1024;

// "bytes 100-199/5000" -> {100, 5000}; the total is -1 when given as "*".
std::pair<qint64, qint64> contentRange(const QByteArray& header)
{
    static const QRegularExpression pattern(QStringLiteral(R"(bytes\s+(\d+)-\d+/(\d+|\*))"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(header));
    if (!match.hasMatch())
        return {-1, -1};
    const QString total = match.captured(2);
    return {match.captured(1).toLongLong(), total == u"*" ? -1 : total.toLongLong()};
}

} // namespace

MediaDownloads::MediaDownloads(MediaCache& cache, QObject* parent) : QObject(parent), m_cache(cache)
{}

MediaDownloads::~MediaDownloads()
{
    while (!m_transfers.empty())
        end(*m_transfers.begin()->second, tr("Liner is closing"));
}

std::shared_ptr<SubsonicClient> MediaDownloads::clientFor(const ServerAccount& account)
{
    std::shared_ptr<SubsonicClient>& client = m_clients[account.key()];
    if (!client || !(client->account() == account))
        client = std::make_shared<SubsonicClient>(account);
    return client;
}

void MediaDownloads::start(const std::shared_ptr<RemoteFile>& file, const ServerAccount& account,
                           const QString& songId, const QString& key, bool prefetch)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    Parameters parameters{{QStringLiteral("id"), songId}};
    if (account.transcodeFormat.isEmpty()) {
        // The file as it is on the server, so our own decoder keeps it gapless and bit-perfect.
        parameters.append({QStringLiteral("format"), QStringLiteral("raw")});
    } else {
        parameters.append({QStringLiteral("format"), account.transcodeFormat});
        if (account.transcodeKbps > 0)
            parameters.append(
                {QStringLiteral("maxBitRate"), QString::number(account.transcodeKbps)});
    }
    QString error;
    // Signing in may take a round trip (the first time only), in an event loop of its own in
    // which other calls may come: the client is held until it answers.
    const std::shared_ptr<SubsonicClient> client = clientFor(account);
    const QUrl url = client->address(QStringLiteral("stream"), parameters, error);
    if (url.isEmpty()) {
        file->fail(error);
        if (prefetch)
            --file->interest;
        return;
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->file = file;
    transfer->url = url;
    transfer->key = key;
    transfer->server = account.url.host();
    transfer->timeoutMs = account.timeoutMs;
    transfer->prefetch = prefetch;
    transfer->idle.setSingleShot(true);
    transfer->idle.setInterval(account.timeoutMs);
    Transfer& added = *m_transfers.emplace(file.get(), std::move(transfer)).first->second;
    RemoteFile* raw = file.get();
    connect(&added.idle, &QTimer::timeout, this, [this, raw] {
        if (Transfer* timedOut = transferOf(raw); timedOut && timedOut->reply) {
            timedOut->timedOut = true;
            timedOut->reply->abort();
        }
    });
    file->setWantedHandler([this, raw] {
        QMetaObject::invokeMethod(
            this, [this, raw] { onWanted(raw); }, Qt::QueuedConnection);
    });
    request(added, 0);
    // A reader may have asked for a place further on while the download was being set up.
    onWanted(raw);
}

MediaDownloads::Transfer* MediaDownloads::transferOf(RemoteFile* file)
{
    const auto found = m_transfers.find(file);
    return found == m_transfers.end() ? nullptr : found->second.get();
}

void MediaDownloads::request(Transfer& transfer, qint64 from)
{
    QNetworkRequest request = SubsonicClient::request(transfer.url);
    if (from > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
    transfer.position = from;
    transfer.segmentStart = from;
    transfer.timedOut = false;
    transfer.errorDocument = false;
    transfer.errorBody.clear();
    QNetworkReply* reply = m_network->get(request);
    transfer.reply = reply;
    RemoteFile* key = transfer.file.get();
    // Each handler acts only while `reply` is still the transfer's current one: a reply dropped
    // for a request elsewhere says nothing more.
    const auto current = [this, key, reply]() -> Transfer* {
        Transfer* found = transferOf(key);
        return found && found->reply == reply ? found : nullptr;
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, current] {
        if (Transfer* found = current())
            onHeaders(*found);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, current] {
        if (Transfer* found = current())
            onData(*found);
    });
    connect(reply, &QNetworkReply::finished, this, [this, current, reply] {
        reply->deleteLater();
        if (Transfer* found = current())
            onFinished(*found);
    });
    transfer.idle.start();
}

void MediaDownloads::onHeaders(Transfer& transfer)
{
    QNetworkReply& reply = *transfer.reply;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Audio never comes as XML or JSON: that is the server explaining why there is none. Only the
    // media type itself counts: WavPack goes out as "application/vnd.wv.csp+wbxml" from servers
    // that guess types from file names (Supysonic).
    static const QStringList kDocumentTypes{
        QStringLiteral("text/xml"), QStringLiteral("application/xml"),
        QStringLiteral("application/json"), QStringLiteral("text/json")};
    const QString type = reply.header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .section(u';', 0, 0)
                             .trimmed()
                             .toLower();
    transfer.errorDocument = kDocumentTypes.contains(type);
    if (transfer.errorDocument || status >= 300)
        return;
    if (status == 206) {
        const auto [start, total] = contentRange(reply.rawHeader("Content-Range"));
        transfer.position = std::max<qint64>(0, start);
        transfer.file->setSize(total);
        return;
    }
    // A whole answer: from the start, whatever was asked.
    if (transfer.segmentStart > 0)
        transfer.rangesRefused = true;
    transfer.position = 0;
    transfer.segmentStart = 0;
    const QVariant length = reply.header(QNetworkRequest::ContentLengthHeader);
    // A transcoded stream's length is only known when it ends.
    transfer.file->setSize(length.isValid() && transfer.url.query().contains(u"format=raw")
                               ? length.toLongLong()
                               : -1);
}

void MediaDownloads::onData(Transfer& transfer)
{
    QNetworkReply& reply = *transfer.reply;
    transfer.idle.start();
    const QByteArray data = reply.readAll();
    if (transfer.errorDocument) {
        transfer.errorBody += data;
        return;
    }
    if (transfer.file->interest.load() <= 0) {
        end(transfer); // nobody listens any more
        return;
    }
    if (!transfer.file->write(transfer.position, data.constData(), data.size())) {
        end(transfer, transfer.file->error());
        return;
    }
    transfer.position += data.size();
    transfer.drops = 0;
}

void MediaDownloads::onWanted(RemoteFile* file)
{
    Transfer* found = transferOf(file);
    if (found == nullptr)
        return;
    Transfer& transfer = *found;
    const qint64 wanted = file->wantedOffset();
    if (wanted < 0 || file->firstMissing(wanted) > wanted || transfer.rangesRefused)
        return; // there already, or a server without ranges: the bytes come in order
    if (transfer.reply && wanted >= transfer.position && wanted < transfer.position + kNearBytes)
        return;
    if (QNetworkReply* old = transfer.reply) {
        transfer.reply = nullptr;
        old->abort();
    }
    request(transfer, wanted);
}

void MediaDownloads::onFinished(Transfer& transfer)
{
    QNetworkReply& reply = *transfer.reply;
    transfer.reply = nullptr;
    transfer.idle.stop();
    if (transfer.errorDocument) {
        const SubsonicResponse parsed = SubsonicResponse::parse(transfer.errorBody);
        end(transfer, parsed.errorCode >= 0
                          ? SubsonicClient::describeError(parsed.errorCode, parsed.errorMessage,
                                                          transfer.server)
                          : tr("%1 sent no audio").arg(transfer.server));
        return;
    }
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (transfer.timedOut) {
        end(transfer, tr("%1 stopped sending (nothing for %2 s)")
                          .arg(transfer.server)
                          .arg(transfer.timeoutMs / 1000.0, 0, 'g', 3));
        return;
    }
    if (status >= 400) {
        end(transfer, SubsonicClient::describeFailure(reply, transfer.server));
        return;
    }
    if (reply.error() != QNetworkReply::NoError) {
        // The connection broke: take it up again where it broke, a few times.
        if (++transfer.drops > kMostDrops) {
            end(transfer, SubsonicClient::describeFailure(reply, transfer.server));
            return;
        }
        QTimer::singleShot(kRetryDelayMs * transfer.drops, this, [this, key = transfer.file.get()] {
            if (Transfer* retried = transferOf(key); retried && !retried->reply)
                request(*retried, key->firstMissing(retried->segmentStart));
        });
        return;
    }
    RemoteFile& file = *transfer.file;
    if (file.size(0) < 0) {
        file.finish(transfer.position); // a stream of unknown length ends when it ends
    } else if (const qint64 missing = file.firstMissing(0); missing < file.size(0)) {
        request(transfer, missing); // what a seek skipped
        return;
    } else {
        file.finish(file.size(0));
    }
    if (file.isComplete())
        m_cache.commit(file.path(), transfer.key);
    end(transfer);
}

void MediaDownloads::end(Transfer& transfer, const QString& error)
{
    if (QNetworkReply* reply = transfer.reply) {
        transfer.reply = nullptr;
        reply->abort();
    }
    const std::shared_ptr<RemoteFile> file = transfer.file;
    if (!error.isEmpty())
        file->fail(error);
    else if (!file->isComplete())
        file->fail(tr("the download was stopped"));
    if (transfer.prefetch)
        --file->interest;
    file->setWantedHandler({});
    m_transfers.erase(file.get());
}

} // namespace liner::server
