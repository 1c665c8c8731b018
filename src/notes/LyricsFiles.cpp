#include "notes/LyricsFiles.h"

#include "common/InputFile.h"
#include "library/FolderSidecars.h"

namespace liner::notes {

QString lrcPathFor(const QString& audioPath)
{
    return library::FolderSidecars::lyricsFileBeside(audioPath);
}

std::optional<SyncedLyrics> loadLrcFile(const QString& path)
{
    const InputBytes file = readInputFile(path, InputKind::Lyrics);
    if (!file.ok())
        return std::nullopt;
    return SyncedLyrics::parse(QString::fromUtf8(file.bytes));
}

} // namespace liner::notes
