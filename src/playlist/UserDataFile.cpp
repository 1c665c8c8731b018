#include "playlist/UserDataFile.h"

#include "common/InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace liner::playlist {

JsonFileRead readJsonFile(const QString& path)
{
    JsonFileRead read;
    const InputBytes file = readInputFile(path, InputKind::UserData);
    if (file.missing)
        return read;
    if (!file.ok()) {
        read.cannotRead = file.error;
        return read;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.bytes, &error);
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
