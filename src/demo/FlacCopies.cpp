#include "demo/FlacCopies.h"

#include <QFile>
#include <QtEndian>

namespace liner::demo {

namespace {

constexpr char kStreamInfo = 0;
constexpr char kVorbisComment = 4;
constexpr unsigned char kLastBlock = 0x80;

void appendLittleEndian32(QByteArray& bytes, quint32 value)
{
    char field[4];
    qToLittleEndian(value, field);
    bytes.append(field, 4);
}

} // namespace

FlacCopies::FlacCopies(const QByteArray& model)
{
    if (!model.startsWith("fLaC"))
        return;
    // Metadata blocks: a byte of type (the top bit marks the last), three bytes of length.
    qsizetype at = 4;
    QByteArray streamInfo;
    while (at + 4 <= model.size()) {
        const auto header = static_cast<unsigned char>(model[at]);
        const qsizetype length = (qsizetype(static_cast<unsigned char>(model[at + 1])) << 16) |
                                 (qsizetype(static_cast<unsigned char>(model[at + 2])) << 8) |
                                 qsizetype(static_cast<unsigned char>(model[at + 3]));
        if (at + 4 + length > model.size())
            return;
        if ((header & 0x7f) == kStreamInfo)
            streamInfo = model.mid(at, 4 + length);
        at += 4 + length;
        if ((header & kLastBlock) != 0)
            break;
    }
    if (streamInfo.isEmpty())
        return;
    streamInfo[0] = kStreamInfo; // no longer the last block
    m_streamInfo = streamInfo;
    m_frames = model.mid(at);
}

QByteArray FlacCopies::copyWith(const Comments& comments) const
{
    QByteArray block;
    const QByteArray vendor("Liner fixtures");
    appendLittleEndian32(block, quint32(vendor.size()));
    block += vendor;
    appendLittleEndian32(block, quint32(comments.size()));
    for (const auto& [key, value] : comments) {
        const QByteArray field = key.toUtf8() + '=' + value.toUtf8();
        appendLittleEndian32(block, quint32(field.size()));
        block += field;
    }
    QByteArray file("fLaC");
    file.reserve(4 + m_streamInfo.size() + 4 + block.size() + m_frames.size());
    file += m_streamInfo;
    const auto length = quint32(block.size());
    file += char(kLastBlock | kVorbisComment);
    file += char((length >> 16) & 0xff);
    file += char((length >> 8) & 0xff);
    file += char(length & 0xff);
    file += block;
    file += m_frames;
    return file;
}

QString FlacCopies::write(const QString& path, const Comments& comments) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(copyWith(comments)) < 0)
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace liner::demo
