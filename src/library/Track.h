#pragma once

#include <QMetaType>
#include <QString>

namespace liner::library {

// What Liner knows about one audio file. Numbers are 0 and strings empty where a tag is absent.
struct Track
{
    QString path;
    QString title;
    QString artist;
    QString albumArtist;
    QString album;
    QString genre;
    QString mood;
    QString lyrics;
    QString comment;
    int trackNumber = 0;
    int discNumber = 0;
    int year = 0;
    qint64 durationMs = 0;
    int sampleRate = 0;
    int channels = 0;
    int bitrateKbps = 0;
    bool hasCover = false;
    // Why the file could not be read; the other fields are then unreliable.
    QString error;

    bool isReadable() const { return error.isEmpty(); }
    // The title to show: the tag, or the file name when the file has none.
    QString displayTitle() const;
    QString displayArtist() const;
};

} // namespace liner::library

Q_DECLARE_METATYPE(liner::library::Track)
