// liner-bench-library: the library's numbers for scripts/bench.
//   generate DIR ALBUMS TRACKS        ALBUMS folders of TRACKS small tagged FLAC files
//   generate-mixed DIR ALBUMS TRACKS  the same in FLAC, MP3, AAC and Vorbis, with covers, lyrics
//                                     and notes, tagged as stores and taggers leave them
//   taglib DIR                        the baseline: one thread reading every audio file's tags
//                                     and audio properties with TagLib::FileRef
//   stat-walk DIR                     the floor of a rescan: one thread listing every folder and
//                                     stat()ing every audio file
//   index DIR DATABASE                a LibraryIndexer pass (parallel, with the SQLite cache)
//   rescan DIR DATABASE               two passes of one indexer, as the running program makes them;
//                                     times the second
//   first-album DIR DATABASE          milliseconds until the first album's tracks reach the
//                                     window's side of LibraryUpdater
#include "bench/GeneratedLibrary.h"
#include "library/FolderWalk.h"
#include "library/LibraryIndexer.h"
#include "library/LibraryScanner.h"
#include "library/LibraryUpdater.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <sys/stat.h>
#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

using namespace liner;

namespace {

int generated(const QString& error)
{
    if (error.isEmpty())
        return 0;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
}

// Times are taken inside the process, so that loading the program's libraries (the same for
// every mode) is not counted against the work measured.
void printElapsed(const QElapsedTimer& clock)
{
    std::printf("elapsed %.1f ms\n", double(clock.nsecsElapsed()) / 1e6);
}

QStringList audioPatterns()
{
    QStringList patterns;
    for (const QString& extension : library::LibraryScanner::audioExtensions())
        patterns << QStringLiteral("*.") + extension;
    return patterns;
}

int taglibLoop(const QString& root)
{
    QElapsedTimer clock;
    clock.start();
    int read = 0;
    QDirIterator it(root, audioPatterns(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const TagLib::FileRef file(QFile::encodeName(it.next()).constData(), true,
                                   TagLib::AudioProperties::Average);
        if (!file.isNull() && !file.file()->properties().isEmpty() &&
            file.audioProperties()->lengthInMilliseconds() > 0)
            ++read;
    }
    printElapsed(clock);
    std::printf("%d files\n", read);
    return read > 0 ? 0 : 1;
}

int statWalk(const QString& root)
{
    QElapsedTimer clock;
    clock.start();
    int files = 0;
    library::walkFolder(root, [&files](library::WalkedFolder&& folder) {
        for (const QString& name : std::as_const(folder.files)) {
            struct stat status = {};
            if (::stat(QFile::encodeName(folder.path + u'/' + name).constData(), &status) == 0)
                ++files;
        }
    });
    printElapsed(clock);
    std::printf("%d files\n", files);
    return files > 0 ? 0 : 1;
}

int index(const QString& root, const QString& database)
{
    QElapsedTimer clock;
    clock.start();
    const library::IndexResult result = library::LibraryIndexer(database).update({root});
    printElapsed(clock);
    std::printf("%d tracks, %d read, %d reused\n", result.trackCount(), result.unitsRead,
                result.unitsReused);
    return (result.trackCount() == 0) ? 1 : 0;
}

int rescan(const QString& root, const QString& database)
{
    library::LibraryIndexer indexer(database);
    const qsizetype known = indexer.update({root}).trackCount();
    QElapsedTimer clock;
    clock.start();
    const library::IndexResult result = indexer.update({root});
    printElapsed(clock);
    std::printf("%d tracks, %d read, %d reused\n", result.trackCount(), result.unitsRead,
                result.unitsReused);
    return result.trackCount() == known && known > 0 ? 0 : 1;
}

int firstAlbum(const QString& root, const QString& database)
{
    library::LibraryUpdater updater(database);
    QElapsedTimer clock;
    QObject::connect(&updater, &library::LibraryUpdater::foldersArrived, [&clock] {
        std::printf("first album after %lld ms\n", clock.elapsed());
        QCoreApplication::quit();
    });
    clock.start();
    updater.setFolders({root});
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    if (mode == u"generate" && args.size() == 4)
        return generated(bench::generateFlacLibrary(args[1], args[2].toInt(), args[3].toInt()));
    if (mode == u"generate-mixed" && args.size() == 4)
        return generated(bench::generateMixedLibrary(args[1], args[2].toInt(), args[3].toInt()));
    if (mode == u"taglib" && args.size() == 2)
        return taglibLoop(args[1]);
    if (mode == u"stat-walk" && args.size() == 2)
        return statWalk(args[1]);
    if (mode == u"index" && args.size() == 3)
        return index(args[1], args[2]);
    if (mode == u"rescan" && args.size() == 3)
        return rescan(args[1], args[2]);
    if (mode == u"first-album" && args.size() == 3)
        return firstAlbum(args[1], args[2]);
    std::fprintf(stderr,
                 "usage: liner-bench-library generate DIR ALBUMS TRACKS | generate-mixed DIR "
                 "ALBUMS TRACKS | taglib DIR | stat-walk DIR | index DIR DATABASE | rescan "
                 "DIR DATABASE | first-album DIR DATABASE\n");
    return 2;
}
