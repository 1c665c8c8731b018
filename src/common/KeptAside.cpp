#include "common/KeptAside.h"

#include <QFile>
#include <QFileInfo>

namespace liner::common {

namespace {

QString freeName(const QString& path, const QString& suffix)
{
    QString name = path + u'.' + suffix;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = QStringLiteral("%1.%2-%3").arg(path, suffix).arg(n);
    return name;
}

} // namespace

QString moveAside(const QString& path, const QString& suffix)
{
    // QFile::rename never replaces a file that is there (renameat2's RENAME_NOREPLACE).
    const QString aside = freeName(path, suffix);
    return QFile::rename(path, aside) ? aside : QString();
}

QString copyAside(const QString& path, const QString& suffix)
{
    const QString copy = freeName(path, suffix);
    return QFile::copy(path, copy) ? copy : QString();
}

} // namespace liner::common
