#include "desktop/Settings.h"

#include <QCryptographicHash>
#include <algorithm>

namespace liner::desktop {

namespace {
const QString kVolume = QStringLiteral("playback/volume");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLibraryFolders = QStringLiteral("library/folders");
const QString kAlbumGrid = QStringLiteral("library/albumGrid");
const QString kTimedNotesBesideLyrics = QStringLiteral("notes/timedNotesBesideLyrics");
const QString kLastTrack = QStringLiteral("playback/lastTrack");
const QString kLastPosition = QStringLiteral("playback/lastPositionMs");
const QString kDevice = QStringLiteral("playback/device");
const QString kReplayGainMode = QStringLiteral("playback/replayGainMode");
const QString kReplayGainPreamp = QStringLiteral("playback/replayGainPreampDb");
const QString kLanguage = QStringLiteral("interface/language");
const QString kNotify = QStringLiteral("interface/notifyOnTrackChange");
const QString kFirstRunDone = QStringLiteral("interface/firstRunDone");
constexpr double kPreampLimitDb = 15.0;

// QSettings keys cannot hold every character a path can; a hash of the path can.
QString lyricsOffsetKey(const QString& trackPath)
{
    return QStringLiteral("lyricsOffsets/") +
           QString::fromLatin1(
               QCryptographicHash::hash(trackPath.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

QStringList Settings::libraryFolders() const
{
    return m_settings.value(kLibraryFolders).toStringList();
}

void Settings::setLibraryFolders(const QStringList& folders)
{
    m_settings.setValue(kLibraryFolders, folders);
}

double Settings::volume() const
{
    return std::clamp(m_settings.value(kVolume, 1.0).toDouble(), 0.0, 1.0);
}

void Settings::setVolume(double volume)
{
    m_settings.setValue(kVolume, std::clamp(volume, 0.0, 1.0));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kState, state);
}

} // namespace liner::desktop

namespace liner::desktop {

bool Settings::timedNotesBesideLyrics() const
{
    return m_settings.value(kTimedNotesBesideLyrics, true).toBool();
}

void Settings::setTimedNotesBesideLyrics(bool beside)
{
    m_settings.setValue(kTimedNotesBesideLyrics, beside);
}

bool Settings::albumGrid() const
{
    // The grid of covers is the window's home; the list is the compact choice.
    return m_settings.value(kAlbumGrid, true).toBool();
}

void Settings::setAlbumGrid(bool grid)
{
    m_settings.setValue(kAlbumGrid, grid);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state)
{
    m_settings.setValue(kSplitter, state);
}

qint64 Settings::lyricsOffsetMs(const QString& trackPath) const
{
    return m_settings.value(lyricsOffsetKey(trackPath), 0).toLongLong();
}

void Settings::setLyricsOffsetMs(const QString& trackPath, qint64 offsetMs)
{
    if (offsetMs == 0)
        m_settings.remove(lyricsOffsetKey(trackPath));
    else
        m_settings.setValue(lyricsOffsetKey(trackPath), offsetMs);
}

} // namespace liner::desktop

namespace liner::desktop {

QString Settings::lastTrackPath() const
{
    return m_settings.value(kLastTrack).toString();
}

qint64 Settings::lastPositionMs() const
{
    return std::max<qint64>(0, m_settings.value(kLastPosition, 0).toLongLong());
}

void Settings::setLastTrack(const QString& path, qint64 positionMs)
{
    m_settings.setValue(kLastTrack, path);
    m_settings.setValue(kLastPosition, std::max<qint64>(0, positionMs));
}

QString Settings::outputDevice() const
{
    return m_settings.value(kDevice).toString();
}

void Settings::setOutputDevice(const QString& deviceName)
{
    m_settings.setValue(kDevice, deviceName);
}

Settings::ReplayGainMode Settings::replayGainMode() const
{
    const int mode = m_settings.value(kReplayGainMode, int(ReplayGainMode::Off)).toInt();
    return mode >= int(ReplayGainMode::Off) && mode <= int(ReplayGainMode::Album)
               ? ReplayGainMode(mode)
               : ReplayGainMode::Off;
}

void Settings::setReplayGainMode(ReplayGainMode mode)
{
    m_settings.setValue(kReplayGainMode, int(mode));
}

double Settings::replayGainPreampDb() const
{
    return std::clamp(m_settings.value(kReplayGainPreamp, 0.0).toDouble(), -kPreampLimitDb,
                      kPreampLimitDb);
}

void Settings::setReplayGainPreampDb(double db)
{
    m_settings.setValue(kReplayGainPreamp, std::clamp(db, -kPreampLimitDb, kPreampLimitDb));
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

bool Settings::isFirstRun() const
{
    return !m_settings.value(kFirstRunDone, false).toBool();
}

void Settings::setFirstRunDone()
{
    m_settings.setValue(kFirstRunDone, true);
}

bool Settings::notifyOnTrackChange() const
{
    return m_settings.value(kNotify, false).toBool();
}

void Settings::setNotifyOnTrackChange(bool notify)
{
    m_settings.setValue(kNotify, notify);
}

} // namespace liner::desktop
