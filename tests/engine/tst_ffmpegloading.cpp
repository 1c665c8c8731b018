#include "engine/AudioLibraryVersions.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <algorithm>

using namespace liner;

namespace {

constexpr int kRate = 44100;
constexpr int kFrames = kRate / 2;

// Whether a library whose file name starts with `name` is mapped into this process.
bool isLoaded(const char* name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(QByteArray("/") + name);
}

qint16 sampleAt(int frame, int channel)
{
    const auto ramp = qint16(frame % 2000 - 1000);
    return channel == 0 ? ramp : qint16(-ramp);
}

// A stereo 16-bit WAV of known samples, written here: the demo's encoders would bring FFmpeg into
// the test before the engine does.
QByteArray wavFile()
{
    QByteArray pcm(kFrames * 4, Qt::Uninitialized);
    for (int frame = 0; frame < kFrames; ++frame) {
        for (int channel = 0; channel < 2; ++channel)
            qToLittleEndian(sampleAt(frame, channel), pcm.data() + frame * 4 + channel * 2);
    }
    QByteArray header(44, Qt::Uninitialized);
    char* h = header.data();
    std::copy_n("RIFF", 4, h);
    qToLittleEndian(quint32(36 + pcm.size()), h + 4);
    std::copy_n("WAVEfmt ", 8, h + 8);
    qToLittleEndian(quint32(16), h + 16);
    qToLittleEndian(quint16(1), h + 20); // PCM
    qToLittleEndian(quint16(2), h + 22);
    qToLittleEndian(quint32(kRate), h + 24);
    qToLittleEndian(quint32(kRate * 4), h + 28);
    qToLittleEndian(quint16(4), h + 32);
    qToLittleEndian(quint16(16), h + 34);
    std::copy_n("data", 4, h + 36);
    qToLittleEndian(quint32(pcm.size()), h + 40);
    return header + pcm;
}

} // namespace

// FFmpeg (and the hundred codec libraries libavcodec brings) is loaded when the engine first opens
// a file, not when it is made: a window that browses a library and plays nothing pays nothing for
// it. The test links no FFmpeg of its own, so what the engine loads is all there is.
class TestFfmpegLoading : public QObject
{
    Q_OBJECT

private slots:
    void loadsOnTheFirstPlay()
    {
        const QTemporaryDir dir;
        const QString track = dir.filePath(QStringLiteral("ramp.wav"));
        QFile file(track);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(wavFile()) > 0);
        file.close();
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();

        QVERIFY2(!isLoaded("libavcodec.so"), "FFmpeg was in before anything asked for it");
        {
            engine::PlaybackEngine engine;
            QVERIFY2(!isLoaded("libavcodec.so"), "making the engine loaded FFmpeg");
            connect(&engine, &engine::PlaybackEngine::nextWanted, &engine,
                    [&engine](int current) { engine.setNext(current, {}, 0); });
            QSignalSpy started(&engine, &engine::PlaybackEngine::trackStarted);
            QSignalSpy finished(&engine, &engine::PlaybackEngine::finished);
            engine.play({track}, 1);
            QVERIFY(started.wait(10000));
            QVERIFY(isLoaded("libavcodec.so"));
            // Half a second unpaced can finish before the wait for its start returns; a second
            // wait() would then wait for an end that already came.
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        }
        // The device got the file's samples, every one, decoded through the FFmpeg loaded late.
        std::vector<float> expected;
        for (int frame = 0; frame < kFrames; ++frame) {
            for (int channel = 0; channel < 2; ++channel)
                expected.push_back(float(sampleAt(frame, channel)) / 32768.0f);
        }
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());
        QVERIFY(std::search(captured.begin(), captured.end(), expected.begin(), expected.end()) !=
                captured.end());
        QVERIFY2(engine::ffmpegVersion().contains(QStringLiteral(", libavcodec ")),
                 qPrintable(engine::ffmpegVersion()));
    }
};

QTEST_GUILESS_MAIN(TestFfmpegLoading)
#include "tst_ffmpegloading.moc"
