#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace liner::library {

// What a folder's listing says about the files that go with its audio: the album's cover image,
// each track's `.lrc` lyrics and the album's liner notes. Worked out once per folder from the
// names alone, so a scan looks nothing up per track: asking the folder again for every track made
// a folder of 10,000 tracks take minutes.
class FolderSidecars
{
public:
    // The name a notes file has beside an album's audio.
    static QString notesFileName() { return QStringLiteral("liner-notes.md"); }

    FolderSidecars() = default;
    // From the names of the folder's files, as a walk of it found them. Among `otherNames` (FIFOs,
    // devices: see WalkedFolder) only a `.lrc` and the notes file count, so that the file rule
    // says why they are not read rather than the lyrics and notes passing over them in silence.
    FolderSidecars(const QString& folder, const QStringList& fileNames,
                   const QStringList& otherNames = {});
    // Lists the folder for a track met outside a scan.
    static FolderSidecars of(const QString& folder);
    // The `.lrc` beside one audio file; lists its folder only when the usual name is not there.
    static QString lyricsFileBeside(const QString& audioPath);

    const QString& folder() const { return m_folder; }
    // cover.*, folder.* or front.* (jpg, jpeg, png), the first by name ignoring case; empty when
    // there is none.
    const QString& coverImage() const { return m_coverImage; }
    // The `.lrc` with the audio file's base name (the extension in any case, `.lrc` itself
    // first); empty when there is none.
    QString lyricsFileFor(const QString& audioPath) const;
    bool hasNotesFile() const { return m_hasNotes; }

private:
    QString m_folder;
    QString m_coverImage;
    QHash<QString, QString> m_lyricsByBaseName; // "01 Song" → "01 Song.LRC"
    bool m_hasNotes = false;
};

} // namespace liner::library
