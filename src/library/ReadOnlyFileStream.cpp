#include "library/ReadOnlyFileStream.h"

#include <algorithm>

namespace liner::library {

ReadOnlyFileStream::ReadOnlyFileStream(QByteArray path, InputFile::Seen seen)
    : m_path(std::move(path)), m_file(m_path, seen), m_length(long(m_file.size()))
{}

namespace {

// Enough for the headers and tags of most files at one go; a large picture is read as it is.
constexpr unsigned long kReadAhead = 16UL * 1024;

} // namespace

unsigned long ReadOnlyFileStream::fromReadAhead(TagLib::ByteVector& block, unsigned long at,
                                                unsigned long length) const
{
    const long offset = m_position + long(at) - m_readAheadStart;
    if (offset < 0 || offset >= long(m_readAhead.size()))
        return 0;
    const auto count = std::min<unsigned long>(length, m_readAhead.size() - offset);
    std::copy_n(m_readAhead.constData() + offset, count, block.data() + at);
    return count;
}

TagLib::ByteVector ReadOnlyFileStream::readBlock(unsigned long length)
{
    if (!isOpen() || m_position >= m_length)
        return {};
    const auto wanted = std::min<unsigned long>(length, m_length - m_position);
    TagLib::ByteVector block(static_cast<unsigned int>(wanted), 0);
    unsigned long got = fromReadAhead(block, 0, wanted);
    if (got < wanted && wanted - got < kReadAhead) {
        // A small read past what is held: read ahead from here and serve it from that.
        m_readAheadStart = m_position + long(got);
        m_readAhead.resize(qsizetype(kReadAhead));
        const qint64 read = m_file.readAt(m_readAhead.data(), qint64(kReadAhead), m_readAheadStart);
        m_readAhead.resize(read > 0 ? qsizetype(read) : 0);
        got += fromReadAhead(block, got, wanted - got);
    }
    if (got < wanted) {
        const qint64 read =
            m_file.readAt(block.data() + got, qint64(wanted - got), m_position + long(got));
        got += static_cast<unsigned long>(std::max<qint64>(read, 0));
    }
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
