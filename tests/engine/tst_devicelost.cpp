#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

using namespace liner;
using engine::PlaybackEngine;

namespace {

// Kills the capture's sink processes, which this process started through ALSA's file PCM: the
// device is gone from under the stream, as when a USB DAC is pulled.
int killSinks()
{
    int killed = 0;
    const QString self = QString::number(getpid());
    for (const QString& pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile command(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!stat.open(QIODevice::ReadOnly) || !command.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ..."
        const QList<QByteArray> fields = stat.readAll().split(')').value(1).split(' ');
        if (fields.value(2) == self.toLatin1() && command.readAll().contains("paced_sink")) {
            ::kill(pid_t(pid.toInt()), SIGKILL);
            ++killed;
        }
    }
    return killed;
}

} // namespace

class TestDeviceLost : public QObject
{
    Q_OBJECT

private slots:
    // The device dies mid-track: the engine says so once, keeps its place, opens the device
    // again when it can and plays the rest of the track.
    void reportsOnceAndResumesWhereItWas()
    {
        // Writes into the dead sink's pipe must fail, not kill the process.
        std::signal(SIGPIPE, SIG_IGN);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("long.flac"));
        QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 6 * 44100, 4), {})
                    .isEmpty());
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine,
                    [&engine](int current) { engine.setNext(current, {}, 0); });
            QSignalSpy position(&engine, &PlaybackEngine::positionChanged);
            QSignalSpy failed(&engine, &PlaybackEngine::outputFailed);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play({path}, 1);
            QTRY_VERIFY_WITH_TIMEOUT(
                !position.isEmpty() && position.last().at(1).toLongLong() >= 1000, 30'000);
            QVERIFY(killSinks() > 0);
            QVERIFY(failed.wait(30'000));
            const qint64 lostAt = position.last().at(1).toLongLong();
            const auto reportsBefore = position.size();
            QVERIFY2(finished.wait(60'000),
                     qPrintable(QStringLiteral("last position %1 ms after %2 failure reports")
                                    .arg(position.last().at(1).toLongLong())
                                    .arg(failed.size())));
            QCOMPARE(failed.size(), 1);
            // It went on from where it was (give or take the device's buffer), not from the start.
            QVERIFY(position.last().at(1).toLongLong() > lostAt);
            for (auto i = reportsBefore; i < position.size(); ++i)
                QVERIFY(position.at(i).at(1).toLongLong() >= lostAt - 500);
        }
        // The reopened stream got the end of the track.
        const std::vector<float> decoded = testing::decodeFile(path).samples;
        const QStringList captures = capture.finishedCaptureFiles();
        QVERIFY(!captures.isEmpty());
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.last());
        QVERIFY(std::search(captured.begin(), captured.end(), decoded.end() - 4096,
                            decoded.end()) != captured.end());
    }
};

QTEST_GUILESS_MAIN(TestDeviceLost)
#include "tst_devicelost.moc"
