#include "server/SubsonicClient.h"

#include "server/SubsonicResponse.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace liner::server {

namespace {

// Longer URLs are refused by some servers and proxies (8 KiB is a common limit for the whole
// request head).
constexpr qsizetype kLongestUrl = 4000;

QString randomSalt()
{
    QByteArray salt(8, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()),
                                          int(salt.size() / sizeof(quint32)));
    return QString::fromLatin1(salt.toHex());
}

// The parameters as a query, every value fully percent-encoded: QUrlQuery leaves '+' alone, which
// servers read as a space (a password with a '+' would then never match).
QString encodedQuery(const Parameters& parameters)
{
    QStringList items;
    for (const auto& [name, value] : parameters)
        items << QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' +
                                     QUrl::toPercentEncoding(value));
    return items.join(u'&');
}

} // namespace

SubsonicClient::SubsonicClient(ServerAccount account) : m_account(std::move(account)) {}

SubsonicClient::~SubsonicClient() = default;

QString SubsonicClient::serverName() const
{
    return m_account.url.host();
}

QNetworkRequest SubsonicClient::request(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("%1/%2").arg(QLatin1String(kClientName),
                                                  QCoreApplication::applicationVersion()));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

QUrl SubsonicClient::urlFor(const QString& method, const Parameters& parameters, Auth auth) const
{
    Parameters all{{QStringLiteral("v"), QLatin1String(kApiVersion)},
                   {QStringLiteral("c"), QLatin1String(kClientName)},
                   {QStringLiteral("f"), QStringLiteral("json")}};
    switch (auth) {
    case Auth::ApiKey:
        all.append({QStringLiteral("apiKey"), m_account.apiKey});
        break;
    case Auth::Password:
        all.append({QStringLiteral("u"), m_account.user});
        all.append(
            {QStringLiteral("p"),
             QStringLiteral("enc:") + QString::fromLatin1(m_account.password.toUtf8().toHex())});
        break;
    case Auth::Unknown:
    case Auth::Token: {
        const QString salt = randomSalt();
        const QByteArray token =
            QCryptographicHash::hash((m_account.password + salt).toUtf8(), QCryptographicHash::Md5);
        all.append({QStringLiteral("u"), m_account.user});
        all.append({QStringLiteral("t"), QString::fromLatin1(token.toHex())});
        all.append({QStringLiteral("s"), salt});
        break;
    }
    }
    all.append(parameters);
    QUrl url = m_account.url;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + QStringLiteral("rest/") + method);
    url.setQuery(encodedQuery(all), QUrl::StrictMode);
    return url;
}

SubsonicClient::Raw SubsonicClient::get(const QUrl& url, bool post)
{
    return getEach({url}, post, 1).first();
}

QNetworkReply* SubsonicClient::send(const QUrl& url, bool post)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    if (!post)
        return m_network->get(request(url));
    QUrl target = url;
    target.setQuery(QString());
    QNetworkRequest form = request(target);
    form.setHeader(QNetworkRequest::ContentTypeHeader,
                   QStringLiteral("application/x-www-form-urlencoded"));
    return m_network->post(form, url.query(QUrl::FullyEncoded).toLatin1());
}

QList<SubsonicClient::Raw> SubsonicClient::getEach(const QList<QUrl>& urls, bool post, int atOnce)
{
    QList<Raw> raws(urls.size());
    // Each reply with the silence it has met: the timeout counts silence, not the whole
    // transfer, so a large answer that keeps coming is fine.
    struct Pending
    {
        std::unique_ptr<QNetworkReply> reply;
        std::unique_ptr<QTimer> idle;
        bool timedOut = false;
    };
    std::vector<Pending> pending(std::size_t(urls.size()));
    QEventLoop loop;
    qsizetype next = 0;
    int underWay = 0;
    // A server that cannot be reached or does not answer is not asked again in this round.
    QString failure;
    std::function<void()> startMore = [&] {
        for (; failure.isEmpty() && underWay < atOnce && next < urls.size(); ++next, ++underWay) {
            Pending& one = pending[std::size_t(next)];
            one.reply.reset(send(urls[next], post));
            one.idle = std::make_unique<QTimer>();
            one.idle->setSingleShot(true);
            one.idle->setInterval(m_account.timeoutMs);
            QNetworkReply* reply = one.reply.get();
            QObject::connect(reply, &QNetworkReply::downloadProgress, one.idle.get(),
                             qOverload<>(&QTimer::start));
            QObject::connect(one.idle.get(), &QTimer::timeout, reply, [&one] {
                one.timedOut = true;
                one.reply->abort();
            });
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, index = next] {
                Pending& done = pending[std::size_t(index)];
                done.idle->stop();
                raws[index] = rawFrom(*done.reply, done.timedOut);
                if (failure.isEmpty())
                    failure = raws[index].error;
                --underWay;
                startMore();
                if (underWay == 0)
                    loop.quit();
            });
            one.idle->start();
        }
    };
    startMore();
    if (underWay > 0)
        loop.exec();
    for (; next < urls.size(); ++next)
        raws[next].error = failure;
    return raws;
}

SubsonicClient::Raw SubsonicClient::rawFrom(QNetworkReply& reply, bool timedOut) const
{
    Raw raw;
    if (timedOut) {
        raw.error = tr("%1 did not answer within %2 s")
                        .arg(serverName())
                        .arg(m_account.timeoutMs / 1000.0, 0, 'g', 3);
        return raw;
    }
    raw.data = reply.readAll();
    if (reply.error() == QNetworkReply::NoError)
        return raw;
    // Some servers send their error envelope with an HTTP error status: the envelope says more.
    if (SubsonicResponse::parse(raw.data).errorCode >= 0)
        return raw;
    raw.error = describeFailure(reply, serverName());
    return raw;
}

