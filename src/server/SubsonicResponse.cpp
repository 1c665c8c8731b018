#include "server/SubsonicResponse.h"

#include <QJsonDocument>
#include <QXmlStreamReader>

namespace liner::server {

namespace {

const QString kEnvelope = QStringLiteral("subsonic-response");

// An element and everything in it: attributes as fields, child elements as arrays under their
// name, text as "value".
QJsonObject readElement(QXmlStreamReader& xml)
{
    QJsonObject object;
    for (const QXmlStreamAttribute& attribute : xml.attributes())
        object.insert(attribute.name().toString(), attribute.value().toString());
    QString text;
    while (xml.readNext() != QXmlStreamReader::Invalid) {
        if (xml.isEndElement())
            break;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            QJsonArray children = object.value(name).toArray();
            children.append(readElement(xml));
            object.insert(name, children);
        }
    }
    if (!text.trimmed().isEmpty())
        object.insert(QStringLiteral("value"), text);
    return object;
}

SubsonicResponse fromEnvelope(const QJsonObject& envelope)
{
    SubsonicResponse response;
    response.body = envelope;
    const QString status = textOf(envelope, QStringLiteral("status"));
    const QJsonObject error = objectOf(envelope, QStringLiteral("error"));
    if (status == u"ok" && error.isEmpty())
        return response;
    if (status != u"failed" && error.isEmpty()) {
        response.malformed = QStringLiteral("an answer with neither \"ok\" nor an error");
        return response;
    }
    // Some servers answer "ok" with an error inside; the error wins.
    response.errorCode = int(integerOf(error, QStringLiteral("code")));
    response.errorMessage = textOf(error, QStringLiteral("message"));
    return response;
}

} // namespace

SubsonicResponse SubsonicResponse::parse(const QByteArray& data)
{
    const QByteArray trimmed = data.trimmed();
    if (trimmed.startsWith('<')) {
        QXmlStreamReader xml(trimmed);
        while (xml.readNextStartElement()) {
            if (xml.name() == kEnvelope) {
                const QJsonObject envelope = readElement(xml);
                if (!xml.hasError())
                    return fromEnvelope(envelope);
                break;
            }
            xml.skipCurrentElement();
        }
        SubsonicResponse response;
        response.malformed = xml.hasError()
                                 ? QStringLiteral("broken XML: %1").arg(xml.errorString())
                                 : QStringLiteral("XML without a subsonic-response");
        return response;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    SubsonicResponse response;
    if (document.isNull()) {
        response.malformed =
            trimmed.isEmpty()
                ? QStringLiteral("an empty answer")
                : QStringLiteral("neither JSON nor XML (%1)").arg(error.errorString());
        return response;
    }
    const QJsonValue envelope = document.object().value(kEnvelope);
    if (!envelope.isObject()) {
        response.malformed = QStringLiteral("JSON without a subsonic-response");
        return response;
    }
    return fromEnvelope(envelope.toObject());
}

QJsonArray listOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray{value};
    return {};
}

QJsonObject objectOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray().at(0).toObject();
    return value.toObject();
}

qint64 integerOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return qint64(value.toDouble());
    return value.toString().toLongLong();
}

double realOf(const QJsonObject& object, const QString& key, double fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    return ok ? number : fallback;
}

bool hasNumber(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    bool ok = value.isDouble();
    if (value.isString())
        value.toString().toDouble(&ok);
    return ok;
}

QString textOf(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace liner::server
