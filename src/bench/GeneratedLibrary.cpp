#include "bench/GeneratedLibrary.h"

#include "demo/CoverRenderer.h"
#include "demo/FixtureWriter.h"
#include "demo/FlacCopies.h"

#include <QDir>
#include <QFile>
#include <array>

namespace liner::bench {

namespace {

QString trackFile(const QString& folder, int track, const QString& extension)
{
    return QStringLiteral("%1/%2.%3")
        .arg(folder)
        .arg(track, 3, 10, QLatin1Char('0'))
        .arg(extension);
}

bool writeText(const QString& path, const QString& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QString lyricsFor(int album, int track)
{
    QString lyrics;
    for (int line = 0; line < 24; ++line)
        lyrics += QStringLiteral("[%1:%2.00]눈물의 여왕 %3-%4, 줄 %5\n")
                      .arg(line * 8 / 60, 2, 10, QLatin1Char('0'))
                      .arg(line * 8 % 60, 2, 10, QLatin1Char('0'))
                      .arg(album)
                      .arg(track)
                      .arg(line);
    return lyrics;
}

} // namespace

QString generateFlacLibrary(const QString& root, int albums, int tracks)
{
    QDir().mkpath(root);
    const QString model = root + QStringLiteral("/.model.flac");
    if (QString error = demo::writeFixture(model, demo::FixtureFormat::Flac,
                                           demo::fixtureSignal(8000, 1, 400), {});
        !error.isEmpty())
        return error;
    QFile modelFile(model);
    if (!modelFile.open(QIODevice::ReadOnly))
        return modelFile.errorString();
    const demo::FlacCopies copies(modelFile.readAll());
    QFile::remove(model);
    if (!copies.isValid())
        return QStringLiteral("the model FLAC did not parse");
    for (int album = 0; album < albums; ++album) {
        const QString artist = QStringLiteral("Artist %1").arg(album % 997);
        const QString folder = QStringLiteral("%1/%2/Album %3").arg(root, artist).arg(album);
        QDir().mkpath(folder);
        for (int track = 1; track <= tracks; ++track) {
            const demo::FlacCopies::Comments comments{
                {QStringLiteral("TITLE"), QStringLiteral("노래 %1-%2").arg(album).arg(track)},
                {QStringLiteral("ARTIST"), artist},
                {QStringLiteral("ALBUM"), QStringLiteral("Album %1").arg(album)},
                {QStringLiteral("TRACKNUMBER"), QString::number(track)},
                {QStringLiteral("DATE"), QString::number(2000 + album % 25)},
                {QStringLiteral("GENRE"), QStringLiteral("Soundtrack")},
            };
            if (QString error =
                    copies.write(trackFile(folder, track, QStringLiteral("flac")), comments);
                !error.isEmpty())
                return error;
        }
    }
    return {};
}

QString generateMixedLibrary(const QString& root, int albums, int tracks)
{
    QDir().mkpath(root);
    constexpr std::array formats{demo::FixtureFormat::Flac, demo::FixtureFormat::Mp3,
                                 demo::FixtureFormat::Aac, demo::FixtureFormat::Vorbis};
    // One encoded model per format; every track is a copy tagged on its own.
    QStringList models;
    for (const demo::FixtureFormat format : formats) {
        const QString model = root + QStringLiteral("/.model.") + demo::fileExtension(format);
        if (QString error =
                demo::writeFixture(model, format, demo::fixtureSignal(44100, 2, 22050), {});
            !error.isEmpty())
            return error;
        models << model;
    }
    const QByteArray cover = demo::renderCoverJpeg(500, 0);
    for (int album = 0; album < albums; ++album) {
        const auto format = formats[std::size_t(album) % formats.size()];
        const QString artist = album % 3 == 0 ? QStringLiteral("아이유 (IU) %1").arg(album % 211)
                                              : QStringLiteral("Artist %1").arg(album % 211);
        const QString albumTitle = album % 5 == 0
                                       ? QStringLiteral("눈물의 여왕 OST Part.%1").arg(album)
                                       : QStringLiteral("Album %1 (Deluxe Edition)").arg(album);
        const QString folder = QStringLiteral("%1/%2/%3").arg(root, artist, albumTitle);
        QDir().mkpath(folder);
        // Most stores embed the cover; some rips keep it beside the files.
        const bool coverBeside = album % 4 == 3;
        if (coverBeside) {
            QFile image(folder + QStringLiteral("/cover.jpg"));
            if (!image.open(QIODevice::WriteOnly) || image.write(cover) < 0)
                return image.errorString();
        }
        if (album % 10 == 0 &&
            !writeText(folder + QStringLiteral("/liner-notes.md"),
                       QStringLiteral("# %1\n\nNotes of the album.\n\n## 1. 첫 노래\nMood: "
                                      "Tender\nCharacters: Hong Hae-in\n\nThe first song.\n")
                           .arg(albumTitle)))
            return QStringLiteral("cannot write the notes of %1").arg(folder);
        for (int track = 1; track <= tracks; ++track) {
            const QString path = trackFile(folder, track, demo::fileExtension(format));
            if (!QFile::copy(models[qsizetype(std::size_t(album) % formats.size())], path))
                return QStringLiteral("cannot copy to %1").arg(path);
            demo::FixtureTags tags;
            tags.title = track == 1 ? QStringLiteral("첫 노래")
                                    : QStringLiteral("노래 %1 (Inst.) [Song %1]").arg(track);
            tags.artist = track % 4 == 0 ? artist + QStringLiteral(" (feat. 10CM)") : artist;
            tags.albumArtist = artist;
            tags.album = albumTitle;
            tags.genre = QStringLiteral("OST");
            tags.trackNumber = track;
            tags.discNumber = 1;
            tags.year = 2000 + album % 25;
            tags.comment = QStringLiteral("Purchased from a store");
            tags.extra = {{QStringLiteral("MUSICBRAINZ_TRACKID"),
                           QStringLiteral("5f3c2a10-0000-4000-8000-%1")
                               .arg(album * 100 + track, 12, 10, QLatin1Char('0'))},
                          {QStringLiteral("REPLAYGAIN_TRACK_GAIN"), QStringLiteral("-6.50 dB")},
                          {QStringLiteral("REPLAYGAIN_TRACK_PEAK"), QStringLiteral("0.988")}};
            if (track % 2 == 0)
                tags.lyrics = lyricsFor(album, track);
            else if (!writeText(trackFile(folder, track, QStringLiteral("lrc")),
                                lyricsFor(album, track)))
                return QStringLiteral("cannot write lyrics in %1").arg(folder);
            tags.embedCover = !coverBeside;
            tags.cover = cover;
            if (QString error = demo::writeTags(path, format, tags); !error.isEmpty())
                return error;
        }
    }
    for (const QString& model : std::as_const(models))
        QFile::remove(model);
    return {};
}

} // namespace liner::bench
