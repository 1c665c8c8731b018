#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace liner::demo {

// Copies of one small FLAC file, each with tags of its own, written as bytes: a library of a
// hundred thousand tagged files is made in seconds, where tagging each copy through TagLib took
// minutes. Each copy is the model's STREAMINFO, a Vorbis comment block with the given fields, and
// the model's audio frames; TagLib reads it like any other FLAC.
class FlacCopies
{
public:
    using Comments = QList<std::pair<QString, QString>>; // ("TITLE", "노래"), ...

    // `model` is a FLAC file's bytes (writeFixture makes one); isValid() says if it parsed.
    explicit FlacCopies(const QByteArray& model);
    bool isValid() const { return !m_streamInfo.isEmpty(); }

    QByteArray copyWith(const Comments& comments) const;
    // Empty on success, else why the file could not be written.
    QString write(const QString& path, const Comments& comments) const;

private:
    QByteArray m_streamInfo; // the whole block, its header included
    QByteArray m_frames;
};

} // namespace liner::demo
