#include "support/Unprivileged.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <unistd.h>

namespace liner::testing {

namespace {
constexpr QFile::Permissions kFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                       QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                       QFile::ExeOther;
constexpr QFile::Permissions kFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
} // namespace

QStringList asNobodyWhenRoot()
{
    if (::geteuid() != 0)
        return {};
    return {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
            QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
}

QString runnableByNobody(const QString& executable, const QString& scratch)
{
    const QStringList asNobody = asNobodyWhenRoot();
    if (asNobody.isEmpty() ||
        QProcess::execute(asNobody.first(), asNobody.mid(1)
                                                << QStringLiteral("test") << QStringLiteral("-x")
                                                << executable) == 0)
        return executable;
    const QString copy = QDir(scratch).filePath(QFileInfo(executable).fileName());
    if (!QFile::copy(executable, copy) || !openToEveryone(scratch) ||
        !QFile::setPermissions(copy, kFolder))
        return {};
    return copy;
}

bool openToEveryone(const QString& folder)
{
    bool opened = QFile::setPermissions(folder, kFolder);
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (!entry.isSymLink())
            opened &= QFile::setPermissions(entry.filePath(), entry.isDir() ? kFolder : kFile);
    }
    return opened;
}

bool lockFolder(const QString& folder)
{
    return QFile::setPermissions(folder, {});
}

bool unlockFolder(const QString& folder)
{
    return QFile::setPermissions(folder, kFolder);
}

} // namespace liner::testing
