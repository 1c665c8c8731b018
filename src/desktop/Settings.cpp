#include "desktop/Settings.h"

#include "common/InputFile.h"
#include "common/KeptAside.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
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
constexpr int kSaveDelayMs = 1000;

// Garbage QSettings reads past without a word (it reports a format error only the first time a
// process parses a file): a settings file is UTF-8 text, never binary.
bool looksDamaged(const QString& path)
{
    const InputBytes file = readInputFile(path, InputKind::UserData);
    if (!file.ok())
        return false;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(file.bytes);
    return utf8.hasError() || text.contains(QChar::Null);
}

// QSettings keys cannot hold every character a path can; a hash of the path can.
QString lyricsOffsetKey(const QString& trackPath)
{
    return QStringLiteral("lyricsOffsets/") +
           QString::fromLatin1(
               QCryptographicHash::hash(trackPath.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

Settings::Settings()
{
    // Written a moment after the last change, so a dragged slider makes one write.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &Settings::save);
    // Where QSettings keeps it, worked out without opening it.
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                         QStringLiteral("/Liner/liner.conf");
    const QFileInfo file(path);
    // Looked at before QSettings opens it: a FIFO there would hold the start for ever.
    if (file.exists() && !file.isFile()) {
        m_problem = QStringLiteral("%1 is not a regular file; settings are kept for this session "
                                   "only")
                        .arg(QDir::toNativeSeparators(path));
        keepInMemory(nullptr);
        return;
    }
    m_settings = std::make_unique<QSettings>(QStringLiteral("Liner"), QStringLiteral("liner"));
    if (m_settings->status() == QSettings::AccessError) {
        m_problem = QStringLiteral("Cannot read %1; settings are kept for this session only")
                        .arg(QDir::toNativeSeparators(path));
        keepInMemory(nullptr);
    } else if (file.exists() && (file.permissions() & QFile::WriteOwner) == 0) {
        m_problem = QStringLiteral("%1 is read-only; changes to settings are kept for this "
                                   "session only")
                        .arg(QDir::toNativeSeparators(path));
        keepInMemory(m_settings.get());
    } else if (m_settings->status() == QSettings::FormatError || looksDamaged(path)) {
        const QString copy = common::copyAside(path, QStringLiteral("damaged"));
        const bool copied = !copy.isEmpty();
        m_problem = copied
                        ? QStringLiteral("%1 could not be read in full; Liner uses what it "
                                         "could read and kept the file as %2")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(copy))
                        : QStringLiteral("%1 could not be read in full, and no copy of it "
                                         "could be kept; settings are kept for this session "
                                         "only")
                              .arg(QDir::toNativeSeparators(path));
        if (!copied)
            keepInMemory(m_settings.get());
    }
}

Settings::~Settings()
{
    save();
}

void Settings::keepInMemory(const QSettings* from)
{
    m_sessionFolder = std::make_unique<QTemporaryDir>();
    auto session = std::make_unique<QSettings>(
        m_sessionFolder->filePath(QStringLiteral("liner.conf")), QSettings::IniFormat);
    if (from != nullptr) {
        const QStringList keys = from->allKeys();
        for (const QString& key : keys)
            session->setValue(key, from->value(key));
    }
    m_settings = std::move(session);
}

void Settings::set(const QString& key, const QVariant& value)
{
    if (value.isValid())
        m_settings->setValue(key, value);
    else
        m_settings->remove(key);
    m_saveTimer.start();
}

QString Settings::save()
{
    m_saveTimer.stop();
    m_settings->sync();
    // QSettings keeps the first error it met for good. A new one on the file writes what is still
    // to be written (the file's state is shared) and says how that went; a format error there
    // only means nothing was written over a damaged file, which was told at the start.
    const QSettings written(m_settings->fileName(), m_settings->format());
    if (written.status() != QSettings::AccessError) {
        m_lastSaveError.clear();
        return {};
    }
    QString error = QStringLiteral("Cannot save the settings to %1")
                        .arg(QDir::toNativeSeparators(m_settings->fileName()));
    // Told once, not at every change while the disk stays full.
    if (error != m_lastSaveError)
        emit saveFailed(error);
    m_lastSaveError = error;
    return error;
}

QStringList Settings::libraryFolders() const
{
    return m_settings->value(kLibraryFolders).toStringList();
}

void Settings::setLibraryFolders(const QStringList& folders)
{
    set(kLibraryFolders, folders);
}

double Settings::volume() const
{
    return std::clamp(m_settings->value(kVolume, 1.0).toDouble(), 0.0, 1.0);
}

void Settings::setVolume(double volume)
{
    set(kVolume, std::clamp(volume, 0.0, 1.0));
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    set(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    set(kState, state);
}

bool Settings::timedNotesBesideLyrics() const
{
    return m_settings->value(kTimedNotesBesideLyrics, true).toBool();
}

void Settings::setTimedNotesBesideLyrics(bool beside)
{
    set(kTimedNotesBesideLyrics, beside);
}

bool Settings::albumGrid() const
{
    // The grid of covers is the window's home; the list is the compact choice.
    return m_settings->value(kAlbumGrid, true).toBool();
}

void Settings::setAlbumGrid(bool grid)
{
    set(kAlbumGrid, grid);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state)
{
    set(kSplitter, state);
}

qint64 Settings::lyricsOffsetMs(const QString& trackPath) const
{
    return m_settings->value(lyricsOffsetKey(trackPath), 0).toLongLong();
}

void Settings::setLyricsOffsetMs(const QString& trackPath, qint64 offsetMs)
{
    set(lyricsOffsetKey(trackPath), offsetMs == 0 ? QVariant() : QVariant(offsetMs));
}

QString Settings::lastTrackPath() const
{
    return m_settings->value(kLastTrack).toString();
}

qint64 Settings::lastPositionMs() const
{
    return std::max<qint64>(0, m_settings->value(kLastPosition, 0).toLongLong());
}

void Settings::setLastTrack(const QString& path, qint64 positionMs)
{
    set(kLastTrack, path);
    set(kLastPosition, std::max<qint64>(0, positionMs));
}

QString Settings::outputDevice() const
{
    return m_settings->value(kDevice).toString();
}

void Settings::setOutputDevice(const QString& deviceName)
{
    set(kDevice, deviceName);
}

Settings::ReplayGainMode Settings::replayGainMode() const
{
    const int mode = m_settings->value(kReplayGainMode, int(ReplayGainMode::Off)).toInt();
    return mode >= int(ReplayGainMode::Off) && mode <= int(ReplayGainMode::Album)
               ? ReplayGainMode(mode)
               : ReplayGainMode::Off;
}

void Settings::setReplayGainMode(ReplayGainMode mode)
{
    set(kReplayGainMode, int(mode));
}

double Settings::replayGainPreampDb() const
{
    return std::clamp(m_settings->value(kReplayGainPreamp, 0.0).toDouble(), -kPreampLimitDb,
                      kPreampLimitDb);
}

void Settings::setReplayGainPreampDb(double db)
{
    set(kReplayGainPreamp, std::clamp(db, -kPreampLimitDb, kPreampLimitDb));
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language)
{
    set(kLanguage, language);
}

bool Settings::isFirstRun() const
{
    return !m_settings->value(kFirstRunDone, false).toBool();
}

void Settings::setFirstRunDone()
{
    set(kFirstRunDone, true);
}

bool Settings::notifyOnTrackChange() const
{
    return m_settings->value(kNotify, false).toBool();
}

void Settings::setNotifyOnTrackChange(bool notify)
{
    set(kNotify, notify);
}

} // namespace liner::desktop
