#include "FakeSubsonicServer.h"

#include "library/CoverArt.h"
#include "library/LibraryScanner.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QXmlStreamWriter>

namespace liner::testing {

namespace {

QJsonObject error(int code, const QString& message, const QString& helpUrl = {})
{
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!helpUrl.isEmpty())
        object.insert(QStringLiteral("helpUrl"), helpUrl);
    return QJsonObject{{QStringLiteral("error"), object}};
}

void writeXml(QXmlStreamWriter& xml, const QString& name, const QJsonObject& object)
{
    xml.writeStartElement(name);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it->isObject() && !it->isArray())
            xml.writeAttribute(it.key(), it->isDouble() ? QString::number(it->toDouble(), 'g', 17)
                                         : it->isBool()
                                             ? QString::fromLatin1(it->toBool() ? "true" : "false")
                                             : it->toString());
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isObject())
            writeXml(xml, it.key(), it->toObject());
        for (const QJsonValue& item : it->toArray()) {
            if (item.isObject())
                writeXml(xml, it.key(), item.toObject());
            else
                xml.writeTextElement(it.key(), item.toVariant().toString());
        }
    }
    xml.writeEndElement();
}

QString md5Hex(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

} // namespace

FakeSubsonicServer::FakeSubsonicServer(const QString& libraryFolder, Options options,
                                       QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    if (!m_options.logPath.isEmpty()) {
        m_log.setFileName(m_options.logPath);
        m_log.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
    }
    for (const library::Track& track : library::LibraryScanner::scan({libraryFolder})) {
        if (track.isReadable() && track.cueSheet.isEmpty())
            m_tracks << track;
    }
    QHash<QString, int> albumOfKey;
    QHash<QString, QString> artistOfName;
    for (int i = 0; i < m_tracks.size(); ++i) {
        const library::Track& track = m_tracks[i];
        const QString artist = track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
        QString& artistId = artistOfName[artist];
        if (artistId.isEmpty()) {
            artistId = QStringLiteral("ar-%1").arg(artistOfName.size());
            m_artistNames.insert(artistId, artist);
        }
        const QString key = artist + u'\x01' + track.album;
        if (!albumOfKey.contains(key)) {
            albumOfKey.insert(key, int(m_albums.size()));
            m_albums.append({QStringLiteral("al-%1").arg(m_albums.size() + 1), artistId, {}});
        }
        m_albums[albumOfKey.value(key)].songs << i;
    }
    if (m_options.tlsCertificate.isEmpty()) {
        m_server = std::make_unique<QTcpServer>();
    } else {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(m_options.tlsCertificate).value(0));
        QFile key(m_options.tlsKey);
        key.open(QIODevice::ReadOnly);
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa));
        server->setSslConfiguration(tls);
        m_server = std::move(server);
    }
    // After the TLS handshake, for HTTPS.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &FakeSubsonicServer::onConnection);
}

bool FakeSubsonicServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

void FakeSubsonicServer::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSubsonicServer::onReadable(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qint64 contentLength = 0;
    Request request;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "range")
            request.range = value;
        else if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // the form body of a POST is still coming
    const QUrl url(QString::fromLatin1(requestLine.value(1)));
    request.method = url.path().section(u'/', -1).remove(QStringLiteral(".view"));
    request.query = QUrlQuery(url);
    if (requestLine.value(0) == "POST") {
        // formPost: the parameters as an application/x-www-form-urlencoded body.
        const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
        for (const auto& [name, value] : QUrlQuery(QString::fromLatin1(body).replace(u'+', u' '))
                                             .queryItems(QUrl::FullyDecoded))
            request.query.addQueryItem(name, value);
    }
    buffer.clear();
    if (m_log.isOpen())
        m_log.write(requestLine.value(0) + ' ' + request.method.toUtf8() + '?' +
                    request.query.toString(QUrl::FullyEncoded).toUtf8() +
                    (request.range.isEmpty() ? QByteArray() : " Range: " + request.range) + '\n');
    answer(socket, request);
}

void FakeSubsonicServer::send(QTcpSocket* socket, int status, const QByteArray& type,
                              const QByteArray& body, const QByteArray& extraHeaders)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  (status == 206   ? " Partial Content"
                   : status == 200 ? " OK"
                                   : " Error") +
                  "\r\nContent-Type: " + type +
                  "\r\nContent-Length: " + QByteArray::number(body.size()) +
                  "\r\nConnection: close\r\n" + extraHeaders + "\r\n");
    socket->write(body);
    socket->disconnectFromHost();
}

