#pragma once

#include "demo/FixtureWriter.h"

#include <QList>
#include <QString>

namespace liner::testing {

// One song of the Queen of Tears soundtrack as its single was released (ALBUM.md, the notes
// pack): its part, English and Korean titles, and its singer in Latin letters and in Hangul.
struct OstSong
{
    int part = 0;
    QString english;
    QString korean;
    QString artist;
    QString artistHangul;
};
const QList<OstSong>& queenOfTearsSongs();

// How stores, taggers and rippers name and tag the singles of a Korean drama's soundtrack.
enum class Store
{
    Melon,      // "눈물의 여왕 OST Part.3", Korean titles, "헤이즈 (Heize)", MP3
    Genie,      // "눈물의 여왕 OST Part 3", Korean titles, Hangul artists, FLAC
    Bugs,       // "눈물의 여왕 (tvN 토일드라마) OST - Part.3", FLAC
    Flo,        // "눈물의 여왕 OST Pt.3", AAC
    AppleMusic, // "Queen of Tears (Original Television Soundtrack), Pt. 3", English, AAC
    Spotify,    // "Queen of Tears, Pt. 3 (Original Television Soundtrack)", Ogg Vorbis
    Bandcamp,   // "Queen of Tears (Original Soundtrack) Part 3", FLAC
    MusicBrainz, // Picard: "눈물의 여왕 OST Part.3 (Queen of Tears OST Part.3)", sort tags, Opus
};
QList<Store> allStores();
QString storeName(Store store);
QString singleAlbumName(Store store, int part);

// Writes files with the project's fixture writer (FFmpeg and TagLib); each returns an empty
// string, or why it failed.
class RealWorldCorpus
{
public:
    explicit RealWorldCorpus(QString root) : m_root(std::move(root)) {}

    // The singles of `parts` as `store` names them, one folder each under `folder`: the song, then
    // its instrumental "(Inst.)", each single with its own cover.
    QString writeSingles(const QString& folder, Store store, const QList<int>& parts);
    enum class CompilationTags
    {
        NoAlbumArtist,      // each singer as ARTIST only, as many rips are
        VariousArtists,     // ALBUMARTIST "Various Artists"
        CompilationFlagOnly // TCMP / cpil / COMPILATION=1 and no ALBUMARTIST
    };
    // The whole soundtrack as one album, "눈물의 여왕 OST": the twelve songs in one folder, each
    // tagged with its singer in Hangul.
    QString writeCompilation(const QString& folder, CompilationTags tags,
                             demo::FixtureFormat format);
    // One file.
    QString write(const QString& path, demo::FixtureFormat format, const demo::FixtureTags& tags);

    QString path(const QString& relative) const { return m_root + u'/' + relative; }

private:
    QString m_root;
    int m_seed = 1;
};

} // namespace liner::testing
