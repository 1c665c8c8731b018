#pragma once

#include <QByteArray>
#include <QSettings>
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
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    // The folders the listener added to the library (the bundled album is always in it).
    QStringList libraryFolders() const;
    void setLibraryFolders(const QStringList& folders);
    // The listener's correction of a track's lyric timing (positive: lines show earlier).
    qint64 lyricsOffsetMs(const QString& trackPath) const;
    void setLyricsOffsetMs(const QString& trackPath, qint64 offsetMs);

private:
    QSettings m_settings{QStringLiteral("Liner"), QStringLiteral("liner")};
};

} // namespace liner::desktop
