#pragma once

#include <QMetaType>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <vector>

namespace liner::testing {

// An ALSA configuration of the test's own whose default PCM is a `file` PCM: PortAudio opens it as
// a normal device and every frame the player sends lands in a raw float file in a temporary dir.
class AudioCapture
{
public:
    enum class Pace
    {
        Unpaced,
        Paced
    };
    explicit AudioCapture(Pace pace = Pace::Paced, double speed = 8.0);

    bool isValid() const { return m_dir.isValid(); }
    QString configPath() const;
    // The environment a child process needs to play into this capture.
    QProcessEnvironment environment() const;
    // Points this process's own ALSA at the capture (before PortAudio is first initialised).
    void applyToThisProcess() const;

    // Capture files written so far, one per stream opened: "capture-RATE-CHANNELS-FORMAT.raw".
    QStringList captureFiles() const;
    // The capture files once every stream has been closed and fully written (paced captures
    // finish a little after the player closes its stream); empty after the timeout.
    QStringList finishedCaptureFiles(int timeoutMs = 30000) const;
    static std::vector<float> readFloats(const QString& path);

private:
    QTemporaryDir m_dir;
};

// Index of the first sample that is not exactly zero, or size() when all are.
std::size_t firstNonSilentSample(const std::vector<float>& samples);

} // namespace liner::testing

Q_DECLARE_METATYPE(liner::testing::AudioCapture::Pace)
