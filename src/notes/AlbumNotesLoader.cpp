#include "notes/AlbumNotesLoader.h"

#include "notes/TrackNotesLookup.h"

#include <QFileInfo>
#include <optional>

namespace liner::notes {

// The repository and its cache of parsed notes files, used on the loader's thread only.
class AlbumNotesLoader::Reader : public QObject
{
public:
    void readPacks(const QString& packDirectory) { m_notes.emplace(packDirectory); }
    library::WorkTitles workTitles() const { return m_notes->workTitles(); }

    AlbumNotes read(const QList<library::Track>& tracks)
    {
        AlbumNotes album;
        album.tracks = tracks;
        album.notes = annotateTracks(*m_notes, album.tracks);
        for (const library::Track& track : std::as_const(album.tracks)) {
            // The track's own folder's file: a view may hold tracks of several folders (a
            // soundtrack's parts, a smart playlist).
            EditableSection section{m_notes->albumDocument(QFileInfo(track.path).absolutePath())};
            if (section.document)
                section.index =
                    section.document->findIndex(track.discNumber, track.trackNumber, track.title);
            album.sections << std::move(section);
        }
        if (!tracks.isEmpty()) {
            const QString folder = QFileInfo(tracks.first().path).absolutePath();
            album.albumDocument = m_notes->albumDocument(folder);
            album.albumDocumentProblem = m_notes->albumDocumentProblem(folder);
        }
        return album;
    }

private:
    std::optional<NotesRepository> m_notes;
};

AlbumNotesLoader::AlbumNotesLoader(const QString& packDirectory, QObject* parent)
    : QObject(parent), m_reader(new Reader)
{
    m_thread.setObjectName(QStringLiteral("AlbumNotesLoader"));
    m_reader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_reader,
        [this, reader = m_reader, packDirectory] {
            reader->readPacks(packDirectory);
            // Emitted where the loader lives, once its owner's constructor has connected to it.
            QMetaObject::invokeMethod(
                this, [this, works = reader->workTitles()] { emit workTitlesRead(works); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

AlbumNotesLoader::~AlbumNotesLoader()
{
    m_thread.quit();
    m_thread.wait();
}

void AlbumNotesLoader::request(const QList<library::Track>& tracks)
{
    const quint64 ticket = ++m_latest;
    QMetaObject::invokeMethod(
        m_reader,
        [this, reader = m_reader, ticket, tracks] {
            if (ticket != m_latest)
                return;
            AlbumNotes album = reader->read(tracks);
            // Checked again where it arrives: a request may have come while this one was read.
            QMetaObject::invokeMethod(
                this,
                [this, ticket, album = std::move(album)] {
                    if (ticket == m_latest)
                        emit ready(album);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace liner::notes