void FakeSubsonicServer::sendEnvelope(QTcpSocket* socket, const Request& request, QJsonObject body)
{
    if (m_options.garbage) {
        send(socket, 200, "application/json", R"({"subsonic-response": {"status": "ok", "albu)");
        return;
    }
    body.insert(QStringLiteral("status"), body.contains(QStringLiteral("error"))
                                              ? QStringLiteral("failed")
                                              : QStringLiteral("ok"));
    body.insert(QStringLiteral("version"), QStringLiteral("1.16.1"));
    body.insert(QStringLiteral("type"), QStringLiteral("liner-test"));
    body.insert(QStringLiteral("serverVersion"), QStringLiteral("1.0"));
    body.insert(QStringLiteral("openSubsonic"), true);
    if (request.query.queryItemValue(QStringLiteral("f"), QUrl::FullyDecoded) == u"json" &&
        !m_options.xmlOnly) {
        send(socket, 200, "application/json",
             QJsonDocument(QJsonObject{{QStringLiteral("subsonic-response"), body}}).toJson());
        return;
    }
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeDefaultNamespace(QStringLiteral("http://subsonic.org/restapi"));
    writeXml(writer, QStringLiteral("subsonic-response"), body);
    writer.writeEndDocument();
    send(socket, 200, "text/xml; charset=utf-8", xml);
}

QJsonObject FakeSubsonicServer::authenticationError(const Request& request) const
{
    const QUrlQuery& query = request.query;
    const bool hasApiKey = query.hasQueryItem(QStringLiteral("apiKey"));
    const bool hasUser = query.hasQueryItem(QStringLiteral("u"));
    if (hasApiKey && hasUser)
        return error(43, QStringLiteral("Multiple conflicting authentication mechanisms provided"));
    if (hasApiKey) {
        if (m_options.apiKey.isEmpty())
            return error(42, QStringLiteral("Provided authentication mechanism not supported"));
        return query.queryItemValue(QStringLiteral("apiKey"), QUrl::FullyDecoded) ==
                       m_options.apiKey
                   ? QJsonObject()
                   : error(44, QStringLiteral("Invalid API key"));
    }
    if (m_options.auth == Auth::ApiKeyOnly)
        return error(42, QStringLiteral("Provided authentication mechanism not supported"),
                     QStringLiteral("https://example.org/how-to-make-an-api-key"));
    if (!hasUser)
        return error(10, QStringLiteral("Required parameter is missing."));
    const bool userKnown =
        query.queryItemValue(QStringLiteral("u"), QUrl::FullyDecoded) == m_options.user;
    if (query.hasQueryItem(QStringLiteral("t"))) {
        if (m_options.auth == Auth::PasswordOnly)
            return error(10, QStringLiteral("A required parameter is missing."));
        const QString expected = md5Hex(
            m_options.password + query.queryItemValue(QStringLiteral("s"), QUrl::FullyDecoded));
        return userKnown &&
                       query.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded) == expected
                   ? QJsonObject()
                   : error(40, QStringLiteral("Wrong username or password"));
    }
    QString password = query.queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded);
    if (password.startsWith(u"enc:"))
        password = QString::fromUtf8(QByteArray::fromHex(password.mid(4).toLatin1()));
    if (!query.hasQueryItem(QStringLiteral("p")))
        return error(10, QStringLiteral("Required parameter is missing."));
    return userKnown && password == m_options.password
               ? QJsonObject()
               : error(40, QStringLiteral("Wrong username or password"));
}

