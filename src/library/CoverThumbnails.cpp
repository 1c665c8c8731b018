#include "library/CoverThumbnails.h"

#include "common/AtomicWrite.h"
#include "common/InputFile.h"
#include "library/CoverArt.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPixmap>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::library {

namespace {

// About 700 thumbnails of 96 pixels: several screens of a grid.
constexpr qsizetype kMemoryBytes = qsizetype(24) * 1024 * 1024;
// Covers being made at once; the rest wait, and the oldest wishes are dropped past kWaiting (they
// are asked for again if their album comes back on screen).
constexpr int kRunning = 2;
constexpr qsizetype kWaiting = 64;

} // namespace

CoverThumbnails::CoverThumbnails(int pixels, QObject* parent)
    : QObject(parent), m_pixels(pixels), m_done(kMemoryBytes)
{}

std::optional<QIcon> CoverThumbnails::find(const QString& key, const std::function<Track()>& source)
{
    if (const QIcon* done = m_done.object(key))
        return *done;
    if (m_pending.contains(key))
        return std::nullopt;
    m_pending.insert(key);
    m_waiting.prepend({key, source()});
    while (m_waiting.size() > kWaiting)
        m_pending.remove(m_waiting.takeLast().first);
    startMore();
    return std::nullopt;
}

void CoverThumbnails::startMore()
{
    while (m_running < kRunning && !m_waiting.isEmpty()) {
        const auto waiting = m_waiting.takeFirst();
        const QString& key = waiting.first;
        ++m_running;
        auto* watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key] {
            --m_running;
            m_pending.remove(key);
            const QImage image = watcher->result();
            // An icon, so that views draw it at their icon size, sharp on high-density screens.
            auto* icon = new QIcon(image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image)));
            m_done.insert(key, icon, qsizetype(image.sizeInBytes()) + 1);
            watcher->deleteLater();
            emit ready(key);
            startMore();
        });
        watcher->setFuture(QtConcurrent::run(&CoverThumbnails::make, waiting.second, m_pixels));
    }
}

QString CoverThumbnails::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/covers");
}

QImage CoverThumbnails::make(const Track& track, int pixels)
{
    // Named after where the cover comes from and when that last changed, so an edited cover
    // gets a new thumbnail.
    QString source = track.coverFile;
    if (source.isEmpty())
        source = CoverArt::folderImagePath(track.path);
    if (source.isEmpty() || (track.hasCover && track.coverFile.isEmpty()))
        source = track.path;
    const QFileInfo info(source);
    const QByteArray key = QCryptographicHash::hash(
        (source + u'|' + QString::number(info.size()) + u'|' +
         QString::number(info.lastModified().toMSecsSinceEpoch()) + u'|' + QString::number(pixels))
            .toUtf8(),
        QCryptographicHash::Sha1);
    const QString path =
        cacheFolder() + u'/' + QString::fromLatin1(key.toHex()) + QStringLiteral(".png");
    if (QImage cached = QImage::fromData(readInputFile(path, InputKind::Image).bytes);
        !cached.isNull())
        return cached;
    const QImage cover = CoverArt::load(track);
    if (cover.isNull())
        return {};
    QImage small = cover.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QDir().mkpath(cacheFolder());
    QByteArray png;
    QBuffer buffer(&png);
    if (buffer.open(QIODevice::WriteOnly) && small.save(&buffer, "PNG"))
        common::writeFileAtomically(path, png);
    return small;
}

} // namespace liner::library
