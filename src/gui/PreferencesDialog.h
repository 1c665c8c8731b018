#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace liner::desktop {
class Settings;
}

namespace liner::gui {

class ServerPreferences;

// Settings ▸ Preferences (laid out in ui/PreferencesDialog.ui): output device, ReplayGain mode and
// preamp, track-change notifications, the music folders (added and removed), and the language;
// and on its Servers tab the music servers and the song cache. Accepting stores the choices in
// Settings; the caller applies what changed, and the servers (see servers()).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `devices`: the output devices to offer (the system default is always offered first).
    PreferencesDialog(desktop::Settings& settings, const QStringList& devices,
                      QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // A newer list of devices, which may arrive while the dialog is open; the one picked stays.
    void setDevices(const QStringList& devices);
    void accept() override;
    ServerPreferences& servers() { return *m_servers; }
    // The music folders as listed now.
    QStringList folders() const;

private:
    void addFolder();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    desktop::Settings& m_settings;
    QString m_chosenDevice; // by the listener, or in the settings
    ServerPreferences* m_servers;
};

} // namespace liner::gui
