#include "library/ReadOnlyFileStream.h"

#include <algorithm>

namespace liner::library {

ReadOnlyFileStream::ReadOnlyFileStream(QByteArray path)
    : m_path(std::move(path)), m_file(m_path), m_length(long(m_file.size()))
{}

TagLib::ByteVector ReadOnlyFileStream::readBlock(unsigned long length)
{
    if (!isOpen() || m_position >= m_length)
        return {};
    const auto wanted = std::min<unsigned long>(length, m_length - m_position);
    TagLib::ByteVector block(static_cast<unsigned int>(wanted), 0);
    const qint64 got = std::max<qint64>(0, m_file.readAt(block.data(), qint64(wanted), m_position));
    block.resize(static_cast<unsigned int>(got));
    m_position += long(got);
    return block;
}

void ReadOnlyFileStream::writeBlock(const TagLib::ByteVector&) {}

void ReadOnlyFileStream::insert(const TagLib::ByteVector&, unsigned long, unsigned long) {}

void ReadOnlyFileStream::removeBlock(unsigned long, unsigned long) {}

void ReadOnlyFileStream::seek(long offset, Position from)
{
    const long base = from == Beginning ? 0 : from == Current ? m_position : m_length;
    // As with fseek(), a place before the start leaves the position where it was.
    if (base + offset >= 0)
        m_position = base + offset;
}

void ReadOnlyFileStream::truncate(long) {}

} // namespace liner::library
