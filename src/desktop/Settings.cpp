#include "Settings.h"

#include <QCryptographicHash>
#include <algorithm>

namespace liner::desktop {

namespace {
const QString kVolume = QStringLiteral("playback/volume");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLibraryFolders = QStringLiteral("library/folders");

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
