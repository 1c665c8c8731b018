#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtEndian>
#include <type_traits>

namespace liner::library {

// Reads what a QDataStream of version Qt_6_4 in its default byte order (big-endian) wrote, for
// the types a library cache row holds, straight from the bytes. QDataStream reads each field
// through a QBuffer's virtual calls: that was half the time of decoding a cache of 100,000 tracks
// at every start. What it gives back is what QDataStream would: a null string or byte array for
// QDataStream's null marker, an empty one for a length of 0.
//
// A read past the end, or a length that cannot be, stops the reader: ok() is then false, every
// later read gives default values, and nothing beyond the bytes is touched.
class DataStreamReader
{
public:
    explicit DataStreamReader(const QByteArray& bytes)
        : m_at(bytes.constData()), m_end(bytes.constData() + bytes.size())
    {}
    // It reads the bytes where they are: they must outlive it.
    explicit DataStreamReader(QByteArray&& bytes) = delete;

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    // Marks the bytes as damaged (a number that names nothing, say).
    void fail() { m_ok = false; }

    template <typename Integer>
    requires std::is_integral_v<Integer> DataStreamReader& operator>>(Integer& value)
    {
        value = Integer{};
        if (const char* at = take(sizeof(Integer)))
            value = qFromBigEndian<Integer>(at);
        return *this;
    }
    DataStreamReader& operator>>(bool& value);
    DataStreamReader& operator>>(double& value);
    DataStreamReader& operator>>(QString& value);
    DataStreamReader& operator>>(QByteArray& value);
    DataStreamReader& operator>>(QStringList& value);

private:
    // The next `size` bytes, or nullptr (and the reader stopped) when there are not that many.
    const char* take(qsizetype size);
    qsizetype remaining() const { return m_end - m_at; }

    const char* m_at;
    const char* m_end;
    bool m_ok = true;
};

} // namespace liner::library
