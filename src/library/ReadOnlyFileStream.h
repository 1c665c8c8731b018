#pragma once

#include "common/InputFile.h"

#include <QByteArray>
#include <taglib/tiostream.h>

namespace liner::library {

// A file for TagLib to read tags from: positions are kept here and reads are pread()s, where
// TagLib's own FileStream goes through stdio and asks the kernel for the file's length (three
// lseek() calls) each time a format reader wants it. Reading a library's tags is mostly such
// calls; this took a quarter off a first scan's CPU. The small reads a format reader makes one
// after another (a header, a block's length, the block) are served from one read ahead of them,
// which halved the system calls again. The file is opened under Liner's one rule (a FIFO or
// device named like an audio file is refused, never waited on). Writing is not supported.
class ReadOnlyFileStream : public TagLib::IOStream
{
public:
    explicit ReadOnlyFileStream(QByteArray path, InputFile::Seen seen = InputFile::Seen::NotYet);
    ~ReadOnlyFileStream() override = default;
    ReadOnlyFileStream(const ReadOnlyFileStream&) = delete;
    ReadOnlyFileStream& operator=(const ReadOnlyFileStream&) = delete;

    TagLib::FileName name() const override { return m_path.constData(); }
    TagLib::ByteVector readBlock(unsigned long length) override;
    void writeBlock(const TagLib::ByteVector& data) override;
    void insert(const TagLib::ByteVector& data, unsigned long start,
                unsigned long replace) override;
    void removeBlock(unsigned long start, unsigned long length) override;
    bool readOnly() const override { return true; }
    bool isOpen() const override { return m_file.isOpen(); }
    const InputFile& file() const { return m_file; }
    // Why the file is not open, in words a user can act on.
    const QString& error() const { return m_file.error(); }
    void seek(long offset, Position from) override;
    long tell() const override { return m_position; }
    long length() override { return m_length; }
    void truncate(long length) override;

private:
    // Copies what the read-ahead holds of the file from m_position + at, up to `length` bytes,
    // into `block` at `at`; how much it copied.
    unsigned long fromReadAhead(TagLib::ByteVector& block, unsigned long at,
                                unsigned long length) const;

    QByteArray m_path;
    InputFile m_file;
    QByteArray m_readAhead;
    long m_readAheadStart = 0;
    long m_position = 0;
    long m_length = 0;
};

} // namespace liner::library