void FakeSubsonicServer::answer(QTcpSocket* socket, const Request& request)
{
    if (request.method == u"getOpenSubsonicExtensions") {
        // Public, as the specification requires.
        QJsonArray extensions{QJsonObject{{QStringLiteral("name"), QStringLiteral("formPost")},
                                          {QStringLiteral("versions"), QJsonArray{1}}}};
        if (!m_options.apiKey.isEmpty())
            extensions.append(
                QJsonObject{{QStringLiteral("name"), QStringLiteral("apiKeyAuthentication")},
                            {QStringLiteral("versions"), QJsonArray{1}}});
        sendEnvelope(socket, request, {{QStringLiteral("openSubsonicExtensions"), extensions}});
        return;
    }
    const bool media = request.method == u"stream" || request.method == u"download" ||
                       request.method == u"getCoverArt";
    if (m_options.stallApi && !media)
        return; // holds the connection open and says nothing
    if (const QJsonObject refused = authenticationError(request); !refused.isEmpty()) {
        sendEnvelope(socket, request, refused);
        return;
    }
    if (media) {
        stream(socket, request);
        return;
    }
    sendEnvelope(socket, request, call(request));
}

int FakeSubsonicServer::songIndex(const QString& id) const
{
    bool ok = false;
    const int index = id.section(u'-', 1).toInt(&ok);
    return ok && id.startsWith(u"so-") && index >= 0 && index < m_tracks.size() ? index : -1;
}

void FakeSubsonicServer::stream(QTcpSocket* socket, const Request& request)
{
    const QString id = request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    if (request.method == u"getCoverArt") {
        const int album = id.section(u'-', 2).toInt() - 1;
        if (album < 0 || album >= m_albums.size()) {
            sendEnvelope(socket, request, error(70, QStringLiteral("Cover not found")));
            return;
        }
        QImage cover = library::CoverArt::load(m_tracks[m_albums[album].songs.first()]);
        const int size =
            request.query.queryItemValue(QStringLiteral("size"), QUrl::FullyDecoded).toInt();
        if (size > 0)
            cover = cover.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        cover.save(&buffer, "PNG");
        send(socket, 200, "image/png", png);
        return;
    }
    const int index = songIndex(id);
    if (index < 0) {
        sendEnvelope(socket, request, error(70, QStringLiteral("Song not found")));
        return;
    }
    QFile file(m_tracks[index].path);
    file.open(QIODevice::ReadOnly);
    const QByteArray whole = file.readAll();
    qint64 start = 0;
    qint64 end = whole.size() - 1;
    static const QRegularExpression range(QStringLiteral(R"(bytes=(\d+)-(\d*))"));
    const QRegularExpressionMatch match = range.match(QString::fromLatin1(request.range));
    if (match.hasMatch()) {
        start = match.captured(1).toLongLong();
        if (!match.captured(2).isEmpty())
            end = std::min(end, match.captured(2).toLongLong());
    }
    QByteArray body = whole.mid(start, end - start + 1);
    const int status = match.hasMatch() ? 206 : 200;
    const QByteArray headers =
        "Accept-Ranges: bytes\r\n" +
        (status == 206
             ? "Content-Range: bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) +
                   '/' + QByteArray::number(whole.size()) + "\r\n"
             : QByteArray());
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  (status == 206 ? " Partial Content" : " OK") + "\r\nContent-Type: audio/" +
                  QFileInfo(file).suffix().toLatin1() + "\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + headers + "\r\n");
    if (m_options.stallStreamAfter >= 0 &&
        (request.range.isEmpty() ||
         (m_options.stallRanges && start <= m_options.stallStreamAfter)) &&
        start + body.size() > m_options.stallStreamAfter) {
        // Sends what comes before the stall point, then holds the connection and says nothing.
        socket->write(body.left(std::max<qint64>(0, m_options.stallStreamAfter - start)));
        return;
    }
    if (m_options.dropStreamAfter >= 0 && !m_dropped &&
        start + body.size() > m_options.dropStreamAfter) {
        m_dropped = true;
        socket->write(body.left(std::max<qint64>(0, m_options.dropStreamAfter - start)));
        socket->flush();
        socket->abort();
        return;
    }
    socket->write(body);
    socket->disconnectFromHost();
}

