#include "engine/DecoderView.h"

#include "common/InputFile.h"

#include <QtEndian>
#include <algorithm>
#include <array>

namespace liner::engine {

namespace {

// More items than this in one tag block is not a tag a person wrote; below it, FFmpeg's
// quadratic store costs nothing measurable.
constexpr quint32 kMaxTagItems = 1024;
constexpr qint64 kMaxTagBytes = qint64{1024} * 1024;
// Bounds the walks over boxes and chunks, so a file of tiny chunks cannot make them slow.
constexpr int kMaxChunks = 4096;

class FileBytes
{
public:
    explicit FileBytes(const InputFile& file) : m_file(file) {}
    QByteArray at(qint64 offset, qint64 length) const
    {
        if (offset < 0 || length <= 0 || offset >= m_file.size())
            return {};
        QByteArray bytes(std::min(length, m_file.size() - offset), Qt::Uninitialized);
        const qint64 read = m_file.readAt(bytes.data(), bytes.size(), offset);
        bytes.resize(std::max<qint64>(0, read));
        return bytes;
    }
    qint64 size() const { return m_file.size(); }

private:
    const InputFile& m_file;
};

quint32 be32(const QByteArray& bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}
quint32 le32(const QByteArray& bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// The end of the ID3v2 tags at `offset` (several may follow each other), or `offset`.
qint64 afterId3v2(const FileBytes& file, qint64 offset)
{
    for (int tag = 0; tag < kMaxChunks; ++tag) {
        const QByteArray header = file.at(offset, 10);
        if (header.size() < 10 || !header.startsWith("ID3") || (header[6] & 0x80) != 0 ||
            (header[7] & 0x80) != 0 || (header[8] & 0x80) != 0 || (header[9] & 0x80) != 0)
            return offset;
        const qint64 size = (qint64(header[6]) << 21) | (qint64(header[7]) << 14) |
                            (qint64(header[8]) << 7) | qint64(header[9]);
        offset += 10 + size + ((header[5] & 0x10) != 0 ? 10 : 0);
    }
    return offset;
}

void hideFlacComments(const FileBytes& file, qint64 offset, std::vector<DecoderView::Patch>& out)
{
    offset += 4; // "fLaC"
    for (int block = 0; block < kMaxChunks; ++block) {
        const QByteArray header = file.at(offset, 4);
        if (header.size() < 4)
            return;
        const auto type = char(header[0] & 0x7f);
        const bool last = (header[0] & 0x80) != 0;
        const qint64 length = qint64(be32(header, 0) & 0xffffff);
        if (type == 4) { // VORBIS_COMMENT
            const QByteArray vendor = file.at(offset + 4, 4);
            const qint64 vendorLength = vendor.size() == 4 ? le32(vendor, 0) : 0;
            const QByteArray count = file.at(offset + 8 + vendorLength, 4);
            if (length > kMaxTagBytes || (count.size() == 4 && le32(count, 0) > kMaxTagItems))
                out.push_back({offset, QByteArray(1, char((header[0] & 0x80) | 1))}); // PADDING
        }
        if (last)
            return;
        offset += 4 + length;
    }
}

quint32 oggCrc(const QByteArray& page)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                r = (r & 0x80000000U) != 0 ? (r << 1) ^ 0x04c11db7U : r << 1;
            entries[i] = r;
        }
        return entries;
    }();
    quint32 crc = 0;
    for (const char byte : page)
        crc = (crc << 8) ^ table[((crc >> 24) ^ static_cast<unsigned char>(byte)) & 0xff];
    return crc;
}

// An Ogg page: where its data starts and where the next page starts.
struct OggPage
{
    QByteArray bytes;
    qint64 dataStart = 0;
    qint64 next = 0;
};

std::optional<OggPage> oggPage(const FileBytes& file, qint64 offset)
{
    const QByteArray header = file.at(offset, 27);
    if (header.size() < 27 || !header.startsWith("OggS"))
        return std::nullopt;
    const int segments = static_cast<unsigned char>(header[26]);
    const QByteArray table = file.at(offset + 27, segments);
    if (table.size() < segments)
        return std::nullopt;
    qint64 dataLength = 0;
    for (const char lacing : table)
        dataLength += static_cast<unsigned char>(lacing);
    const qint64 headerLength = 27 + segments;
    return OggPage{file.at(offset, headerLength + dataLength), headerLength,
                   offset + headerLength + dataLength};
}

