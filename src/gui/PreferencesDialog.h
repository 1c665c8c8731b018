#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace liner::desktop {
class Settings;
}

namespace liner::gui {

class ServerPreferences;

// Settings ▸ Preferences: output device, ReplayGain mode and preamp, language and track-change
// notifications; and on its Servers tab the music servers and the song cache. Accepting stores
// the first in Settings; the caller applies what changed, and the servers (see servers()).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `devices`: the output devices to offer (the system default is always offered first).
    PreferencesDialog(desktop::Settings& settings, const QStringList& devices,
                      QWidget* parent = nullptr);

    // A newer list of devices, which may arrive while the dialog is open; the one picked stays.
    void setDevices(const QStringList& devices);
    void accept() override;
    ServerPreferences& servers() { return *m_servers; }

private:
    desktop::Settings& m_settings;
    QComboBox* m_device;
    QString m_chosenDevice; // by the listener, or in the settings
    QComboBox* m_replayGain;
    QDoubleSpinBox* m_preamp;
    QComboBox* m_language;
    QCheckBox* m_notify;
    ServerPreferences* m_servers;
};

} // namespace liner::gui
