#include "FuzzBytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

QString fuzzFile(const std::uint8_t* data, std::size_t size)
{
    static const QStringList extensions{
        QStringLiteral("flac"), QStringLiteral("wav"),  QStringLiteral("mp3"),
        QStringLiteral("m4a"),  QStringLiteral("ogg"),  QStringLiteral("opus"),
        QStringLiteral("wv"),   QStringLiteral("aiff"), QStringLiteral("ape")};
    const QString extension = size == 0 ? extensions[0] : extensions[data[0] % extensions.size()];
    const QString path = QDir::tempPath() +
                         QStringLiteral("/liner-fuzz-%1.").arg(QCoreApplication::applicationPid()) +
                         extension;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && size > 0)
        file.write(reinterpret_cast<const char*>(data) + 1, qint64(size) - 1);
    return path;
}
