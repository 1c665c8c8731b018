#include "notes/LyricsFiles.h"

#include "common/InputFile.h"
#include "common/TextDecoding.h"

#include <QDir>
#include <QFileInfo>

namespace liner::notes {

QString lrcPathFor(const QString& audioPath)
{
    const QFileInfo audio(audioPath);
    QString exact = audio.dir().filePath(audio.completeBaseName() + QStringLiteral(".lrc"));
    if (QFileInfo::exists(exact))
        return exact;
    // Compared by hand rather than with a name filter: a base name may hold '[' or '*'.
    const QString wanted = audio.completeBaseName() + QStringLiteral(".lrc");
    const QFileInfoList entries = audio.dir().entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& entry : entries) {
        if (entry.fileName().compare(wanted, Qt::CaseInsensitive) == 0 &&
            entry.completeBaseName() == audio.completeBaseName())
            return entry.filePath();
    }
    return {};
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