// The comment header begins the second page (Vorbis I and RFC 7845 require it): its count of
// comments is set to none and the page's checksum made true again.
void hideOggComments(const FileBytes& file, qint64 offset, std::vector<DecoderView::Patch>& out)
{
    const std::optional<OggPage> first = oggPage(file, offset);
    if (!first)
        return;
    std::optional<OggPage> second = oggPage(file, first->next);
    if (!second)
        return;
    QByteArray& page = second->bytes;
    const QByteArray packet = page.mid(second->dataStart);
    qsizetype vendorAt = -1;
    if (packet.startsWith("\x03vorbis"))
        vendorAt = 7;
    else if (packet.startsWith("OpusTags"))
        vendorAt = 8;
    if (vendorAt < 0 || packet.size() < vendorAt + 4)
        return;
    const qint64 countAt = vendorAt + 4 + le32(packet, vendorAt);
    if (countAt + 4 > packet.size() || le32(packet, countAt) <= kMaxTagItems)
        return;
    const qsizetype inPage = second->dataStart + qsizetype(countAt);
    qToLittleEndian<quint32>(0, page.data() + inPage);
    qToLittleEndian<quint32>(0, page.data() + 22);
    qToLittleEndian<quint32>(oggCrc(page), page.data() + 22);
    out.push_back({first->next + 22, page.mid(22, 4)});
    out.push_back({first->next + inPage, page.mid(inPage, 4)});
}

// Walks the boxes of an MP4 in [offset, end), calling `visit(type, at, headerLength, size)`.
template <typename Visit>
void walkBoxes(const FileBytes& file, qint64 offset, qint64 end, Visit visit)
{
    for (int box = 0; box < kMaxChunks && offset + 8 <= end; ++box) {
        const QByteArray header = file.at(offset, 16);
        if (header.size() < 8)
            return;
        qint64 size = be32(header, 0);
        qint64 headerLength = 8;
        if (size == 1 && header.size() == 16) {
            size = qint64(qFromBigEndian<quint64>(header.constData() + 8));
            headerLength = 16;
        } else if (size == 0) {
            size = end - offset;
        }
        if (size < headerLength || offset + size > end)
            return;
        visit(header.mid(4, 4), offset, headerLength, size);
        offset += size;
    }
}

qint64 countBoxes(const FileBytes& file, qint64 offset, qint64 end)
{
    qint64 count = 0;
    walkBoxes(file, offset, end, [&count](const QByteArray&, qint64, qint64, qint64) { ++count; });
    return count;
}

// iTunes-style items (moov/udta/meta/ilst) and QuickTime-style ones (moov/udta/©nam...): a list
// of too many becomes a 'free' box, which every reader skips.
void hideMp4Items(const FileBytes& file, std::vector<DecoderView::Patch>& out)
{
    const auto hideIfCrowded = [&](qint64 at, qint64 headerLength, qint64 size) {
        if (size - headerLength > kMaxTagBytes * 16 ||
            countBoxes(file, at + headerLength, at + size) > kMaxTagItems)
            out.push_back({at + 4, QByteArrayLiteral("free")});
    };
    const auto inMeta = [&](const QByteArray& type, qint64 at, qint64 headerLength, qint64 size) {
        if (type == "ilst")
            hideIfCrowded(at, headerLength, size);
    };
    const auto walkMeta = [&](qint64 at, qint64 headerLength, qint64 size) {
        // ISO's meta is a full box (4 bytes of version and flags); QuickTime's is not.
        const QByteArray first = file.at(at + headerLength, 4);
        const qint64 children = first.size() == 4 && be32(first, 0) == 0 ? 4 : 0;
        walkBoxes(file, at + headerLength + children, at + size, inMeta);
    };
    const auto inUdta = [&](const QByteArray& type, qint64 at, qint64 headerLength, qint64 size) {
        if (type == "meta")
            walkMeta(at, headerLength, size);
    };
    const auto inMoov = [&](const QByteArray& type, qint64 at, qint64 headerLength, qint64 size) {
        if (type == "udta") {
            if (countBoxes(file, at + headerLength, at + size) > kMaxTagItems)
                out.push_back({at + 4, QByteArrayLiteral("free")});
            else
                walkBoxes(file, at + headerLength, at + size, inUdta);
        } else if (type == "meta") {
            walkMeta(at, headerLength, size);
        }
    };
    walkBoxes(file, 0, file.size(),
              [&](const QByteArray& type, qint64 at, qint64 headerLength, qint64 size) {
                  if (type == "moov")
                      walkBoxes(file, at + headerLength, at + size, inMoov);
              });
}

