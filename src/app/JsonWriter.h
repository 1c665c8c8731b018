#pragma once

#include <QByteArray>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace liner::app {

// Writes compact JSON text straight into bytes, as QJsonDocument::toJson(Compact) would write the
// same values (UTF-8, control characters escaped, doubles in their shortest form). A scan writes
// an object per file: building each as a QJsonObject first cost more than reading the file's tags.
// Keys are the caller's to order; `--scan` gives them alphabetically, as QJsonObject did.
class JsonWriter
{
public:
    // A scan's object is a kilobyte or two: one allocation for most.
    JsonWriter() { m_bytes.reserve(4096); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Starts a member of the object being written; its value follows.
    void key(const char* name);
    void key(QStringView name);

    void string(QStringView text);
    void number(qint64 number);
    void number(double number);
    void boolean(bool value);
    void null();
    // Empty text and numbers below 1 as null, as `--scan` reports values it does not know.
    void textOrNull(QStringView text);
    void numberOrNull(qint64 number);
    void numberOrNull(const std::optional<double>& number);
    void strings(const QStringList& texts);

    const QByteArray& bytes() const { return m_bytes; }
    // The bytes, no larger than they need to be: a scan keeps a folder's objects until it is done.
    QByteArray take()
    {
        m_bytes.squeeze();
        return std::move(m_bytes);
    }

private:
    // A comma before every value but the first of its object or array.
    void separate();

    QByteArray m_bytes;
    bool m_first = true;
};

} // namespace liner::app
