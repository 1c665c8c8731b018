#include "support/RealWorldCorpus.h"

#include "demo/CoverRenderer.h"

#include <QDir>
#include <QFileInfo>

namespace liner::testing {

namespace {

// A tenth of a second: enough for every codec, small enough for a corpus of hundreds of files.
constexpr qint64 kFrames = 4410;

demo::FixtureFormat formatOf(Store store)
{
    switch (store) {
    case Store::Melon:
        return demo::FixtureFormat::Mp3;
    case Store::Flo:
    case Store::AppleMusic:
        return demo::FixtureFormat::Aac;
    case Store::Spotify:
        return demo::FixtureFormat::Vorbis;
    case Store::MusicBrainz:
        return demo::FixtureFormat::Opus;
    case Store::Genie:
    case Store::Bugs:
    case Store::Bandcamp:
        break;
    }
    return demo::FixtureFormat::Flac;
}

bool isKorean(Store store)
{
    return store == Store::Melon || store == Store::Genie || store == Store::Bugs ||
           store == Store::Flo || store == Store::MusicBrainz;
}

QString artistAs(Store store, const OstSong& song)
{
    switch (store) {
    case Store::Melon:
        return song.artistHangul == song.artist
                   ? song.artist
                   : QStringLiteral("%1 (%2)").arg(song.artistHangul, song.artist);
    case Store::Bugs:
        return song.artistHangul == song.artist
                   ? song.artist
                   : QStringLiteral("%1(%2)").arg(song.artistHangul, song.artist);
    case Store::Genie:
    case Store::Flo:
    case Store::MusicBrainz:
        return song.artistHangul;
    case Store::AppleMusic:
    case Store::Spotify:
    case Store::Bandcamp:
        break;
    }
    return song.artist;
}

} // namespace

const QList<OstSong>& queenOfTearsSongs()
{
    static const QList<OstSong> songs{
        {1, QStringLiteral("The Reasons of My Smiles"), QStringLiteral("자꾸만 웃게 돼"),
         QStringLiteral("BSS"), QStringLiteral("부석순")},
        {2, QStringLiteral("Tell Me It's Not a Dream"), QStringLiteral("고장난걸까"),
         QStringLiteral("10CM"), QStringLiteral("10CM")},
        {3, QStringLiteral("Hold Me Back"), QStringLiteral("멈춰줘"), QStringLiteral("Heize"),
         QStringLiteral("헤이즈")},
        {4, QStringLiteral("Love You With All My Heart"), QStringLiteral("미안해 미워해 사랑해"),
         QStringLiteral("Crush"), QStringLiteral("Crush")},
        {5, QStringLiteral("Fallin'"), QStringLiteral("Fallin'"), QStringLiteral("Hong Isaac"),
         QStringLiteral("홍이삭")},
        {6, QStringLiteral("Can't Get Over You"), QStringLiteral("좋아해요"),
         QStringLiteral("Paul Kim"), QStringLiteral("폴킴")},
        {7, QStringLiteral("From Bottom of My Heart"), QStringLiteral("일기"),
         QStringLiteral("Kim Na-young"), QStringLiteral("김나영")},
        {8, QStringLiteral("Last Chance"), QStringLiteral("Last Chance"),
         QStringLiteral("So Soo-bin"), QStringLiteral("소수빈")},
        {9, QStringLiteral("Promise"), QStringLiteral("Promise"), QStringLiteral("Choi Yu-ree"),
         QStringLiteral("최유리")},
        {10, QStringLiteral("Heart Flutter"), QStringLiteral("떨림"), QStringLiteral("dori"),
         QStringLiteral("도리")},
        {11, QStringLiteral("More Than Enough"), QStringLiteral("더 바랄게 없죠"),
         QStringLiteral("Kim Tae-rae"), QStringLiteral("김태래")},
        {12, QStringLiteral("Way Home"), QStringLiteral("청혼"), QStringLiteral("Kim Soo-hyun"),
         QStringLiteral("김수현")},
    };
    return songs;
}

QList<Store> allStores()
{
    return {Store::Melon,      Store::Genie,   Store::Bugs,     Store::Flo,
            Store::AppleMusic, Store::Spotify, Store::Bandcamp, Store::MusicBrainz};
}

QString storeName(Store store)
{
    static const char* const names[] = {"Melon",       "Genie",   "Bugs",     "FLO",
                                        "Apple Music", "Spotify", "Bandcamp", "MusicBrainz Picard"};
    return QString::fromLatin1(names[int(store)]);
}

QString singleAlbumName(Store store, int part)
{
    switch (store) {
    case Store::Melon:
        return QStringLiteral("눈물의 여왕 OST Part.%1").arg(part);
    case Store::Genie:
        return QStringLiteral("눈물의 여왕 OST Part %1").arg(part);
    case Store::Bugs:
        return QStringLiteral("눈물의 여왕 (tvN 토일드라마) OST - Part.%1").arg(part);
    case Store::Flo:
        return QStringLiteral("눈물의 여왕 OST Pt.%1").arg(part);
    case Store::AppleMusic:
        return QStringLiteral("Queen of Tears (Original Television Soundtrack), Pt. %1").arg(part);
    case Store::Spotify:
        return QStringLiteral("Queen of Tears, Pt. %1 (Original Television Soundtrack)").arg(part);
    case Store::Bandcamp:
        return QStringLiteral("Queen of Tears (Original Soundtrack) Part %1").arg(part);
    case Store::MusicBrainz:
        return QStringLiteral("눈물의 여왕 OST Part.%1 (Queen of Tears OST Part.%1)").arg(part);
    }
    return {};
}

QString RealWorldCorpus::write(const QString& path, demo::FixtureFormat format,
                               const demo::FixtureTags& tags)
{
    const QString full = this->path(path);
    if (!QDir().mkpath(QFileInfo(full).absolutePath()))
        return QStringLiteral("cannot make the folder of %1").arg(full);
    const QString error =
        demo::writeFixture(full, format, demo::fixtureSignal(44100, 2, kFrames, m_seed++), tags);
    return error.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(full, error);
}

QString RealWorldCorpus::writeSingles(const QString& folder, Store store, const QList<int>& parts)
{
    const demo::FixtureFormat format = formatOf(store);
    for (const int part : parts) {
        const OstSong& song = queenOfTearsSongs().at(part - 1);
        const QString album = singleAlbumName(store, part);
        const QString title = isKorean(store) ? song.korean : song.english;
        demo::FixtureTags tags;
        tags.album = album;
        tags.artist = artistAs(store, song);
        tags.albumArtist = tags.artist;
        tags.genre = isKorean(store) ? QStringLiteral("드라마") : QStringLiteral("Soundtrack");
        tags.year = 2024;
        tags.embedCover = true;
        tags.cover = demo::renderCoverJpeg(120, part);
        if (store == Store::MusicBrainz) {
            tags.extra.insert(QStringLiteral("ARTISTSORT"), song.artist);
            tags.extra.insert(QStringLiteral("ALBUMARTISTSORT"), song.artist);
            tags.extra.insert(QStringLiteral("MUSICBRAINZ_ALBUMID"),
                              QStringLiteral("00000000-0000-4000-8000-0000000000%1")
                                  .arg(part, 2, 10, QChar(u'0')));
        }
        // Stores number a single's song 1 and its instrumental 2.
        for (const bool instrumental : {false, true}) {
            tags.title = instrumental ? title + QStringLiteral(" (Inst.)") : title;
            tags.trackNumber = instrumental ? 2 : 1;
            tags.extra.insert(QStringLiteral("TRACKTOTAL"), QStringLiteral("2"));
            const QString file =
                QStringLiteral("%1/%2/%3 %4.%5")
                    .arg(folder, album)
                    .arg(tags.trackNumber, 2, 10, QChar(u'0'))
                    .arg(QString(tags.title).remove(u'\''), demo::fileExtension(format));
            if (const QString error = write(file, format, tags); !error.isEmpty())
                return error;
        }
    }
    return {};
}

QString RealWorldCorpus::writeCompilation(const QString& folder, CompilationTags shape,
                                          demo::FixtureFormat format)
{
    for (const OstSong& song : queenOfTearsSongs()) {
        demo::FixtureTags tags;
        tags.album = QStringLiteral("눈물의 여왕 OST");
        tags.title = song.korean;
        tags.artist = song.artistHangul;
        tags.trackNumber = song.part;
        tags.discNumber = 1;
        tags.year = 2024;
        if (shape == CompilationTags::VariousArtists)
            tags.albumArtist = QStringLiteral("Various Artists");
        if (shape == CompilationTags::CompilationFlagOnly)
            tags.extra.insert(QStringLiteral("COMPILATION"), QStringLiteral("1"));
        const QString file = QStringLiteral("%1/1-%2.%3")
                                 .arg(folder)
                                 .arg(song.part, 2, 10, QChar(u'0'))
                                 .arg(demo::fileExtension(format));
        if (const QString error = write(file, format, tags); !error.isEmpty())
            return error;
    }
    return {};
}

} // namespace liner::testing