// RIFF (WAVE) and IFF (AIFF) chunks: ID3 chunks, and tag lists too large, renamed to a chunk
// nobody reads.
void hideChunkTags(const FileBytes& file, bool bigEndian, std::vector<DecoderView::Patch>& out)
{
    qint64 offset = 12;
    for (int chunk = 0; chunk < kMaxChunks; ++chunk) {
        const QByteArray header = file.at(offset, 8);
        if (header.size() < 8)
            return;
        const QByteArray id = header.left(4);
        const qint64 size = bigEndian ? be32(header, 4) : le32(header, 4);
        if (id == "id3 " || id == "ID3 " || (id == "LIST" && size > kMaxTagBytes))
            out.push_back(
                {offset, bigEndian ? QByteArrayLiteral("junk") : QByteArrayLiteral("JUNK")});
        offset += 8 + size + (size & 1);
    }
}

// The start of an APEv2 tag at the end of the file when it is too large to show, else `end`.
qint64 beforeApeTag(const FileBytes& file, qint64 start, qint64 end)
{
    const QByteArray footer = file.at(end - 32, 32);
    if (footer.size() < 32 || !footer.startsWith("APETAGEX"))
        return end;
    const qint64 size = le32(footer, 12);
    const quint32 items = le32(footer, 16);
    const bool hasHeader = (le32(footer, 20) & 0x80000000U) != 0;
    const qint64 tagStart = end - size - (hasHeader ? 32 : 0);
    if (tagStart < start || (items <= kMaxTagItems && size <= kMaxTagBytes))
        return end;
    return tagStart;
}

} // namespace

DecoderView DecoderView::of(const InputFile& input)
{
    const FileBytes file(input);
    DecoderView view;
    view.start = afterId3v2(file, 0);
    view.end = std::max(view.start, file.size());
    const QByteArray magic = file.at(view.start, 12);
    if (magic.startsWith("fLaC")) {
        hideFlacComments(file, view.start, view.patches);
    } else if (magic.startsWith("OggS")) {
        hideOggComments(file, view.start, view.patches);
    } else if (magic.mid(4, 4) == "ftyp" && view.start == 0) {
        hideMp4Items(file, view.patches);
    } else if (magic.startsWith("RIFF") && magic.mid(8, 4) == "WAVE" && view.start == 0) {
        hideChunkTags(file, false, view.patches);
    } else if (magic.startsWith("FORM") && view.start == 0) {
        hideChunkTags(file, true, view.patches);
    } else {
        view.end = beforeApeTag(file, view.start, view.end);
    }
    std::sort(view.patches.begin(), view.patches.end(),
              [](const Patch& a, const Patch& b) { return a.offset < b.offset; });
    return view;
}

qint64 DecoderView::read(const InputFile& file, char* into, qint64 length, qint64 offset) const
{
    const qint64 from = start + offset;
    length = std::min(length, end - from);
    if (offset < 0 || length <= 0)
        return 0;
    const qint64 got = file.readAt(into, length, from);
    for (const Patch& patch : patches) {
        const qint64 overlapStart = std::max(from, patch.offset);
        const qint64 overlapEnd = std::min(from + got, patch.offset + patch.bytes.size());
        for (qint64 at = overlapStart; at < overlapEnd; ++at)
            into[at - from] = patch.bytes[at - patch.offset];
    }
    return got;
}

} // namespace liner::engine
