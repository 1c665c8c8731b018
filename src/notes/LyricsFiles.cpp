#include "notes/LyricsFiles.h"

#include "common/InputFile.h"
#include "common/TextDecoding.h"
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
    const DecodedText decoded = decodeText(file.bytes);
    SyncedLyrics lyrics = SyncedLyrics::parse(decoded.text);
    if (!decoded.isDecided())
        lyrics.setFileProblem(QStringLiteral("%1: %2").arg(path, undecidedEncodingProblem()));
    return lyrics;
}

} // namespace liner::notes
