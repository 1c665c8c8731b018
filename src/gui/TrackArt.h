#pragma once

#include "gui/CoverColours.h"
#include "library/Track.h"
#include "notes/SyncedLyrics.h"
#include "notes/TrackNotes.h"

#include <QImage>
#include <QObject>
#include <memory>

namespace liner::gui {

// What the views of the playing track show besides its tags: its cover (and a thumbnail for the
// now-playing bar), the colours taken from it, its lyrics and its notes.
struct TrackArt
{
    library::Track track;
    QImage cover;
    QImage thumbnail;
    CoverColours colours;
    notes::SyncedLyrics lyrics;
    notes::TrackNotes notes;
};

// Reads a track's art off the UI thread (covers, lyrics and notes are files), one track at a
// time: a result for a track asked for earlier than the latest is dropped.
class TrackArtLoader : public QObject
{
    Q_OBJECT

public:
    // `notesPacksFolder` as for NotesRepository.
    explicit TrackArtLoader(const QString& notesPacksFolder = {}, QObject* parent = nullptr);
    ~TrackArtLoader() override;

    // The thumbnail's side in pixels (at a device pixel ratio of 2).
    static constexpr int kThumbnailSide = 112;

    void load(const library::Track& track);
    // What was loaded last (empty before the first load finishes).
    const TrackArt& current() const { return m_current; }

    struct Notes; // a notes repository the loading threads share, one at a time

signals:
    void loaded(const liner::gui::TrackArt& art);

private:
    std::shared_ptr<Notes> m_notes;
    int m_generation = 0;
    TrackArt m_current;
};

} // namespace liner::gui
