#include "app/JsonWriter.h"

#include <QLocale>

namespace liner::app {

void JsonWriter::separate()
{
    if (!m_first)
        m_bytes += ',';
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_bytes += '{';
    m_first = true;
}

void JsonWriter::endObject()
{
    m_bytes += '}';
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_bytes += '[';
    m_first = true;
}

void JsonWriter::endArray()
{
    m_bytes += ']';
    m_first = false;
}

void JsonWriter::key(const char* name)
{
    separate();
    m_bytes += '"';
    m_bytes += name;
    m_bytes += "\":";
    m_first = true; // the value takes no comma
}

void JsonWriter::key(QStringView name)
{
    string(name);
    m_bytes += ':';
    m_first = true;
}

void JsonWriter::string(QStringView text)
{
    separate();
    m_bytes += '"';
    const QByteArray utf8 = text.toUtf8();
    // Runs of characters that need no escape are copied at once.
    const char* run = utf8.constData();
    const char* const end = run + utf8.size();
    for (const char* at = run; at < end; ++at) {
        const auto c = static_cast<unsigned char>(*at);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_bytes.append(run, at - run);
        run = at + 1;
        switch (c) {
        case '"':
            m_bytes += "\\\"";
            break;
        case '\\':
            m_bytes += "\\\\";
            break;
        case '\b':
            m_bytes += "\\b";
            break;
        case '\f':
            m_bytes += "\\f";
            break;
        case '\n':
            m_bytes += "\\n";
            break;
        case '\r':
            m_bytes += "\\r";
            break;
        case '\t':
            m_bytes += "\\t";
            break;
        default:
            m_bytes += "\\u00";
            m_bytes += "0123456789abcdef"[c >> 4];
            m_bytes += "0123456789abcdef"[c & 0xf];
        }
    }
    m_bytes.append(run, end - run);
    m_bytes += '"';
}

void JsonWriter::number(qint64 number)
{
    separate();
    m_bytes += QByteArray::number(number);
}

void JsonWriter::number(double number)
{
    separate();
    m_bytes += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::boolean(bool value)
{
    separate();
    m_bytes += value ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_bytes += "null";
}

void JsonWriter::textOrNull(QStringView text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::numberOrNull(qint64 number)
{
    if (number > 0)
        this->number(number);
    else
        null();
}

void JsonWriter::numberOrNull(const std::optional<double>& number)
{
    if (number)
        this->number(*number);
    else
        null();
}

void JsonWriter::strings(const QStringList& texts)
{
    beginArray();
    for (const QString& text : texts)
        string(text);
    endArray();
}

} // namespace liner::app
