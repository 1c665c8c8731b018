#include "library/CoverThumbnails.h"

#include "common/AtomicWrite.h"
#include "common/InputFile.h"
#include "library/CoverArt.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::library {

CoverThumbnails::CoverThumbnails(int pixels, QObject* parent) : QObject(parent), m_pixels(pixels) {}

std::optional<QImage> CoverThumbnails::find(const QString& key, const Track& track)
{
    if (const auto done = m_done.constFind(key); done != m_done.cend())
        return *done;
    if (m_pending.contains(key))
        return std::nullopt;
    m_pending.insert(key);
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key] {
        m_pending.remove(key);
        m_done.insert(key, watcher->result());
        watcher->deleteLater();
        emit ready(key);
    });
    watcher->setFuture(QtConcurrent::run(&CoverThumbnails::make, track, m_pixels));
    return std::nullopt;
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
