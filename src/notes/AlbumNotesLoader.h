#pragma once

#include "library/AlbumGrouping.h"
#include "library/Track.h"
#include "notes/NotesRepository.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace liner::notes {

// The notes file a track's notes can be edited in, and its section there.
struct EditableSection
{
    std::shared_ptr<const LinerNotesDocument> document; // null: the folder has no notes file
    int index = -1;                                     // -1: the file has no section for it
};

// What the window shows of an album's notes, read in one go.
struct AlbumNotes
{
    // The album's tracks with the moods, characters and scenes their notes name (annotateTracks).
    QList<library::Track> tracks;
    // One per track, in the order of `tracks`.
    QList<ResolvedNotes> notes;
    QList<EditableSection> sections;
    // The notes file of the first track's folder, for its parse issues; and why it could not be
    // read, when it is there.
    std::shared_ptr<const LinerNotesDocument> albumDocument;
    QString albumDocumentProblem;
};

// Reads albums' notes and the notes packs on a thread of its own, never the caller's: a
// notes file on a slow disk or a network share would otherwise freeze the window. A later request
// always wins: what an earlier one read is dropped, never delivered after it.
class AlbumNotesLoader : public QObject
{
    Q_OBJECT

public:
    // The packs of `packDirectory` are read on the loader's thread; workTitlesRead() follows.
    explicit AlbumNotesLoader(const QString& packDirectory, QObject* parent = nullptr);
    // Waits for a read under way.
    ~AlbumNotesLoader() override;

    // Reads the notes of these tracks (the album shown); ready() delivers them unless another
    // request follows first.
    void request(const QList<library::Track>& tracks);

signals:
    // The work titles the packs name ("Queen of Tears" and "눈물의 여왕" are one work).
    void workTitlesRead(const liner::library::WorkTitles& works);
    // The notes of the latest request.
    void ready(const liner::notes::AlbumNotes& notes);

private:
    class Reader;

    QThread m_thread;
    Reader* m_reader; // lives on m_thread, which deletes it
    // The latest request; the reader skips those it has not started when a later one is in.
    std::atomic<quint64> m_latest = 0;
};

} // namespace liner::notes
