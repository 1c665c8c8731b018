#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace liner::server {

// One answer of the Subsonic API, read from JSON or XML into the same shape: the inside of
// "subsonic-response", where in XML an element's attributes are its fields, its text is "value",
// and child elements are arrays. The readers below accept a value, an array or a string number
// wherever the specification allows one of them, since servers differ in exactly that.
struct SubsonicResponse
{
    QJsonObject body;
    // The server's error envelope (40: wrong password, 70: not found, ...); -1 when none.
    int errorCode = -1;
    QString errorMessage;
    // Set when the answer was no Subsonic answer at all (garbage, cut off).
    QString malformed;

    bool isOk() const { return errorCode < 0 && malformed.isEmpty(); }

    static SubsonicResponse parse(const QByteArray& data);
};

// `object[key]` as a list of objects: an array, a single object, or none.
QJsonArray listOf(const QJsonObject& object, const QString& key);
// `object[key]` as an object: the object, the first of an array, or an empty one.
QJsonObject objectOf(const QJsonObject& object, const QString& key);
// Numbers as numbers or as strings ("12"); 0 when absent or not a number.
qint64 integerOf(const QJsonObject& object, const QString& key);
double realOf(const QJsonObject& object, const QString& key, double fallback = 0.0);
bool hasNumber(const QJsonObject& object, const QString& key);
QString textOf(const QJsonObject& object, const QString& key);

} // namespace liner::server
