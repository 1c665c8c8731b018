#include "LibraryScanner.h"

#include "TagReader.h"

#include <QCollator>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace liner::library {

const QStringList& LibraryScanner::audioExtensions()
{
    static const QStringList extensions{
        QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("mp3"),
        QStringLiteral("m4a"),  QStringLiteral("mp4"), QStringLiteral("aac"),
        QStringLiteral("ogg"),  QStringLiteral("oga"), QStringLiteral("opus"),
        QStringLiteral("wv"),   QStringLiteral("aif"), QStringLiteral("aiff"),
        QStringLiteral("ape"),
    };
    return extensions;
}

QStringList LibraryScanner::findAudioFiles(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (audioExtensions().contains(file.suffix().toLower()))
                files << file.absoluteFilePath();
        }
    }
    return files;
}

QList<Track> LibraryScanner::scan(const QStringList& paths)
{
    QList<Track> tracks =
        QtConcurrent::blockingMapped<QList<Track>>(findAudioFiles(paths), &TagReader::read);
    sortForPlayback(tracks);
    return tracks;
}

void LibraryScanner::sortForPlayback(QList<Track>& tracks)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(tracks.begin(), tracks.end(), [&collator](const Track& a, const Track& b) {
        const QString folderA = QFileInfo(a.path).absolutePath();
        const QString folderB = QFileInfo(b.path).absolutePath();
        if (folderA != folderB)
            return collator.compare(folderA, folderB) < 0;
        if (a.discNumber != b.discNumber)
            return a.discNumber < b.discNumber;
        if (a.trackNumber != b.trackNumber)
            return a.trackNumber < b.trackNumber;
        return collator.compare(QFileInfo(a.path).fileName(), QFileInfo(b.path).fileName()) < 0;
    });
}

} // namespace liner::library
