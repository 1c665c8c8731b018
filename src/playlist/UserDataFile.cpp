#include "playlist/UserDataFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace liner::playlist {

JsonFileRead readJsonFile(const QString& path)
{
    JsonFileRead read;
    QFile file(path);
    if (!file.exists())
        return read;
    if (!file.open(QIODevice::ReadOnly)) {
        read.cannotRead = file.errorString();
        return read;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        read.damage = error.errorString();
    else if (!document.isObject())
        read.damage = QStringLiteral("not a JSON object");
    read.root = document.object();
    return read;
}

QString keepDamagedFile(const QString& path)
{
    QString aside = path + QStringLiteral(".damaged");
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".damaged-%1").arg(n);
    QFile::rename(path, aside);
    return aside;
}

} // namespace liner::playlist
