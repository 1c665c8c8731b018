#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using engine::PlaybackEngine;

namespace {

constexpr int kRate = 44100;

// Where `part` lies in `captured`, found by its opening frames; -1 when it is not there whole.
std::ptrdiff_t findWhole(const std::vector<float>& captured, const std::vector<float>& part)
{
    const auto at =
        std::search(captured.begin(), captured.end(), part.begin(), part.begin() + 4096);
    if (captured.end() - at < std::ptrdiff_t(part.size()) ||
        !std::equal(part.begin(), part.end(), at))
        return -1;
    return at - captured.begin();
}

} // namespace

// The engine asks what follows each track (nextWanted) and takes only the answer to the question
// it asks now: answers that come late, or twice, or after it was told that nothing follows, still
// lead to the right track, without a gap.
class TestNextAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3; ++i) {
            m_parts << m_dir.filePath(QStringLiteral("part%1.flac").arg(i));
            QCOMPARE(demo::encodeAudioFile(m_parts.last(), demo::FixtureFormat::Flac,
                                           demo::fixtureSignal(kRate, 2, 30011 + 7919 * i, i + 7)),
                     QString());
            m_audio.push_back(testing::decodeFile(m_parts.last()).samples);
        }
    }

    // An answer that names another track's question (one the controller answered before the
    // engine moved on) is dropped, even when it comes last.
    void dropsAnAnswerToAnotherQuestion()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine, [&engine, this](int current) {
                if (current == 1) {
                    engine.setNext(1, {m_parts.at(2)}, 3);
                    engine.setNext(7, {m_parts.at(1)}, 2); // about a track long gone
                } else {
                    engine.setNext(current, {}, 0);
                }
            });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play({m_parts.at(0)}, 1);
            QVERIFY(finished.wait(30'000));
            QCOMPARE(started.size(), 2);
            QCOMPARE(started.at(1).first().toInt(), 3);
        }
        const std::vector<float> captured =
            testing::AudioCapture::readFloats(capture.finishedCaptureFiles().first());
        QCOMPARE(findWhole(captured, m_audio[2]),
                 findWhole(captured, m_audio[0]) + std::ptrdiff_t(m_audio[0].size()));
    }

    // After a seek the engine asks again what follows the track being heard: the controller may
    // have named a later track's successor meanwhile, and its queue may have changed.
    void asksAgainAfterASeek()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        PlaybackEngine engine;
        QList<int> asked;
        connect(&engine, &PlaybackEngine::nextWanted, &engine, [&](int current) {
            asked << current;
            engine.setNext(current, {}, 0);
        });
        QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
        QSignalSpy finished(&engine, &PlaybackEngine::finished);
        engine.play({m_parts.at(2)}, 1);
        QVERIFY(started.wait(10'000));
        QCOMPARE(asked, QList<int>{1});
        engine.seek(100);
        QTRY_COMPARE_WITH_TIMEOUT(asked, (QList<int>{1, 1}), 10'000);
        // The 0.9 s left after the seek, paced, can end while the QTRY above still spins.
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
    }

    // Told that nothing follows, then, while the last frames play out, that something does (a
    // track added to the queue at the last moment): it follows them without a gap after all.
    void takesATrackNamedWhileTheLastFramesPlay()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine,
                    [&engine](int current) { engine.setNext(current, {}, 0); });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy position(&engine, &PlaybackEngine::positionChanged);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play({m_parts.at(2)}, 1);
            // Well into the track: it is all decoded, and "nothing follows" has been taken.
            QTRY_VERIFY_WITH_TIMEOUT(
                !position.isEmpty() && position.last().at(1).toLongLong() >= 300, 10'000);
            QVERIFY(finished.isEmpty());
            engine.setNext(1, {m_parts.at(0)}, 2);
            QVERIFY(finished.wait(30'000));
            QCOMPARE(started.size(), 2);
            QCOMPARE(started.at(1).first().toInt(), 2);
        }
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());
        const std::ptrdiff_t last = findWhole(captured, m_audio[2]);
        QVERIFY(last >= 0);
        QCOMPARE(findWhole(captured, m_audio[0]), last + std::ptrdiff_t(m_audio[2].size()));
    }

private:
    QTemporaryDir m_dir;
    QStringList m_parts;
    std::vector<std::vector<float>> m_audio;
};

QTEST_GUILESS_MAIN(TestNextAnswers)
#include "tst_nextanswers.moc"
