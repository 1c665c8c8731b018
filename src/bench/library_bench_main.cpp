// liner-bench-library: the library scan's numbers for scripts/bench.
//   generate DIR ALBUMS TRACKS  write ALBUMS folders of TRACKS small tagged FLAC files
//   taglib DIR                  the baseline: one thread reading every file's tags with TagLib
//   index DIR DATABASE          a LibraryIndexer pass (parallel, with the SQLite cache)
//   rescan DIR DATABASE         two passes of one indexer, as the running program makes them;
//                               times the second
//   first-album DIR DATABASE    milliseconds until the first album's tracks reach the window's
//                               side of LibraryUpdater
#include "demo/FixtureWriter.h"
#include "library/LibraryIndexer.h"
#include "library/LibraryScanner.h"
#include "library/LibraryUpdater.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <taglib/fileref.h>
#include <taglib/tpropertymap.h>

using namespace liner;

namespace {

int generate(const QString& root, int albums, int tracks)
{
    const QString model = root + QStringLiteral("/model.flac");
    QDir().mkpath(root);
    if (const QString error = demo::writeFixture(model, demo::FixtureFormat::Flac,
                                                 demo::fixtureSignal(8000, 1, 400), {});
        !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (int album = 0; album < albums; ++album) {
        const QString folder =
            QStringLiteral("%1/Artist %2/Album %3").arg(root).arg(album % 37).arg(album);
        QDir().mkpath(folder);
        for (int track = 1; track <= tracks; ++track) {
            const QString path =
                QStringLiteral("%1/%2.flac").arg(folder).arg(track, 3, 10, QLatin1Char('0'));
            demo::FixtureTags tags;
            tags.title = QStringLiteral("노래 %1-%2").arg(album).arg(track);
            tags.artist = QStringLiteral("Artist %1").arg(album % 37);
            tags.album = QStringLiteral("Album %1").arg(album);
            tags.trackNumber = track;
            tags.year = 2000 + album % 25;
            if (!QFile::copy(model, path) ||
                !demo::writeTags(path, demo::FixtureFormat::Flac, tags).isEmpty())
                return 1;
        }
    }
    QFile::remove(model);
    return 0;
}

// Times are taken inside the process, so that loading the program's libraries (the same for
// every mode) is not counted against the work measured.
void printElapsed(const QElapsedTimer& clock)
{
    std::printf("elapsed %.1f ms\n", double(clock.nsecsElapsed()) / 1e6);
}

int taglibLoop(const QString& root)
{
    QElapsedTimer clock;
    clock.start();
    int read = 0;
    QDirIterator it(root, {QStringLiteral("*.flac")}, QDir::Files, QDirIterator::Subdirectories);
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

int index(const QString& root, const QString& database)
{
    QElapsedTimer clock;
    clock.start();
    const library::IndexResult result = library::LibraryIndexer(database).update({root});
    printElapsed(clock);
    std::printf("%lld tracks, %d read, %d reused\n", qlonglong(result.tracks.size()),
                result.unitsRead, result.unitsReused);
    return result.tracks.isEmpty() ? 1 : 0;
}

int rescan(const QString& root, const QString& database)
{
    library::LibraryIndexer indexer(database);
    const qsizetype known = indexer.update({root}).tracks.size();
    QElapsedTimer clock;
    clock.start();
    const library::IndexResult result = indexer.update({root});
    printElapsed(clock);
    std::printf("%lld tracks, %d read, %d reused\n", qlonglong(result.tracks.size()),
                result.unitsRead, result.unitsReused);
    return result.tracks.size() == known && known > 0 ? 0 : 1;
}

int firstAlbum(const QString& root, const QString& database)
{
    library::LibraryUpdater updater(database);
    QElapsedTimer clock;
    QObject::connect(&updater, &library::LibraryUpdater::tracksArrived, [&clock] {
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
        return generate(args[1], args[2].toInt(), args[3].toInt());
    if (mode == u"taglib" && args.size() == 2)
        return taglibLoop(args[1]);
    if (mode == u"index" && args.size() == 3)
        return index(args[1], args[2]);
    if (mode == u"rescan" && args.size() == 3)
        return rescan(args[1], args[2]);
    if (mode == u"first-album" && args.size() == 3)
        return firstAlbum(args[1], args[2]);
    std::fprintf(stderr, "usage: liner-bench-library generate DIR ALBUMS TRACKS | taglib DIR | "
                         "index DIR DATABASE | rescan DIR DATABASE | first-album DIR DATABASE\n");
    return 2;
}
