#pragma once

#include <QHash>
#include <QString>
#include <array>
#include <memory>

namespace liner::library {

// Text that many tracks share (artists, albums, genres, codecs, moods) kept once and named by a
// number, so a library of 100,000 tracks holds each album's name once rather than once per track.
//
// One thread adds strings (the library's pass); any thread may read the numbers it has been
// given, while more are added: strings live in blocks that never move.
class StringPool
{
public:
    using Id = quint32;
    // The empty string's number, in every pool.
    static constexpr Id kEmpty = 0;

    StringPool();
    StringPool(const StringPool&) = delete;
    StringPool& operator=(const StringPool&) = delete;
    ~StringPool();

    // The number of `text`, adding it if it is new. From the adding thread only.
    Id intern(const QString& text);
    const QString& at(Id id) const { return (*m_blocks)[id >> kBlockBits][id & kBlockMask]; }

private:
    static constexpr int kBlockBits = 12;
    static constexpr Id kBlockMask = (1u << kBlockBits) - 1;
    static constexpr int kBlocks = 1 << 16;

    std::unique_ptr<std::array<std::unique_ptr<QString[]>, kBlocks>> m_blocks;
    QHash<QString, Id> m_ids;
    Id m_size = 0;
};

} // namespace liner::library
