#include "demo/FixtureWriter.h"
#include "engine/Decoder.h"
#include "support/DecodedAudio.h"

#include <QTemporaryDir>
#include <QTest>

using namespace liner;

// A seek in a lossy file lands close to its target, as the decoder's own output from the start
// shows, and costs only the few frames around the target, however far into the file it is.
class TestLossySeek : public QObject
{
    Q_OBJECT

private slots:
    void landsNearTheTargetWithoutDecodingFromTheStart_data()
    {
        QTest::addColumn<demo::FixtureFormat>("format");
        for (const demo::FixtureFormat format :
             {demo::FixtureFormat::Mp3, demo::FixtureFormat::Aac, demo::FixtureFormat::Vorbis,
              demo::FixtureFormat::Opus})
            QTest::newRow(qPrintable(demo::formatName(format))) << format;
    }

    void landsNearTheTargetWithoutDecodingFromTheStart()
    {
        QFETCH(demo::FixtureFormat, format);
        const int rate = format == demo::FixtureFormat::Opus ? 48000 : 44100;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.") + demo::fileExtension(format));
        QCOMPARE(demo::encodeAudioFile(path, format, demo::fixtureSignal(rate, 2, 40 * rate, 21)),
                 QString());
        const std::vector<float> whole = testing::decodeFile(path).samples;

        const qint64 target = 31 * qint64(rate) + 12'345;
        engine::Decoder decoder;
        QCOMPARE(decoder.open(path), QString());
        QVERIFY(decoder.seek(target));
        std::vector<float> after;
        std::vector<float> block;
        // Well past the codec's warm-up after a jump (MP3's bit reservoir, Opus's pre-roll).
        constexpr std::size_t kSkip = 8192;
        constexpr std::size_t kWindow = 4096;
        while (after.size() < 2 * (kSkip + kWindow) && decoder.decodeNext(block))
            after.insert(after.end(), block.begin(), block.end());
        QVERIFY(after.size() >= 2 * (kSkip + kWindow));
        // At most a few seconds of work, where decoding from the start would take 31.
        QVERIFY2(decoder.framesDecoded() < 3 * rate,
                 qPrintable(QStringLiteral("%1 frames decoded").arg(decoder.framesDecoded())));

        // Where the decoder's own output from the start matches what the seek gave best.
        const qint64 maxError = rate / 20; // 50 ms
        const qint64 claimed = target + qint64(kSkip);
        qint64 best = -1;
        double bestDistance = 0;
        for (qint64 at = claimed - 2 * maxError; at <= claimed + 2 * maxError; ++at) {
            double distance = 0;
            for (std::size_t i = 0; i < 2 * kWindow && distance < bestDistance + 1e9; ++i) {
                const double d = whole[std::size_t(2 * at) + i] - after[2 * kSkip + i];
                distance += d * d;
            }
            if (best < 0 || distance < bestDistance) {
                best = at;
                bestDistance = distance;
            }
        }
        QVERIFY2(
            std::abs(best - claimed) <= maxError,
            qPrintable(QStringLiteral("landed %1 ms off").arg((best - claimed) * 1000 / rate)));
        // ... and it is the same audio there, not a chance resemblance.
        double power = 0;
        for (std::size_t i = 0; i < 2 * kWindow; ++i)
            power += double(after[2 * kSkip + i]) * after[2 * kSkip + i];
        QVERIFY2(bestDistance < power * 1e-3,
                 qPrintable(QStringLiteral("distance %1, power %2").arg(bestDistance).arg(power)));
    }
};

QTEST_GUILESS_MAIN(TestLossySeek)
#include "tst_lossyseek.moc"
