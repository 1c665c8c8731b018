#include "library/ReadOnlyFileStream.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace liner::library {

ReadOnlyFileStream::ReadOnlyFileStream(QByteArray path) : m_path(std::move(path))
{
    // O_NONBLOCK: a FIFO named like an audio file must not stop the scan.
    m_descriptor = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    struct stat status = {};
    if (m_descriptor >= 0 && (::fstat(m_descriptor, &status) != 0 || !S_ISREG(status.st_mode))) {
        ::close(m_descriptor);
        m_descriptor = -1;
    }
    m_length = isOpen() ? long(status.st_size) : 0;
}

ReadOnlyFileStream::~ReadOnlyFileStream()
{
    if (isOpen())
        ::close(m_descriptor);
}

TagLib::ByteVector ReadOnlyFileStream::readBlock(unsigned long length)
{
    if (!isOpen() || m_position >= m_length)
        return {};
    const auto wanted = std::min<unsigned long>(length, m_length - m_position);
    TagLib::ByteVector block(static_cast<unsigned int>(wanted), 0);
    unsigned long got = 0;
    while (got < wanted) {
        const ssize_t read =
            ::pread(m_descriptor, block.data() + got, wanted - got, off_t(m_position + long(got)));
        if (read > 0)
            got += static_cast<unsigned long>(read);
        else if (read == 0 || errno != EINTR)
            break;
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
