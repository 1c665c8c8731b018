#pragma once

#include <QByteArray>
#include <QSettings>

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

private:
    QSettings m_settings{QStringLiteral("Liner"), QStringLiteral("liner")};
};

} // namespace liner::desktop
