#pragma once

#include <QJsonObject>
#include <QString>

namespace liner::playlist {

// What reading one of Liner's own JSON files found.
struct JsonFileRead
{
    QJsonObject root;   // empty when there is no such file yet
    QString cannotRead; // the file is there but could not be opened
    QString damage;     // the file is not a JSON object
};

JsonFileRead readJsonFile(const QString& path);

// A user data file Liner cannot understand is kept, renamed beside itself to PATH.damaged (or
// .damaged-2, -3, … when taken), never overwritten; returns where it went.
QString keepDamagedFile(const QString& path);

} // namespace liner::playlist