QString SubsonicClient::describeFailure(QNetworkReply& reply, const QString& server)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        return tr("%1 answered HTTP %2 %3")
            .arg(server)
            .arg(status)
            .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    }
    return tr("cannot reach %1: %2").arg(server, reply.errorString());
}

QString SubsonicClient::describeError(int code, const QString& message, const QString& server)
{
    switch (code) {
    case 40:
        return tr("%1 does not accept this user name and password").arg(server);
    case 41:
    case 42:
        return tr("%1 does not accept this way of signing in: %2").arg(server, message);
    case 44:
        return tr("%1 does not accept this API key").arg(server);
    case 50:
        return tr("%1 does not allow this user to do that: %2").arg(server, message);
    case 70:
        return tr("%1 has no such item: %2").arg(server, message);
    default:
        return tr("%1 answered with error %2: %3").arg(server).arg(code).arg(message);
    }
}

ServerReply SubsonicClient::replyFrom(const Raw& raw) const
{
    ServerReply reply;
    if (!raw.error.isEmpty()) {
        reply.error = raw.error;
        return reply;
    }
    const SubsonicResponse parsed = SubsonicResponse::parse(raw.data);
    reply.body = parsed.body;
    if (!parsed.malformed.isEmpty()) {
        reply.error = tr("%1 did not answer as a Subsonic server does (%2)")
                          .arg(serverName(), parsed.malformed);
    } else if (parsed.errorCode >= 0) {
        reply.errorCode = parsed.errorCode;
        reply.error = describeError(parsed.errorCode, parsed.errorMessage, serverName());
        // OpenSubsonic servers may say where to read how to fix it (how to make an API key).
        const QString help =
            textOf(objectOf(parsed.body, QStringLiteral("error")), QStringLiteral("helpUrl"));
        if (!help.isEmpty())
            reply.error += tr(" (see %1)").arg(help);
    }
    return reply;
}

ServerReply SubsonicClient::authenticate()
{
    if (m_auth != Auth::Unknown)
        return {};
    if (!m_account.apiKey.isEmpty()) {
        m_auth = Auth::ApiKey;
        return {};
    }
    ServerReply token = replyFrom(get(urlFor(QStringLiteral("ping"), {}, Auth::Token)));
    if (token.isOk()) {
        m_auth = Auth::Token;
        return token;
    }
    // 10: a server that knows no tokens asks for the missing password; 41, 42: tokens refused;
    // 40: some older servers compare the token as if it were the password.
    static constexpr int kTokenRefused[] = {10, 40, 41, 42};
    if (std::find(std::begin(kTokenRefused), std::end(kTokenRefused), token.errorCode) ==
        std::end(kTokenRefused))
        return token;
    ServerReply password = replyFrom(get(urlFor(QStringLiteral("ping"), {}, Auth::Password)));
    if (password.isOk())
        m_auth = Auth::Password;
    return password;
}

ServerReply SubsonicClient::call(const QString& method, const Parameters& parameters)
{
    if (ServerReply signIn = authenticate(); !signIn.isOk())
        return signIn;
    const QUrl url = urlFor(method, parameters, m_auth);
    const bool post =
        url.toEncoded().size() > kLongestUrl && extensions().contains(QStringLiteral("formPost"));
    return replyFrom(get(url, post));
}

QList<ServerReply> SubsonicClient::callEach(const QString& method, const QList<Parameters>& calls,
                                            int atOnce)
{
    QList<ServerReply> replies;
    if (ServerReply signIn = authenticate(); !signIn.isOk()) {
        replies.fill(signIn, calls.size());
        return replies;
    }
    QList<QUrl> urls;
    for (const Parameters& parameters : calls)
        urls << urlFor(method, parameters, m_auth);
    for (const Raw& raw : getEach(urls, false, atOnce))
        replies << replyFrom(raw);
    return replies;
}

const QStringList& SubsonicClient::extensions()
{
    if (m_extensions)
        return *m_extensions;
    m_extensions.emplace();
    // Public by the specification: asked without credentials. A plain Subsonic server answers
    // with an error, which means none.
    QUrl url = urlFor(QStringLiteral("getOpenSubsonicExtensions"), {}, Auth::Token);
    QUrlQuery query;
    query.setQueryItems({{QStringLiteral("v"), QLatin1String(kApiVersion)},
                         {QStringLiteral("c"), QLatin1String(kClientName)},
                         {QStringLiteral("f"), QStringLiteral("json")}});
    url.setQuery(query);
    const ServerReply reply = replyFrom(get(url));
    for (const auto& extension : listOf(reply.body, QStringLiteral("openSubsonicExtensions")))
        m_extensions->append(textOf(extension.toObject(), QStringLiteral("name")));
    return *m_extensions;
}

QByteArray SubsonicClient::fetch(const QString& method, const Parameters& parameters,
                                 QString& error)
{
    const QUrl url = address(method, parameters, error);
    if (url.isEmpty())
        return {};
    Raw raw = get(url);
    // A file comes as itself; an error comes as a Subsonic answer.
    if (raw.error.isEmpty()) {
        const SubsonicResponse parsed = SubsonicResponse::parse(raw.data);
        if (parsed.errorCode >= 0)
            raw.error = describeError(parsed.errorCode, parsed.errorMessage, serverName());
    }
    error = raw.error;
    return raw.error.isEmpty() ? raw.data : QByteArray();
}

QUrl SubsonicClient::address(const QString& method, const Parameters& parameters, QString& error)
{
    error = authenticate().error;
    return error.isEmpty() ? urlFor(method, parameters, m_auth) : QUrl();
}

} // namespace liner::server
