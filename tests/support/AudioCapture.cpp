#include "support/AudioCapture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <algorithm>
#include <cstring>

namespace liner::testing {

AudioCapture::AudioCapture(Pace pace, double speed)
{
    // Sanitizer builds run the player several times slower; scripts/test slows the sink to match.
    if (const double factor = qEnvironmentVariable("LINER_CAPTURE_SPEED_FACTOR").toDouble();
        factor > 0)
        speed *= factor;
    const QString pattern = m_dir.filePath(QStringLiteral("capture-%r-%c-%f.raw"));
    const QString file = pace == Pace::Unpaced ? pattern
                                               : QStringLiteral("|exec %1 %2 %r %c 4 %3")
                                                     .arg(QStringLiteral(LINER_PACED_SINK),
                                                          QString::number(speed), pattern);
    const QString config = QStringLiteral(R"(pcm.!default {
  type file
  slave.pcm "linercapturenull"
  file "%1"
  format "raw"
}
pcm.linercapturenull { type null }
)")
                               .arg(file);
    QFile out(configPath());
    if (out.open(QIODevice::WriteOnly))
        out.write(config.toUtf8());
}

QString AudioCapture::configPath() const
{
    return m_dir.filePath(QStringLiteral("asound.conf"));
}

QProcessEnvironment AudioCapture::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ALSA_CONFIG_PATH"), configPath());
    // Keep PortAudio off any JACK or PulseAudio server the developer happens to run.
    environment.insert(QStringLiteral("JACK_NO_START_SERVER"), QStringLiteral("1"));
    return environment;
}

void AudioCapture::applyToThisProcess() const
{
    qputenv("ALSA_CONFIG_PATH", configPath().toLocal8Bit());
    qputenv("JACK_NO_START_SERVER", "1");
}

QStringList AudioCapture::captureFiles() const
{
    QStringList files;
    const QDir dir(m_dir.path());
    for (const QString& name :
         dir.entryList({QStringLiteral("capture-*.raw")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QStringList AudioCapture::finishedCaptureFiles(int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    const QDir dir(m_dir.path());
    while (!dir.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty()) {
        if (timer.hasExpired(timeoutMs))
            return {};
        QThread::msleep(10);
    }
    return captureFiles();
}

std::vector<float> AudioCapture::readFloats(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::vector<float> samples(std::size_t(bytes.size()) / sizeof(float));
    std::memcpy(samples.data(), bytes.constData(), samples.size() * sizeof(float));
    return samples;
}

std::size_t firstNonSilentSample(const std::vector<float>& samples)
{
    return std::size_t(
        std::find_if(samples.begin(), samples.end(), [](float s) { return s != 0.0F; }) -
        samples.begin());
}

} // namespace liner::testing
