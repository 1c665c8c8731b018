#include "notes/LyricsFiles.h"

#include "library/FolderSidecars.h"

#include <QFile>

namespace liner::notes {

QString lrcPathFor(const QString& audioPath)
{
    return library::FolderSidecars::lyricsFileBeside(audioPath);
}

std::optional<SyncedLyrics> loadLrcFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return SyncedLyrics::parse(QString::fromUtf8(file.readAll()));
}

} // namespace liner::notes
