#include "library/LibraryScanner.h"
#include "support/DecodedAudio.h"

#include <QTest>

using namespace liner;

// The album rendered at build time is real FLAC that FFmpeg decodes and TagLib reads.
class TestBundledAlbum : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_tracks = library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)});
        QVERIFY2(m_tracks.size() >= 8, qPrintable(QString::number(m_tracks.size())));
    }

    void carriesItsTags()
    {
        QStringList titles;
        int number = 0;
        for (const library::Track& track : std::as_const(m_tracks)) {
            QVERIFY2(track.isReadable(), qPrintable(track.error));
            QCOMPARE(track.album, QStringLiteral("Queen of Tears — Liner Demo Album"));
            QCOMPARE(track.trackNumber, ++number);
            QCOMPARE(track.discNumber, 1);
            QCOMPARE(track.year, 2024);
            QCOMPARE(track.genre, QStringLiteral("Soundtrack"));
            QVERIFY(!track.title.isEmpty());
            QVERIFY(!track.artist.isEmpty());
            QVERIFY2(!track.mood.isEmpty(), qPrintable(track.title));
            QVERIFY2(track.hasCover, qPrintable(track.title));
            QCOMPARE(track.sampleRate, 44100);
            QCOMPARE(track.channels, 2);
            titles << track.title;
        }
        for (const char* required : {"The Moment My Heart", "Tears of a Queen", "Promise Me"})
            QVERIFY2(titles.contains(QString::fromUtf8(required)), required);
    }

    void decodesToTheTaggedLengths()
    {
        for (const library::Track& track : std::as_const(m_tracks)) {
            const testing::DecodedAudio audio = testing::decodeFile(track.path);
            QVERIFY2(audio.error.isEmpty(), qPrintable(audio.error));
            QCOMPARE(audio.format.sampleRate, 44100);
            QCOMPARE(audio.format.channels, 2);
            const qint64 decodedMs = audio.frames() * 1000 / 44100;
            QVERIFY2(decodedMs >= 40'000 && decodedMs <= 90'000, qPrintable(track.title));
            QVERIFY2(std::abs(decodedMs - track.durationMs) <= 1, qPrintable(track.title));
            // Music, not silence: a healthy level and no clipping.
            double energy = 0;
            float peak = 0;
            for (const float s : audio.samples) {
                energy += double(s) * s;
                peak = std::max(peak, std::abs(s));
            }
            const double rms = std::sqrt(energy / double(audio.samples.size()));
            QVERIFY2(rms > 0.02 && peak < 1.0F, qPrintable(track.title));
        }
    }

private:
    QList<library::Track> m_tracks;
};

QTEST_GUILESS_MAIN(TestBundledAlbum)
#include "tst_bundledalbum.moc"