QJsonObject FakeSubsonicServer::songJson(int index) const
{
    const library::Track& track = m_tracks[index];
    int album = 0;
    while (album < m_albums.size() && !m_albums[album].songs.contains(index))
        ++album;
    QJsonObject gain;
    if (track.replayGain.trackGainDb)
        gain.insert(QStringLiteral("trackGain"), *track.replayGain.trackGainDb);
    if (track.replayGain.albumGainDb)
        gain.insert(QStringLiteral("albumGain"), *track.replayGain.albumGainDb);
    if (track.replayGain.trackPeak)
        gain.insert(QStringLiteral("trackPeak"), *track.replayGain.trackPeak);
    const QFileInfo file(track.path);
    QJsonObject song{{QStringLiteral("id"), QStringLiteral("so-%1").arg(index)},
                     {QStringLiteral("parent"), m_albums[album].id},
                     {QStringLiteral("isDir"), false},
                     {QStringLiteral("title"), track.title},
                     {QStringLiteral("album"), track.album},
                     {QStringLiteral("artist"), track.artist},
                     {QStringLiteral("displayAlbumArtist"), track.albumArtist},
                     {QStringLiteral("track"), track.trackNumber},
                     {QStringLiteral("discNumber"), track.discNumber},
                     {QStringLiteral("year"), track.year},
                     {QStringLiteral("genre"), track.genre},
                     {QStringLiteral("coverArt"), QStringLiteral("co-%1").arg(m_albums[album].id)},
                     {QStringLiteral("size"), file.size()},
                     {QStringLiteral("suffix"), file.suffix()},
                     {QStringLiteral("contentType"), QStringLiteral("audio/") + file.suffix()},
                     {QStringLiteral("duration"), track.durationMs / 1000},
                     {QStringLiteral("bitRate"), track.bitrateKbps},
                     {QStringLiteral("bitDepth"), track.bitDepth},
                     {QStringLiteral("samplingRate"), track.sampleRate},
                     {QStringLiteral("channelCount"), track.channels},
                     {QStringLiteral("musicBrainzId"), track.musicBrainzTrackId},
                     {QStringLiteral("replayGain"), gain},
                     {QStringLiteral("path"), file.fileName()},
                     {QStringLiteral("albumId"), m_albums[album].id},
                     {QStringLiteral("artistId"), m_albums[album].artistId},
                     {QStringLiteral("type"), QStringLiteral("music")},
                     {QStringLiteral("isVideo"), false}};
    if (m_options.noAlbumIds)
        song.remove(QStringLiteral("albumId"));
    return song;
}

QJsonObject FakeSubsonicServer::albumJson(const Album& album, bool withSongs) const
{
    const library::Track& first = m_tracks[album.songs.first()];
    qint64 seconds = 0;
    QJsonArray songs;
    for (const int index : album.songs) {
        seconds += m_tracks[index].durationMs / 1000;
        songs.append(songJson(index));
    }
    QJsonObject object{{QStringLiteral("id"), album.id},
                       {QStringLiteral("name"), first.album},
                       {QStringLiteral("artist"), m_artistNames.value(album.artistId)},
                       {QStringLiteral("artistId"), album.artistId},
                       {QStringLiteral("songCount"), album.songs.size()},
                       {QStringLiteral("duration"), seconds},
                       {QStringLiteral("year"), first.year},
                       {QStringLiteral("created"), QStringLiteral("2024-03-09T12:00:00Z")},
                       {QStringLiteral("coverArt"), QStringLiteral("co-") + album.id}};
    if (withSongs)
        object.insert(QStringLiteral("song"), songs);
    return object;
}

QJsonObject FakeSubsonicServer::playlistJson(const Playlist& playlist, bool withSongs) const
{
    QJsonArray entries;
    for (const QString& id : playlist.songIds) {
        if (const int index = songIndex(id); index >= 0)
            entries.append(songJson(index));
    }
    QJsonObject object{{QStringLiteral("id"), playlist.id},
                       {QStringLiteral("name"), playlist.name},
                       {QStringLiteral("owner"), m_options.user},
                       {QStringLiteral("songCount"), playlist.songIds.size()}};
    if (withSongs)
        object.insert(QStringLiteral("entry"), entries);
    return object;
}

