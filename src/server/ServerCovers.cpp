#include "server/ServerCovers.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

namespace liner::server {

int ServerCovers::fetchMissing(SubsonicClient& client, const Catalog& catalog,
                               QSet<QString>& coverless, const std::function<bool()>& stop)
{
    int arrived = 0;
    for (auto cover = catalog.covers.cbegin(); cover != catalog.covers.cend(); ++cover) {
        if (stop && stop())
            break;
        if (coverless.contains(cover.value()) || QFileInfo::exists(cover.key()))
            continue;
        QString error;
        const QByteArray data = client.fetch(QStringLiteral("getCoverArt"),
                                             {{QStringLiteral("id"), cover.value()},
                                              {QStringLiteral("size"), QString::number(kPixels)}},
                                             error);
        // Only a picture is kept: a server's error page must not become a cover.
        if (data.isEmpty() || QImage::fromData(data).isNull()) {
            coverless.insert(cover.value());
            continue;
        }
        QDir().mkpath(QFileInfo(cover.key()).path());
        QSaveFile file(cover.key());
        if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
            ++arrived;
    }
    return arrived;
}

} // namespace liner::server
