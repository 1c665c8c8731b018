#pragma once

#include "library/AlbumGrouping.h"
#include "library/Track.h"
#include "notes/NotesRepository.h"
#include "notes/TrackNotes.h"

#include <QImage>
#include <QList>

namespace liner::gui {

struct BookletEntry
{
    library::Track track;
    notes::TrackNotes notes;
    // The single it came out on, for a soundtrack assembled from its singles; else empty.
    QString part;
};

// What an album's booklet is made of: the album's name and details, its cover, the album notes
// (Markdown) and every track with its notes, in the album's order.
struct BookletContent
{
    QString title;
    QString artist;
    library::AlbumKind kind = library::AlbumKind::Album;
    QString genre; // as tagged
    int year = 0;
    QImage cover;
    QString prose;
    // Where images named by the notes are looked up (the album's folder); nothing outside it.
    QString folder;
    QList<BookletEntry> entries;

    // An album's booklet from what the library says of it, its tracks, the notes found for each
    // (one per track) and its cover.
    static BookletContent fromAlbum(const library::AlbumInfo& album,
                                    const QList<library::Track>& tracks,
                                    const QList<notes::ResolvedNotes>& notes, const QImage& cover);

    qint64 totalMs() const
    {
        qint64 total = 0;
        for (const BookletEntry& entry : entries)
            total += entry.track.durationMs;
        return total;
    }
};

// The colours a booklet is printed in: paper and ink from the palette (dark paper in a dark
// palette), or white paper for print; the accent from the cover, dark enough on that paper.
struct BookletStyle
{
    QColor paper;
    QColor ink;
    QColor mutedInk;
    QColor rule;
    QColor accent;
    QColor chipFill;

    static BookletStyle forScreen(const QPalette& palette, const QImage& cover);
    static BookletStyle forPrint(const QImage& cover);
};

} // namespace liner::gui
