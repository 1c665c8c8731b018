#pragma once

#include "library/Track.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTcpServer>
#include <QUrlQuery>
#include <memory>

class QTcpSocket;

namespace liner::testing {

// A small Subsonic server written for the tests from the OpenSubsonic specification
// (opensubsonic.netlify.app): what Supysonic lacks (token authentication, API keys, the
// OpenSubsonic fields and extensions) and the misbehaviour real networks show (stalls, dropped
// connections, garbage). It serves the audio files of one folder, read with Liner's own scanner,
// and logs every request it gets so tests can see what a client asked for.
class FakeSubsonicServer : public QObject
{
    Q_OBJECT

public:
    enum class Auth
    {
        TokenOrPassword, // Navidrome, Gonic: t+s, or p
        PasswordOnly,    // Supysonic: t+s unknown, answered with error 10
        ApiKeyOnly,      // an OpenSubsonic server that has dropped passwords (error 42 to them)
    };
    struct Options
    {
        QString user = QStringLiteral("alice");
        QString password = QStringLiteral("secret");
        QString apiKey;
        Auth auth = Auth::TokenOrPassword;
        bool xmlOnly = false;  // answers XML whatever f= asks
        bool garbage = false;  // API answers are cut-off JSON
        bool stallApi = false; // API calls are never answered
        // Streams asked for from their start stop sending after this many bytes and hold the
        // connection; range requests are answered (a slow first connection, a quick second).
        qint64 stallStreamAfter = -1;
        // Range requests that reach that point of the file stop there too (a part of the file
        // the server cannot read); those after it are answered.
        bool stallRanges = false;
        qint64 dropStreamAfter = -1; // the first stream closes its connection after this many
        bool noAlbumIds = false;     // songs name their album, not its id (as old servers do)
        QString logPath;
        // HTTPS with this certificate and key (PEM files) instead of HTTP.
        QString tlsCertificate;
        QString tlsKey;
    };

    FakeSubsonicServer(const QString& libraryFolder, Options options, QObject* parent = nullptr);
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server->serverPort(); }

private:
    struct Request
    {
        QString method; // "getAlbum"
        QUrlQuery query;
        QByteArray range; // the Range header
    };
    struct Album
    {
        QString id;
        QString artistId;
        QList<int> songs; // indexes into m_tracks
    };
    struct Playlist
    {
        QString id;
        QString name;
        QStringList songIds;
    };

    void onConnection();
    void onReadable(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const Request& request);
    // An error envelope, or empty when the request's credentials are good.
    QJsonObject authenticationError(const Request& request) const;
    QJsonObject call(const Request& request);
    void stream(QTcpSocket* socket, const Request& request);
    void sendEnvelope(QTcpSocket* socket, const Request& request, QJsonObject body);
    static void send(QTcpSocket* socket, int status, const QByteArray& type, const QByteArray& body,
                     const QByteArray& extraHeaders = {});

    QJsonObject songJson(int index) const;
    QJsonObject albumJson(const Album& album, bool withSongs) const;
    QJsonObject playlistJson(const Playlist& playlist, bool withSongs) const;
    int songIndex(const QString& id) const;

    Options m_options;
    std::unique_ptr<QTcpServer> m_server;
    QFile m_log;
    QList<library::Track> m_tracks;
    QList<Album> m_albums;
    QHash<QString, QString> m_artistNames; // by id
    QList<Playlist> m_playlists;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    bool m_dropped = false;
    int m_lastPlaylist = 0;
};

} // namespace liner::testing
