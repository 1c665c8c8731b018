#include "library/DataStreamReader.h"

#include <bit>

namespace liner::library {

namespace {
// QDataStream's length of a null QString or QByteArray.
constexpr quint32 kNull = 0xffffffff;
} // namespace

const char* DataStreamReader::take(qsizetype size)
{
    if (!m_ok || size > remaining()) {
        m_ok = false;
        return nullptr;
    }
    const char* at = m_at;
    m_at += size;
    return at;
}

DataStreamReader& DataStreamReader::operator>>(bool& value)
{
    qint8 byte = 0;
    *this >> byte;
    value = byte != 0;
    return *this;
}

DataStreamReader& DataStreamReader::operator>>(double& value)
{
    quint64 bits = 0;
    *this >> bits;
    value = std::bit_cast<double>(bits);
    return *this;
}

DataStreamReader& DataStreamReader::operator>>(QString& value)
{
    value = QString();
    quint32 bytes = 0;
    *this >> bytes;
    if (!m_ok || bytes == kNull)
        return *this;
    if (bytes % 2 != 0) {
        m_ok = false;
        return *this;
    }
    if (const char* at = take(qsizetype(bytes))) {
        value = QString(qsizetype(bytes / 2), Qt::Uninitialized);
        qFromBigEndian<char16_t>(at, qsizetype(bytes / 2), value.data());
    }
    return *this;
}

DataStreamReader& DataStreamReader::operator>>(QByteArray& value)
{
    value = QByteArray();
    quint32 size = 0;
    *this >> size;
    if (!m_ok || size == kNull)
        return *this;
    if (const char* at = take(qsizetype(size)))
        value = QByteArray(at, qsizetype(size));
    return *this;
}

DataStreamReader& DataStreamReader::operator>>(QStringList& value)
{
    value.clear();
    quint32 count = 0;
    *this >> count;
    // Each string takes four bytes at least: a damaged count must not reserve gigabytes.
    if (!m_ok || count > quint32(remaining() / 4)) {
        m_ok = false;
        return *this;
    }
    value.reserve(qsizetype(count));
    for (quint32 i = 0; i < count && m_ok; ++i) {
        QString text;
        *this >> text;
        value << std::move(text);
    }
    // As QDataStream does, a list cut short is no list.
    if (!m_ok)
        value.clear();
    return *this;
}

} // namespace liner::library
