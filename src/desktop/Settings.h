#pragma once

#include "engine/ReplayGain.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace liner::desktop {

// The user's choices that outlive a session, stored with QSettings under "Liner/liner".
class Settings
{
public:
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

private:
    QSettings m_settings{QStringLiteral("Liner"), QStringLiteral("liner")};
};

} // namespace liner::desktop
