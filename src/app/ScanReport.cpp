#include "app/ScanReport.h"

#include "app/JsonWriter.h"
#include "common/FileName.h"
#include "common/InputFile.h"
#include "library/OrderedScan.h"
#include "library/TrackModel.h"
#include "notes/TrackNotesLookup.h"

#include <QJsonDocument>
#include <QMap>

namespace liner::app {

namespace {

void writeReplayGain(JsonWriter& json, const ReplayGainTags& gain)
{
    if (gain == ReplayGainTags{}) {
        json.null();
        return;
    }
    json.beginObject();
    json.key("albumGain");
    json.numberOrNull(gain.albumGainDb);
    json.key("albumPeak");
    json.numberOrNull(gain.albumPeak);
    json.key("trackGain");
    json.numberOrNull(gain.trackGainDb);
    json.key("trackPeak");
    json.numberOrNull(gain.trackPeak);
    json.endObject();
}

// Role → names, roles in order (a role named twice keeps its last names).
void writeCredits(JsonWriter& json, const QList<notes::Credit>& credits)
{
    QMap<QString, QStringList> byRole;
    for (const notes::Credit& credit : credits)
        byRole.insert(credit.role, credit.names);
    json.beginObject();
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
        json.key(it.key());
        json.strings(*it);
    }
    json.endObject();
}

// Synced lines in time order, layers as separate entries with the same time; null when the track
// has no timed lyrics (plain lyrics are in `lyrics`).
void writeSyncedLyrics(JsonWriter& json, const notes::SyncedLyrics& lyrics)
{
    if (!lyrics.isSynced()) {
        json.null();
        return;
    }
    json.beginArray();
    for (const notes::LyricLine& line : lyrics.lines()) {
        json.beginObject();
        json.key("text");
        json.string(line.text);
        json.key("timeMs");
        json.number(line.timeMs);
        json.endObject();
    }
    json.endArray();
}

// The notes' commentary in time order: what the window shows at each moment of the track.
void writeTimedNotes(JsonWriter& json, const QList<notes::TimedNote>& timedNotes)
{
    json.beginArray();
    for (const notes::TimedNote& note : timedNotes) {
        json.beginObject();
        json.key("text");
        json.string(note.text);
        json.key("timeMs");
        json.number(note.timeMs);
        json.endObject();
    }
    json.endArray();
}

} // namespace

ScanReport::ScanReport(const QString& notesPacksFolder) : m_notes(notesPacksFolder) {}

ScanReport::Folder ScanReport::folderOf(const library::FolderSidecars& sidecars)
{
    Folder found{sidecars, nullptr, {}};
    if (sidecars.hasNotesFile()) {
        const QString path = sidecars.folder() + u'/' + notes::LinerNotesDocument::fileName();
        if (auto document = notes::LinerNotesDocument::load(path))
            found.notes = std::make_shared<const notes::LinerNotesDocument>(std::move(*document));
        else
            found.notesProblem = QStringLiteral("%1: %2").arg(
                readableFileName(path), readInputFile(path, InputKind::Notes).error);
    }
    return found;
}

ScanReport::Object ScanReport::toJson(const library::Track& track, const Folder& folder) const
{
    const bool readable = track.isReadable();
    notes::ResolvedNotes resolved;
    notes::SyncedLyrics lyrics;
    QStringList warnings;
    if (readable) {
        resolved = m_notes.resolve(
            folder.notes, folder.sidecars.folder() + u'/' + notes::LinerNotesDocument::fileName(),
            track.album, notes::trackQuery(track));
        lyrics = notes::lyricsFor(track, folder.sidecars.lyricsFileFor(track.path));
        for (const QString& problem : {folder.notesProblem, lyrics.fileProblem()}) {
            if (!problem.isEmpty())
                warnings << problem;
        }
    }
    // Members in alphabetical order, as QJsonObject kept them.
    JsonWriter json;
    json.beginObject();
    json.key("album");
    json.textOrNull(track.album);
    json.key("albumArtist");
    json.textOrNull(track.albumArtist);
    json.key("albumNotes");
    json.textOrNull(resolved.albumProse);
    json.key("artist");
    json.textOrNull(track.artist);
    json.key("bitDepth");
    json.numberOrNull(track.bitDepth);
    json.key("bitrate");
    json.numberOrNull(track.bitrateKbps);
    json.key("channels");
    json.numberOrNull(track.channels);
    json.key("characters");
    json.strings(resolved.track.characters);
    json.key("codec");
    json.textOrNull(track.codec);
    json.key("comment");
    json.textOrNull(track.comment);
    json.key("composer");
    json.textOrNull(track.composer);
    json.key("credits");
    writeCredits(json, resolved.track.credits);
    json.key("cueSheet");
    json.textOrNull(track.cueSheet);
    json.key("discNumber");
    json.numberOrNull(track.discNumber);
    json.key("discTotal");
    json.numberOrNull(track.discTotal);
    json.key("durationMs");
    if (readable)
        json.numberOrNull(track.durationMs);
    else
        json.null();
    json.key("error");
    json.textOrNull(track.error);
    json.key("genre");
    json.textOrNull(track.genre);
    json.key("hasCover");
    if (readable)
        json.boolean(track.hasCover || !folder.sidecars.coverImage().isEmpty());
    else
        json.null();
    json.key("lyrics");
    json.textOrNull(track.lyrics);
    json.key("mood");
    json.textOrNull(track.mood);
    json.key("moods");
    json.strings(readable ? notes::moodsFor(track, resolved.track) : QStringList());
    json.key("musicBrainzAlbumId");
    json.textOrNull(track.musicBrainzAlbumId);
    json.key("musicBrainzArtistId");
    json.textOrNull(track.musicBrainzArtistId);
    json.key("musicBrainzTrackId");
    json.textOrNull(track.musicBrainzTrackId);
    json.key("notes");
    json.textOrNull(resolved.track.prose);
    json.key("path");
    json.string(readableFileName(track.path));
    json.key("replayGain");
    writeReplayGain(json, track.replayGain);
    json.key("sampleRate");
    json.numberOrNull(track.sampleRate);
    json.key("startMs");
    if (track.cueSheet.isEmpty())
        json.null();
    else
        json.number(track.startUs / 1000);
    json.key("syncedLyrics");
    writeSyncedLyrics(json, lyrics);
    json.key("timedNotes");
    writeTimedNotes(json, resolved.track.timedNotes);
    json.key("title");
    json.textOrNull(track.title);
    json.key("trackNumber");
    json.numberOrNull(track.trackNumber);
    json.key("trackTotal");
    json.numberOrNull(track.trackTotal);
    json.key("year");
    json.numberOrNull(track.year);
    json.endObject();
    return {json.take(), warnings};
}

