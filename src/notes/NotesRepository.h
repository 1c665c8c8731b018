#pragma once

#include "library/AlbumGrouping.h"
#include "notes/LinerNotesDocument.h"
#include "notes/TagNotes.h"

#include <QDateTime>
#include <QHash>
#include <memory>

namespace liner::notes {

struct TrackQuery
{
    int disc = 0;
    int number = 0;
    QString title;
    QString artist;
    TagProperties tags; // the fallback when no notes file or pack has the track
};

enum class NotesSource
{
    None,
    File,
    Pack,
    Tags
};

struct ResolvedNotes
{
    NotesSource albumSource = NotesSource::None;
    QString albumTitle;
    QString albumProse;
    NotesSource trackSource = NotesSource::None;
    TrackNotes track;
    // The notes file or pack the album notes came from; empty for tags.
    QString documentPath;
    // Why the folder's notes file was not read ("PATH: a FIFO, not a regular file"); empty when
    // it was, or when there is none.
    QString fileProblem;
};

// Finds the notes for a track. For the album: the folder's `liner-notes.md` wins; else a pack whose
// `Album:` list names the album (compared through matchKey(), never loosely, so a pack does not
// attach to another album), or names a soundtrack of the same work as the album does (the pack's
// "Queen of Tears OST" attaches to "눈물의 여왕 OST Part.3", "Queen of Tears (Original Television
// Soundtrack), Pt. 3" and "눈물의 여왕 (Queen of Tears) OST", never to another work's OST or to an
// album that is no soundtrack); else none. For the track: its section in that document (in a
// pack by title and artist, else by the part the album name gives), else its tags.
//
// Not thread-safe: it caches parsed notes files (re-read when their size or time changes).
class NotesRepository
{
public:
    // Packs are the `*.md` files of packDirectory, read once; none when it is empty or missing.
    explicit NotesRepository(const QString& packDirectory = {});

    ResolvedNotes notesFor(const QString& albumFolder, const QString& albumName,
                           const TrackQuery& track);

    // The folder's notes file, for the editor and for showing its issues; null when there is none.
    std::shared_ptr<const LinerNotesDocument> albumDocument(const QString& albumFolder);
    // Why the folder's notes file, which is there, could not be read when albumDocument() last
    // looked; empty otherwise.
    QString albumDocumentProblem(const QString& albumFolder) const;
    std::shared_ptr<const LinerNotesDocument> packFor(const QString& albumName) const;
    // The work titles each pack names, joined: "Queen of Tears" and "눈물의 여왕" are one work, so
    // that the library assembles one soundtrack from singles named either way.
    library::WorkTitles workTitles() const;
    // Pack files that were read, and their path for each pack returned by packFor().
    QStringList packPaths() const;
    QString packPath(const std::shared_ptr<const LinerNotesDocument>& pack) const;

private:
    struct CachedFile
    {
        QDateTime modified;
        qint64 size = -1;
        std::shared_ptr<const LinerNotesDocument> document;
        QString problem; // why it could not be read
    };
    struct Pack
    {
        QString path;
        QStringList albumKeys;
        QStringList workKeys; // of the names that are soundtracks
        std::shared_ptr<const LinerNotesDocument> document;
    };
    // What an album name finds: its pack and the soundtrack part it names.
    struct AlbumMatch
    {
        std::shared_ptr<const LinerNotesDocument> pack;
        int part = 0;
    };
    const AlbumMatch& matchAlbum(const QString& albumName) const;

    QHash<QString, CachedFile> m_files;
    QList<Pack> m_packs;
    // A library names few albums many times over.
    mutable QHash<QString, AlbumMatch> m_albumMatches;
};

} // namespace liner::notes
