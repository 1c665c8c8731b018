#include "FakeSubsonicServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

// The test server as a process of its own, so tests can stop it, kill it and restart it as a
// real one. Prints the port it listens on, then serves until killed.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption library(QStringLiteral("library"), {}, QStringLiteral("DIR"));
    const QCommandLineOption port(QStringLiteral("port"), {}, QStringLiteral("PORT"),
                                  QStringLiteral("0"));
    const QCommandLineOption auth(QStringLiteral("auth"), {},
                                  QStringLiteral("token|password|apikey"), QStringLiteral("token"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), {}, QStringLiteral("KEY"));
    const QCommandLineOption xmlOnly(QStringLiteral("xml-only"));
    const QCommandLineOption garbage(QStringLiteral("garbage"));
    const QCommandLineOption stallApi(QStringLiteral("stall-api"));
    const QCommandLineOption stallStream(QStringLiteral("stall-stream-after"), {},
                                         QStringLiteral("BYTES"));
    const QCommandLineOption stallRanges(QStringLiteral("stall-ranges"));
    const QCommandLineOption dropStream(QStringLiteral("drop-stream-after"), {},
                                        QStringLiteral("BYTES"));
    const QCommandLineOption noAlbumIds(QStringLiteral("no-album-ids"));
    const QCommandLineOption log(QStringLiteral("log"), {}, QStringLiteral("FILE"));
    const QCommandLineOption tlsCertificate(QStringLiteral("tls-cert"), {}, QStringLiteral("PEM"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), {}, QStringLiteral("PEM"));
    parser.addOptions({library, port, auth, apiKey, xmlOnly, garbage, stallApi, stallStream,
                       stallRanges, dropStream, noAlbumIds, log, tlsCertificate, tlsKey});
    parser.process(app);

    using liner::testing::FakeSubsonicServer;
    FakeSubsonicServer::Options options;
    const QString authName = parser.value(auth);
    options.auth = authName == u"password" ? FakeSubsonicServer::Auth::PasswordOnly
                   : authName == u"apikey" ? FakeSubsonicServer::Auth::ApiKeyOnly
                                           : FakeSubsonicServer::Auth::TokenOrPassword;
    options.apiKey = parser.value(apiKey);
    options.xmlOnly = parser.isSet(xmlOnly);
    options.garbage = parser.isSet(garbage);
    options.stallApi = parser.isSet(stallApi);
    if (parser.isSet(stallStream))
        options.stallStreamAfter = parser.value(stallStream).toLongLong();
    options.stallRanges = parser.isSet(stallRanges);
    if (parser.isSet(dropStream))
        options.dropStreamAfter = parser.value(dropStream).toLongLong();
    options.noAlbumIds = parser.isSet(noAlbumIds);
    options.logPath = parser.value(log);
    options.tlsCertificate = parser.value(tlsCertificate);
    options.tlsKey = parser.value(tlsKey);
    FakeSubsonicServer server(parser.value(library), options);
    if (!server.listen(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
