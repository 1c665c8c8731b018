#include "library/FolderSidecars.h"

#include "common/FileName.h"
#include "library/FolderWalk.h"

#include <QFileInfo>

namespace liner::library {

namespace {

bool isCoverImage(const QString& name)
{
    static const QStringList stems{QStringLiteral("cover."), QStringLiteral("folder."),
                                   QStringLiteral("front.")};
    static const QStringList suffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                      QStringLiteral("png")};
    const bool named = std::any_of(stems.cbegin(), stems.cend(), [&name](const QString& stem) {
        return name.startsWith(stem, Qt::CaseInsensitive);
    });
    return named && suffixes.contains(QFileInfo(name).suffix(), Qt::CaseInsensitive);
}

// "01 Song.flac" → "01 Song": the base name `.lrc` files are matched by.
QString baseName(const QString& fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot < 0 ? fileName : fileName.left(dot);
}

} // namespace

FolderSidecars::FolderSidecars(const QString& folder, const QStringList& fileNames,
                               const QStringList& otherNames)
    : m_folder(folder)
{
    QString cover;
    for (const QString& name : fileNames) {
        if (name.endsWith(u".lrc", Qt::CaseInsensitive)) {
            const QString base = baseName(name);
            // `.lrc` itself wins over `.LRC` and the like, whichever the listing gives first.
            if (!m_lyricsByBaseName.contains(base) || name.endsWith(u".lrc"))
                m_lyricsByBaseName.insert(base, name);
        } else if (isCoverImage(name) &&
                   (cover.isEmpty() || name.compare(cover, Qt::CaseInsensitive) < 0)) {
            cover = name;
        } else if (name == notesFileName()) {
            m_hasNotes = true;
        }
    }
    if (!cover.isEmpty())
        m_coverImage = folder + u'/' + cover;
    for (const QString& name : otherNames) {
        m_hasNotes = m_hasNotes || name == notesFileName();
        if (name.endsWith(u".lrc", Qt::CaseInsensitive) &&
            !m_lyricsByBaseName.contains(baseName(name)))
            m_lyricsByBaseName.insert(baseName(name), name);
    }
}

FolderSidecars FolderSidecars::of(const QString& folder)
{
    // Listed as a scan lists it, so a name in any bytes is found by the same name.
    WalkedFolder walked;
    walkFolder(
        folder, [&walked](WalkedFolder&& listed) { walked = std::move(listed); },
        [](const QString&) { return false; });
    return {folder, walked.files, walked.others};
}

QString FolderSidecars::lyricsFileBeside(const QString& audioPath)
{
    const QFileInfo audio(audioPath);
    QString usual = audio.path() + u'/' + audio.completeBaseName() + QStringLiteral(".lrc");
    // Whatever has the usual name (a FIFO, a device too) is the one meant: the file rule then
    // says why it is not read, rather than the lyrics passing over it in silence.
    if (pathType(usual) != PathType::Missing)
        return usual;
    return of(audio.path()).lyricsFileFor(audioPath);
}

QString FolderSidecars::lyricsFileFor(const QString& audioPath) const
{
    const QString fileName = audioPath.mid(audioPath.lastIndexOf(u'/') + 1);
    const auto found = m_lyricsByBaseName.constFind(baseName(fileName));
    return found == m_lyricsByBaseName.cend() ? QString() : m_folder + u'/' + *found;
}

} // namespace liner::library
