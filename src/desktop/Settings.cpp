#include "Settings.h"

#include <algorithm>

namespace liner::desktop {

namespace {
const QString kVolume = QStringLiteral("playback/volume");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

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
