#include "support/HostileFiles.h"

#include <QtEndian>

namespace liner::testing {

namespace {

QByteArray littleEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray syncSafe(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 3; i >= 0; --i) {
        bytes[i] = char(value & 0x7f);
        value >>= 7;
    }
    return bytes;
}

} // namespace

QByteArray flacWithComments(const QByteArray& flac, int count)
{
    // STREAMINFO is always the first block: the comments go right after it, and STREAMINFO is no
    // longer last if it was.
    const QByteArray vendor = "hostile tagger";
    QByteArray body =
        littleEndian32(quint32(vendor.size())) + vendor + littleEndian32(quint32(count));
    for (int i = 0; i < count; ++i) {
        const QByteArray comment = "K" + QByteArray::number(i) + "=v";
        body += littleEndian32(quint32(comment.size())) + comment;
    }
    QByteArray out = flac.left(8 + 34);
    const bool streamInfoLast = (out[4] & 0x80) != 0;
    out[4] = char(out[4] & 0x7f);
    const quint32 length = quint32(body.size());
    out += char(streamInfoLast ? 0x84 : 0x04);
    out += char(length >> 16);
    out += char(length >> 8);
    out += char(length);
    out += body;
    out += flac.mid(8 + 34);
    return out;
}

QByteArray withId3Frames(const QByteArray& audio, int count)
{
    QByteArray frames;
    frames.reserve(qsizetype(count) * 24);
    for (int i = 0; i < count; ++i) {
        // TXXX: encoding 0, a description unique to the frame, a value.
        const QByteArray content = '\0' + "D" + QByteArray::number(i) + '\0' + "v";
        QByteArray size(4, '\0');
        qToBigEndian(quint32(content.size()), size.data());
        frames += "TXXX" + size + QByteArray(2, '\0') + content;
    }
    return "ID3" + QByteArray("\x03\x00\x00", 3) + syncSafe(quint32(frames.size())) + frames +
           audio;
}

QByteArray flacClaimingChannels(const QByteArray& flac, int channels)
{
    QByteArray out = flac;
    // STREAMINFO's data starts at 8; its 13th byte holds (channels - 1) in bits 3..1.
    out[8 + 12] = char((out[8 + 12] & 0xf1) | ((channels - 1) << 1));
    return out;
}

} // namespace liner::testing
