#pragma once

#include <QByteArray>
#include <cstddef>
#include <cstdint>

// libFuzzer's input as Qt bytes, without a copy.
inline QByteArray fuzzBytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input written to a file of its own (libFuzzer runs one input at a time per process), for
// readers that open files by name. The first byte picks the extension the name gets, since
// FFmpeg and TagLib both look at it.
QString fuzzFile(const std::uint8_t* data, std::size_t size);
