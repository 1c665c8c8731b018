#include "desktop/SingleInstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace liner::desktop {

namespace {

const QString kLockName = QStringLiteral(".liner-window.lock");
// How long a later `liner` waits for a first one still starting to answer.
constexpr int kStartingWaitMs = 15000;
constexpr int kCallTimeoutMs = 15000;

QString lockPath(const QString& dataFolder)
{
    QDir().mkpath(dataFolder);
    return QDir(dataFolder).filePath(kLockName);
}

} // namespace

SingleInstance::SingleInstance(const QString& dataFolder, QObject* parent)
    : QObject(parent), m_lock(lockPath(dataFolder))
{
    // The paths travel as "aay": bytes, so any name the file system holds arrives whole.
    qDBusRegisterMetaType<QByteArrayList>();
}

QString SingleInstance::publish()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("no D-Bus session bus: a later `liner PATH` cannot hand its files "
                              "to this window");
    if (!bus.registerObject(QString::fromLatin1(kObjectPath), this,
                            QDBusConnection::ExportScriptableSlots) ||
        !bus.registerService(QString::fromLatin1(kServiceName))) {
        bus.unregisterObject(QString::fromLatin1(kObjectPath));
        return QStringLiteral("could not register %1 on the session bus: %2")
            .arg(QString::fromLatin1(kServiceName), bus.lastError().message());
    }
    return {};
}

QString SingleInstance::handOver(const QStringList& paths, bool play) const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return QStringLiteral("Liner is already running, and without a D-Bus session bus it "
                              "cannot be handed these files");
    const QString service = QString::fromLatin1(kServiceName);
    const QDeadlineTimer deadline(kStartingWaitMs);
    while (!bus.interface()->isServiceRegistered(service)) {
        if (deadline.hasExpired())
            return QStringLiteral("Liner is already running but does not answer on the "
                                  "session bus");
        QThread::msleep(50);
    }
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QString::fromLatin1(kObjectPath), service,
        paths.isEmpty() ? QStringLiteral("Activate") : QStringLiteral("Open"));
    if (!paths.isEmpty()) {
        QByteArrayList absolute;
        for (const QString& path : paths)
            absolute << QFile::encodeName(QFileInfo(path).absoluteFilePath());
        call << QVariant::fromValue(absolute) << play;
    }
    const QDBusMessage reply = bus.call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() == QDBusMessage::ErrorMessage)
        return QStringLiteral("Liner is already running but did not take the files: %1")
            .arg(reply.errorMessage());
    return {};
}

void SingleInstance::Activate()
{
    emit activateRequested();
}

void SingleInstance::Open(const QByteArrayList& paths, bool play)
{
    QStringList decoded;
    for (const QByteArray& path : paths)
        decoded << QFile::decodeName(path);
    emit openRequested(decoded, play);
}

} // namespace liner::desktop
