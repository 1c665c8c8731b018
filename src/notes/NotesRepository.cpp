#include "notes/NotesRepository.h"

#include "common/FileName.h"
#include "common/InputFile.h"
#include "common/MatchKey.h"
#include "library/SoundtrackTitle.h"

#include <QDir>
#include <QFileInfo>

namespace liner::notes {

NotesRepository::NotesRepository(const QString& packDirectory)
{
    if (packDirectory.isEmpty())
        return;
    const QDir dir(packDirectory);
    const QStringList names = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        auto document = LinerNotesDocument::load(path);
        if (!document || document->albumNames().isEmpty())
            continue;
        Pack pack{path, {}, {}, std::make_shared<const LinerNotesDocument>(std::move(*document))};
        for (const QString& album : pack.document->albumNames()) {
            pack.albumKeys.append(matchKey(album));
            if (const library::SoundtrackTitle title = library::parseSoundtrackTitle(album);
                title.isSoundtrack)
                pack.workKeys.append(title.workKeys);
        }
        m_packs.append(std::move(pack));
    }
}

std::shared_ptr<const LinerNotesDocument> NotesRepository::albumDocument(const QString& albumFolder)
{
    const QFileInfo info(QDir(albumFolder).filePath(LinerNotesDocument::fileName()));
    const QString path = info.absoluteFilePath();
    // A FIFO or a device by that name is there, and is reported, not taken for no file.
    if (!info.exists() || info.isDir()) {
        m_files.remove(path);
        return nullptr;
    }
    CachedFile& cached = m_files[path];
    if (!cached.document || cached.size != info.size() || cached.modified != info.lastModified()) {
        auto document = LinerNotesDocument::load(path);
        cached.size = info.size();
        cached.modified = info.lastModified();
        cached.document =
            document ? std::make_shared<const LinerNotesDocument>(std::move(*document)) : nullptr;
        // Asked again only when it failed: the file rule refuses before reading.
        cached.problem =
            document ? QString()
                     : QStringLiteral("%1: %2").arg(readableFileName(path),
                                                    readInputFile(path, InputKind::Notes).error);
    }
    return cached.document;
}

QString NotesRepository::albumDocumentProblem(const QString& albumFolder) const
{
    const QString path = QDir(albumFolder).absoluteFilePath(LinerNotesDocument::fileName());
    return m_files.value(path).problem;
}

const NotesRepository::AlbumMatch& NotesRepository::matchAlbum(const QString& albumName) const
{
    if (const auto known = m_albumMatches.constFind(albumName); known != m_albumMatches.cend())
        return *known;
    AlbumMatch match;
    const QString key = matchKey(albumName);
    const library::SoundtrackTitle soundtrack = library::parseSoundtrackTitle(albumName);
    for (const Pack& pack : m_packs) {
        const bool sameWork =
            soundtrack.isSoundtrack &&
            std::any_of(soundtrack.workKeys.cbegin(), soundtrack.workKeys.cend(),
                        [&pack](const QString& work) { return pack.workKeys.contains(work); });
        if (!albumName.trimmed().isEmpty() && (pack.albumKeys.contains(key) || sameWork)) {
            match = {pack.document, soundtrack.part};
            break;
        }
    }
    return *m_albumMatches.insert(albumName, match);
}

std::shared_ptr<const LinerNotesDocument> NotesRepository::packFor(const QString& albumName) const
{
    return matchAlbum(albumName).pack;
}

library::WorkTitles NotesRepository::workTitles() const
{
    library::WorkTitles works;
    for (const Pack& pack : m_packs)
        works.join(pack.workKeys);
    return works;
}

QStringList NotesRepository::packPaths() const
{
    QStringList paths;
    for (const Pack& pack : m_packs)
        paths.append(pack.path);
    return paths;
}

QString NotesRepository::packPath(const std::shared_ptr<const LinerNotesDocument>& pack) const
{
    for (const Pack& candidate : m_packs) {
        if (candidate.document == pack)
            return candidate.path;
    }
    return {};
}

ResolvedNotes NotesRepository::notesFor(const QString& albumFolder, const QString& albumName,
                                        const TrackQuery& track)
{
    ResolvedNotes result;
    std::shared_ptr<const LinerNotesDocument> document = albumDocument(albumFolder);
    result.fileProblem = albumDocumentProblem(albumFolder);
    if (document) {
        result.albumSource = NotesSource::File;
        result.documentPath = QDir(albumFolder).absoluteFilePath(LinerNotesDocument::fileName());
    } else if ((document = packFor(albumName))) {
        result.albumSource = NotesSource::Pack;
        result.documentPath = packPath(document);
    }
    const int part = result.albumSource == NotesSource::Pack ? matchAlbum(albumName).part : 0;
    if (document) {
        result.albumTitle = document->title();
        result.albumProse = document->albumProse();
        // A pack is written for an album as released, while a rip numbers its tracks however its
        // owner likes: packs match by title and artist only.
        const bool byNumber = result.albumSource == NotesSource::File;
        if (const TrackNotes* notes =
                document->find(byNumber ? track.disc : 0, byNumber ? track.number : 0, track.title,
                               track.artist, part)) {
            result.track = *notes;
            result.trackSource = result.albumSource;
            return result;
        }
    }
    result.track = notesFromTags(track.tags);
    if (result.track.hasContent())
        result.trackSource = NotesSource::Tags;
    return result;
}

} // namespace liner::notes
