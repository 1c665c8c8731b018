#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <vector>

namespace liner {
class InputFile;
}

namespace liner::engine {

// The bytes of a file FFmpeg is shown. FFmpeg keeps every tag it reads in a dictionary whose
// inserts search it from the start, so a file with 100,000 Vorbis comments or 300,000 ID3 frames
// keeps avformat_open_input busy for most of a minute before the first sample. The engine needs
// no tags (the library reads them with TagLib), so tag blocks that are large or many are hidden:
// a leading ID3v2 tag is cut off, a FLAC comment block becomes padding, an Ogg comment header
// states no comments, MP4 item lists and RIFF/AIFF tag chunks are renamed to chunks demuxers skip,
// and a trailing APE tag is cut off. The audio is not touched.
struct DecoderView
{
    qint64 start = 0; // the first byte FFmpeg sees
    qint64 end = 0;   // one past its last
    struct Patch
    {
        qint64 offset; // in the file
        QByteArray bytes;
    };
    std::vector<Patch> patches; // bytes shown instead of the file's, in order of offset

    static DecoderView of(const InputFile& file);
    // Reads into `into` what FFmpeg sees at `offset` of the view: the file's bytes, patched.
    qint64 read(const InputFile& file, char* into, qint64 length, qint64 offset) const;
};

} // namespace liner::engine