QJsonObject ScanReport::toJson(const library::Track& track)
{
    const QString folderPath = track.path.left(track.path.lastIndexOf(u'/'));
    auto folder = m_folders.constFind(folderPath);
    if (folder == m_folders.cend())
        folder = m_folders.insert(folderPath, folderOf(library::FolderSidecars::of(folderPath)));
    Object object = toJson(track, *folder);
    warn(object.warnings);
    return QJsonDocument::fromJson(object.json).object();
}

void ScanReport::warn(const QStringList& warnings)
{
    for (const QString& warning : warnings) {
        if (!m_warnings.contains(warning))
            m_warnings << warning;
    }
}

void ScanReport::writeJson(const QStringList& paths, const QList<library::Track>& listed,
                           std::FILE* out)
{
    using Scan = library::OrderedScan<Object, Folder>;
    bool first = true;
    const auto write = [this, out, &first](const Object& object) {
        std::fputs(first ? "\n" : ",\n", out);
        std::fwrite(object.json.constData(), 1, std::size_t(object.json.size()), out);
        first = false;
        warn(object.warnings);
    };
    std::fputs("[", out);
    Scan::run(
        QThreadPool::globalInstance(), paths,
        [](const library::ScanFolder& folder) { return folderOf(folder.sidecars); },
        [this](const library::ScanFolder&, const Folder& folder, const library::ScanUnit& unit) {
            QList<Scan::Item> items;
            for (const library::Track& track : library::LibraryScanner::read(unit))
                items << Scan::Item{library::PlayingOrder::Key::of(track), toJson(track, folder)};
            return items;
        },
        [&write](const library::ScanFolder&, QList<Object>&& objects) {
            for (const Object& object : objects)
                write(object);
        });
    // Songs with no folder of their own (a server's): nothing beside them to look up.
    for (const library::Track& track : listed)
        write(toJson(track, Folder{}));
    std::fputs("\n]\n", out);
    std::fflush(out);
}

void ScanReport::writeText(const QStringList& paths, const QList<library::Track>& listed,
                           std::FILE* out)
{
    const auto write = [out](const library::Track& track) {
        const QString text = track.isReadable()
                                 ? QStringLiteral("%1\n  %2 — %3 (%4)\n")
                                       .arg(track.path, track.displayTitle(), track.displayArtist(),
                                            library::TrackModel::formatDuration(track.durationMs))
                                 : QStringLiteral("%1\n  error: %2\n").arg(track.path, track.error);
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), out);
    };
    using Scan = library::OrderedScan<library::Track, bool>;
    Scan::run(
        QThreadPool::globalInstance(), paths, [](const library::ScanFolder&) { return true; },
        [](const library::ScanFolder&, bool, const library::ScanUnit& unit) {
            QList<Scan::Item> items;
            for (library::Track& track : library::LibraryScanner::read(unit))
                items << Scan::Item{library::PlayingOrder::Key::of(track), std::move(track)};
            return items;
        },
        [&write](const library::ScanFolder&, QList<library::Track>&& tracks) {
            for (const library::Track& track : tracks)
                write(track);
        });
    for (const library::Track& track : listed)
        write(track);
    std::fflush(out);
}

} // namespace liner::app
