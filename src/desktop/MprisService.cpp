#include "desktop/MprisService.h"

#include "common/AtomicWrite.h"
#include "desktop/MprisMetadata.h"
#include "desktop/MprisPlayerAdaptor.h"
#include "desktop/MprisRootAdaptor.h"
#include "desktop/MprisTrackListAdaptor.h"
#include "library/CoverArt.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent>

namespace liner::desktop {

namespace {

const QString kServiceName = QStringLiteral("org.mpris.MediaPlayer2.liner");

// Clients load art by URL: the folder's image, else the embedded picture written out once per
// album into the cache. Reads and writes files, so never on the UI thread.
QString artUrlOf(const library::Track& track)
{
    if (const QString image = library::CoverArt::folderImagePath(track.path); !image.isEmpty())
        return QUrl::fromLocalFile(image).toString();
    if (!track.hasCover)
        return {};
    const QString folder = QFileInfo(track.path).absolutePath();
    const QDir cache(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
    const QString name = QString::fromLatin1(
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha1).toHex());
    const QString path = cache.filePath(QStringLiteral("art/%1.png").arg(name));
    const QImage cover = library::CoverArt::load(track);
    QByteArray png;
    QBuffer buffer(&png);
    if (cover.isNull() || !cache.mkpath(QStringLiteral("art")) ||
        !buffer.open(QIODevice::WriteOnly) || !cover.save(&buffer, "PNG") ||
        !common::writeFileAtomically(path, png).isEmpty())
        return {};
    return QUrl::fromLocalFile(path).toString();
}

} // namespace

MprisService::MprisService(playlist::PlaybackController& controller, bool canRaise, QObject* parent)
    : QObject(parent), m_controller(controller), m_canRaise(canRaise)
{
    new MprisRootAdaptor(this);
    new MprisPlayerAdaptor(this);
    new MprisTrackListAdaptor(this);
    connect(&controller.queue(), &QAbstractItemModel::modelReset, this,
            [this] { m_artUrls.clear(); });
}

const playlist::PlayQueue& MprisService::queue() const
{
    return m_controller.queue();
}

MprisService::~MprisService()
{
    if (m_serviceName.isEmpty())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.unregisterObject(QString::fromLatin1(kObjectPath));
    bus.unregisterService(m_serviceName);
}

bool MprisService::registerOnSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qWarning("liner: no D-Bus session bus; media keys and MPRIS clients will not see Liner");
        return false;
    }
    // The specification's answer to a second instance: a unique suffix on the same name.
    QString name = kServiceName;
    if (bus.interface()->isServiceRegistered(name))
        name += QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid());
    if (!bus.registerObject(QString::fromLatin1(kObjectPath), this,
                            QDBusConnection::ExportAdaptors) ||
        !bus.registerService(name)) {
        qWarning("liner: could not register %s on the session bus: %s", qPrintable(name),
                 qPrintable(bus.lastError().message()));
        bus.unregisterObject(QString::fromLatin1(kObjectPath));
        return false;
    }
    m_serviceName = name;
    return true;
}

QVariantMap MprisService::metadataFor(int row)
{
    if (row < 0 || row >= queue().size())
        return {};
    const library::Track& track = queue().track(row);
    return mprisMetadata(track, queue().idAt(row), artUrl(track));
}

void MprisService::announce(const QString& interface, const QVariantMap& changed)
{
    if (m_serviceName.isEmpty() || changed.isEmpty())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(
        QString::fromLatin1(kObjectPath), QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("PropertiesChanged"));
    signal << interface << changed << QStringList();
    QDBusConnection::sessionBus().send(signal);
}

void MprisService::open(const QString& path)
{
    auto* scan = new QFutureWatcher<QList<library::Track>>(this);
    connect(scan, &QFutureWatcherBase::finished, this, [this, scan] {
        scan->deleteLater();
        emit openRequested(scan->result());
    });
    scan->setFuture(QtConcurrent::run([path] { return library::LibraryScanner::scan({path}); }));
}

QString MprisService::artUrl(const library::Track& track)
{
    const QString folder = QFileInfo(track.path).absolutePath();
    if (const auto known = m_artUrls.constFind(folder); known != m_artUrls.cend())
        return *known;
    if (m_artPending.contains(folder))
        return {};
    m_artPending.insert(folder);
    auto* search = new QFutureWatcher<QString>(this);
    connect(search, &QFutureWatcherBase::finished, this, [this, search, folder] {
        m_artPending.remove(folder);
        m_artUrls.insert(folder, search->result());
        search->deleteLater();
        emit artFound(folder);
    });
    search->setFuture(QtConcurrent::run(artUrlOf, track));
    return {};
}

} // namespace liner::desktop
