#pragma once

#include <QByteArray>
#include <QString>
#include <ctime>

namespace liner {

// What Liner reads a file as. Each kind has a size cap: a file beyond it is not what its name
// says, and reading it whole would only cost memory and time.
enum class InputKind
{
    Lyrics,   // .lrc
    Notes,    // liner-notes.md, notes packs
    Playlist, // .m3u, .m3u8, .pls, .xspf and the stored playlists
    CueSheet, // .cue
    Image,    // cover.jpg and other pictures beside the music, cached thumbnails
    UserData, // play-stats.json, smart playlists, liner.conf
};

// The largest file of `kind` Liner reads, in bytes.
qint64 inputSizeCap(InputKind kind);

// One file opened for reading under the one rule every file Liner opens follows: it must be a
// regular file (a symlink is followed to one), so a FIFO, device, socket or folder is refused with
// the reason before it is opened (or once open, for a file the caller has just seen to be regular:
// see Seen), and no open() or read() can block. Reads are pread()s, so the descriptor can be shared
// by readers that keep their own positions (TagLib, FFmpeg).
class InputFile
{
public:
    // What the caller saw of the file a moment before. A file a walk's directory entry (or a
    // stat()) just showed to be regular is opened without looking at it again: that look was a
    // tenth of a library's first scan. It is still refused once open if it is not regular, and
    // the open cannot block, so a name replaced in between by a FIFO costs nothing.
    enum class Seen
    {
        NotYet,
        AsRegularFile,
    };

    explicit InputFile(const QString& path);
    // The name as the file system holds it: bytes, which need not be valid in any encoding.
    explicit InputFile(const QByteArray& encodedPath, Seen seen = Seen::NotYet);
    ~InputFile();
    InputFile(InputFile&& other) noexcept;
    InputFile& operator=(InputFile&& other) noexcept;
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;

    bool isOpen() const { return m_descriptor >= 0; }
    // Why the file is not open ("no such file", "a FIFO, not a regular file", ...).
    const QString& error() const { return m_error; }
    bool missing() const { return m_missing; }
    int descriptor() const { return m_descriptor; }
    // The size when opened (0 for files such as those in /proc that do not know it).
    qint64 size() const { return m_size; }
    // The modification time when opened.
    const timespec& modified() const { return m_modified; }
    // Reads up to `length` bytes at `offset`; returns how many (0 at the end), or -1 on an error.
    qint64 readAt(char* into, qint64 length, qint64 offset) const;

private:
    int m_descriptor = -1;
    qint64 m_size = 0;
    timespec m_modified{};
    bool m_missing = false;
    QString m_error;
};

struct InputBytes
{
    QByteArray bytes;
    QString error; // empty when the file was read
    bool missing = false;
    bool ok() const { return error.isEmpty(); }
};

// Reads a whole file of `kind` under the rule above, refusing one larger than the kind's cap
// without reading more than the cap (a file that grows while read cannot make it read for ever).
InputBytes readInputFile(const QString& path, InputKind kind);

} // namespace liner
