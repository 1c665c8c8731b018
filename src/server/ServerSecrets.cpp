#include "server/ServerSecrets.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <qt6keychain/keychain.h>

namespace liner::server {

namespace {

QByteArray encode(const ServerSecrets::Secret& secret)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("password"), secret.password},
                                     {QStringLiteral("apiKey"), secret.apiKey}})
        .toJson(QJsonDocument::Compact);
}

ServerSecrets::Secret decode(const QByteArray& data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    return {object.value(QStringLiteral("password")).toString(),
            object.value(QStringLiteral("apiKey")).toString()};
}

QString describe(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::NoBackendAvailable)
        return ServerSecrets::tr("no keyring (Secret Service) is running to keep the password "
                                 "in: %1")
            .arg(job.errorString());
    return ServerSecrets::tr("the keyring refused: %1").arg(job.errorString());
}

template <typename Job> Job* newJob(const QString& accountKey)
{
    auto* job = new Job(QLatin1String(ServerSecrets::kService));
    // Never fall back to a plain file: a password is a secret or it is not kept.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(accountKey);
    return job;
}

} // namespace

void ServerSecrets::read(const QString& accountKey, QObject* context, ReadDone done)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(accountKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
            done({}, {});
        else if (job->error() != QKeychain::NoError)
            done({}, describe(*job));
        else
            done(decode(job->binaryData()), {});
    });
    job->start();
}

void ServerSecrets::write(const QString& accountKey, const Secret& secret, QObject* context,
                          WriteDone done)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(accountKey);
    job->setBinaryData(encode(secret));
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : describe(*job));
    });
    job->start();
}

void ServerSecrets::remove(const QString& accountKey, QObject* context, WriteDone done)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(accountKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        const bool gone =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : describe(*job));
    });
    job->start();
}

ServerSecrets::Secret ServerSecrets::readNow(const QString& accountKey, QString& error)
{
    QEventLoop loop;
    Secret result;
    bool finished = false;
    read(accountKey, &loop, [&](const Secret& secret, const QString& readError) {
        result = secret;
        error = readError;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

QString ServerSecrets::writeNow(const QString& accountKey, const Secret& secret)
{
    QEventLoop loop;
    QString result;
    bool finished = false;
    write(accountKey, secret, &loop, [&](const QString& error) {
        result = error;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace liner::server
