#pragma once

#include "common/ReplayGainTags.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace liner::library {

// One TRACK of a CUE sheet: where it starts in its file (INDEX 01) and what the sheet says of it.
struct CueTrack
{
    int number = 0;
    QString title;
    QString performer;
    QString songwriter;
    QString isrc;
    qint64 startUs = 0;
    ReplayGainTags replayGain;
};

// One FILE of a sheet and its tracks in order. `path` is resolved against the sheet's folder.
struct CueFile
{
    QString path;
    QList<CueTrack> tracks;
};

// A parsed CUE sheet: the usual result of ripping a CD to one audio file. Lines Liner does not
// use are ignored; what cannot be understood is reported in `problems` with its line number.
struct CueSheet
{
    QString path;
    QString title;
    QString performer;
    QString genre;
    int year = 0;
    ReplayGainTags albumGain;
    QList<CueFile> files;
    QStringList problems;
    // The sheet's character encoding as decodeText() decided it; empty when it could not be
    // decided (the sheet is then reported, and its titles may hold U+FFFD).
    QByteArray encoding;

    bool isEmpty() const { return files.isEmpty(); }

    // Reads a sheet in the encoding decodeText() finds: UTF-8 or UTF-16 from newer rippers, the
    // Windows code page of the ripper's system from older ones (CP949, Shift-JIS, GBK, Big5,
    // Windows-1252, ...). An empty sheet with a problem when the file cannot be read.
    static CueSheet read(const QString& path);
    static CueSheet parse(const QByteArray& bytes, const QString& path);

    // The audio file a FILE line names; when it does not exist, a file with the same base name
    // and another audio extension (sheets often name the .wav that was later compressed).
    static QString resolveAudioFile(const QString& sheetFolder, const QString& fileName);
};

} // namespace liner::library
