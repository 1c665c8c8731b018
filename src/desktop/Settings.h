#pragma once

#include "engine/ReplayGain.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

class QTemporaryDir;

namespace liner::desktop {

// The user's choices that outlive a session, stored with QSettings under "Liner/liner"
// (~/.config/Liner/liner.conf). Whatever is found there, Liner starts and loses nothing it had:
// - a file QSettings cannot make sense of in full is copied aside (liner.conf.damaged) before
//   anything is written, and what could be read is used;
// - a file that cannot be read (a folder, a FIFO, no permission) or that the user made read-only
//   is never written: the session keeps its settings in memory only, and says so;
// - keys Liner does not know (a newer Liner's) are kept, as QSettings keeps every key it read;
// - QSettings writes atomically, so a full disk leaves the old file whole; a failed write is
//   told through saveFailed, and tried again with the next change.
class Settings : public QObject
{
    Q_OBJECT

public:
    Settings();
    ~Settings() override;

    // What was wrong with the file and what Liner does about it, or an empty string.
    const QString& problem() const { return m_problem; }
    // Writes the changes now; returns why they could not be written, or an empty string.
    QString save();

    double volume() const;
    void setVolume(double volume);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    // Albums as a grid of covers rather than a list.
    bool albumGrid() const;
    void setAlbumGrid(bool grid);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    // The folders the listener added to the library (the bundled album is always in it).
    QStringList libraryFolders() const;
    void setLibraryFolders(const QStringList& folders);
    // A track's timed notes show beside its lyrics (true) or instead of them.
    bool timedNotesBesideLyrics() const;
    void setTimedNotesBesideLyrics(bool beside);
    // The listener's correction of a track's lyric timing (positive: lines show earlier).
    qint64 lyricsOffsetMs(const QString& trackPath) const;
    void setLyricsOffsetMs(const QString& trackPath, qint64 offsetMs);

    // Where the last session was in its album, so the next one resumes there.
    QString lastTrackPath() const;
    qint64 lastPositionMs() const;
    void setLastTrack(const QString& path, qint64 positionMs);
    // Empty: PortAudio's default output.
    QString outputDevice() const;
    void setOutputDevice(const QString& deviceName);

    using ReplayGainMode = engine::ReplayGainMode;
    ReplayGainMode replayGainMode() const;
    void setReplayGainMode(ReplayGainMode mode);
    // Gain added on top of the tags' (-15 .. +15 dB).
    double replayGainPreampDb() const;
    void setReplayGainPreampDb(double db);
    // A locale name ("ko", "en"); empty follows the system.
    QString language() const;
    void setLanguage(const QString& language);
    // A desktop notification when a new track starts (off unless the listener asks for it).
    // True until the first-run hint has been shown once.
    bool isFirstRun() const;
    void setFirstRunDone();
    bool notifyOnTrackChange() const;
    void setNotifyOnTrackChange(bool notify);

signals:
    void saveFailed(const QString& message);

private:
    void set(const QString& key, const QVariant& value);
    // Settings kept for this session only, starting from `from`'s when given.
    void keepInMemory(const QSettings* from);

    std::unique_ptr<QTemporaryDir> m_sessionFolder; // set when the file is not to be written
    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
    QString m_lastSaveError;
    QTimer m_saveTimer;
};

} // namespace liner::desktop