QJsonObject FakeSubsonicServer::call(const Request& request)
{
    const QUrlQuery& query = request.query;
    const QString id = query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    const QString& method = request.method;
    if (method == u"ping" || method == u"scrobble" || method == u"setRating" || method == u"star" ||
        method == u"unstar")
        return {}; // the log is the record the tests read
    if (method == u"getAlbumList2") {
        QList<Album> sorted = m_albums;
        std::sort(sorted.begin(), sorted.end(), [this](const Album& a, const Album& b) {
            return m_tracks[a.songs.first()].album < m_tracks[b.songs.first()].album;
        });
        const int size = std::clamp(
            query.queryItemValue(QStringLiteral("size"), QUrl::FullyDecoded).toInt(), 1, 500);
        const int offset =
            query.queryItemValue(QStringLiteral("offset"), QUrl::FullyDecoded).toInt();
        QJsonArray albums;
        for (int i = offset; i < std::min<qsizetype>(offset + size, sorted.size()); ++i)
            albums.append(albumJson(sorted[i], false));
        return {{QStringLiteral("albumList2"), QJsonObject{{QStringLiteral("album"), albums}}}};
    }
    if (method == u"getAlbum" || method == u"getArtist") {
        const bool artist = method == u"getArtist";
        QJsonArray albums;
        for (const Album& album : std::as_const(m_albums)) {
            if (!artist && album.id == id)
                return {{QStringLiteral("album"), albumJson(album, true)}};
            if (artist && album.artistId == id)
                albums.append(albumJson(album, false));
        }
        if (albums.isEmpty())
            return error(70, QStringLiteral("Not found"));
        return {{QStringLiteral("artist"),
                 QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("name"), m_artistNames.value(id)},
                             {QStringLiteral("album"), albums}}}};
    }
    if (method == u"getArtists") {
        QJsonArray artists;
        for (auto it = m_artistNames.cbegin(); it != m_artistNames.cend(); ++it) {
            const auto count =
                std::count_if(m_albums.cbegin(), m_albums.cend(),
                              [&it](const Album& a) { return a.artistId == it.key(); });
            artists.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                       {QStringLiteral("name"), it.value()},
                                       {QStringLiteral("albumCount"), qint64(count)}});
        }
        return {{QStringLiteral("artists"),
                 QJsonObject{{QStringLiteral("index"),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("#")},
                                                     {QStringLiteral("artist"), artists}}}}}}};
    }
    if (method == u"getSong") {
        const int index = songIndex(id);
        return index < 0 ? error(70, QStringLiteral("Not found"))
                         : QJsonObject{{QStringLiteral("song"), songJson(index)}};
    }
    const QString playlistId =
        query.queryItemValue(QStringLiteral("playlistId"), QUrl::FullyDecoded);
    const auto playlist =
        std::find_if(m_playlists.begin(), m_playlists.end(), [&](const Playlist& p) {
            return p.id == (playlistId.isEmpty() ? id : playlistId);
        });
    if (method == u"getPlaylists") {
        QJsonArray playlists;
        for (const Playlist& each : std::as_const(m_playlists))
            playlists.append(playlistJson(each, false));
        return {
            {QStringLiteral("playlists"), QJsonObject{{QStringLiteral("playlist"), playlists}}}};
    }
    if (method == u"createPlaylist") {
        Playlist* target = playlist == m_playlists.end() ? nullptr : &*playlist;
        if (target == nullptr) {
            m_playlists.append({QStringLiteral("pl-%1").arg(++m_lastPlaylist),
                                query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
                                {}});
            target = &m_playlists.last();
        }
        target->songIds = query.allQueryItemValues(QStringLiteral("songId"), QUrl::FullyDecoded);
        return {{QStringLiteral("playlist"), playlistJson(*target, true)}};
    }
    if (playlist == m_playlists.end())
        return error(70, QStringLiteral("Playlist not found"));
    if (method == u"getPlaylist")
        return {{QStringLiteral("playlist"), playlistJson(*playlist, true)}};
    if (method == u"deletePlaylist") {
        m_playlists.erase(playlist);
        return {};
    }
    if (method == u"updatePlaylist") {
        if (query.hasQueryItem(QStringLiteral("name")))
            playlist->name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
        QList<int> removed;
        for (const QString& index :
             query.allQueryItemValues(QStringLiteral("songIndexToRemove"), QUrl::FullyDecoded))
            removed << index.toInt();
        std::sort(removed.rbegin(), removed.rend());
        for (const int index : std::as_const(removed)) {
            if (index >= 0 && index < playlist->songIds.size())
                playlist->songIds.removeAt(index);
        }
        playlist->songIds << query.allQueryItemValues(QStringLiteral("songIdToAdd"),
                                                      QUrl::FullyDecoded);
        return {};
    }
    return error(0, QStringLiteral("Unknown method"));
}

} // namespace liner::testing
