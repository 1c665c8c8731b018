#include "gui/TrackArt.h"

#include "library/CoverArt.h"
#include "notes/NotesRepository.h"
#include "notes/TrackNotesLookup.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>
#include <utility>

namespace liner::gui {

struct TrackArtLoader::Notes
{
    explicit Notes(QString packs) : packs(std::move(packs)) {}

    QMutex mutex;
    QString packs;
    // Made, and the packs read, by the first load's thread: never on the UI thread.
    std::optional<notes::NotesRepository> repository;
};

namespace {

TrackArt read(const library::Track& track, TrackArtLoader::Notes& notes)
{
    TrackArt art;
    art.track = track;
    if (!track.path.isEmpty()) {
        art.cover = library::CoverArt::load(track);
        art.lyrics = notes::lyricsFor(track);
        const QMutexLocker lock(&notes.mutex);
        if (!notes.repository)
            notes.repository.emplace(notes.packs);
        art.notes = notes::notesForTrack(*notes.repository, track).track;
    }
    if (!art.cover.isNull())
        art.thumbnail =
            art.cover.scaled(TrackArtLoader::kThumbnailSide, TrackArtLoader::kThumbnailSide,
                             Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    art.colours = CoverColours::fromCover(art.cover);
    return art;
}

} // namespace

TrackArtLoader::TrackArtLoader(const QString& notesPacksFolder, QObject* parent)
    : QObject(parent), m_notes(std::make_shared<Notes>(notesPacksFolder))
{}

TrackArtLoader::~TrackArtLoader() = default;

void TrackArtLoader::load(const library::Track& track)
{
    const int generation = ++m_generation;
    auto* watcher = new QFutureWatcher<TrackArt>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_current = watcher->result();
        emit loaded(m_current);
    });
    // The repository is shared with the thread, so it outlives a loader closed meanwhile.
    watcher->setFuture(QtConcurrent::run([track, notes = m_notes] { return read(track, *notes); }));
}

} // namespace liner::gui
