#include "gui/PreferencesDialog.h"

#include "desktop/Settings.h"
#include "gui/ServerPreferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace liner::gui {

using Mode = desktop::Settings::ReplayGainMode;

PreferencesDialog::PreferencesDialog(desktop::Settings& settings, const QStringList& devices,
                                     QWidget* parent)
    : QDialog(parent), m_settings(settings), m_device(new QComboBox(this)),
      m_replayGain(new QComboBox(this)), m_preamp(new QDoubleSpinBox(this)),
      m_language(new QComboBox(this)), m_notify(new QCheckBox(this)),
      m_servers(new ServerPreferences(this))
{
    setWindowTitle(tr("Preferences"));

    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setAccessibleName(tr("Output device"));
    m_chosenDevice = settings.outputDevice();
    setDevices(devices);
    connect(m_device, &QComboBox::currentIndexChanged, this,
            [this] { m_chosenDevice = m_device->currentData().toString(); });

    m_replayGain->setObjectName(QStringLiteral("replayGainCombo"));
    m_replayGain->setAccessibleName(tr("ReplayGain"));
    m_replayGain->addItem(tr("Off"), int(Mode::Off));
    m_replayGain->addItem(tr("Track gain"), int(Mode::Track));
    m_replayGain->addItem(tr("Album gain"), int(Mode::Album));
    m_replayGain->setCurrentIndex(m_replayGain->findData(int(settings.replayGainMode())));

    m_preamp->setObjectName(QStringLiteral("preampSpin"));
    m_preamp->setAccessibleName(tr("ReplayGain preamp"));
    m_preamp->setRange(-15.0, 15.0);
    m_preamp->setSingleStep(0.5);
    m_preamp->setDecimals(1);
    m_preamp->setSuffix(tr(" dB"));
    m_preamp->setValue(settings.replayGainPreampDb());

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so it can be found by someone who cannot read the rest.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notify->setText(tr("Show a notification when a new track starts"));
    m_notify->setChecked(settings.notifyOnTrackChange());

    auto* form = new QFormLayout;
    form->addRow(tr("&Output device:"), m_device);
    form->addRow(tr("&ReplayGain:"), m_replayGain);
    form->addRow(tr("&Preamp:"), m_preamp);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_notify);
    auto* note = new QLabel(tr("A new language applies the next time Liner starts."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* playback = new QWidget(this);
    auto* playbackLayout = new QVBoxLayout(playback);
    playbackLayout->addLayout(form);
    playbackLayout->addWidget(note);
    playbackLayout->addStretch();
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("preferencesTabs"));
    tabs->addTab(playback, tr("&General"));
    tabs->addTab(m_servers, tr("&Servers"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void PreferencesDialog::setDevices(const QStringList& devices)
{
    const QSignalBlocker refilling(m_device);
    m_device->clear();
    m_device->addItem(tr("System default"), QString());
    for (const QString& device : devices)
        m_device->addItem(device, device);
    // A device chosen earlier and unplugged now stays chosen, so plugging it back in just works.
    if (!m_chosenDevice.isEmpty() && m_device->findData(m_chosenDevice) < 0)
        m_device->addItem(tr("%1 (not connected)").arg(m_chosenDevice), m_chosenDevice);
    m_device->setCurrentIndex(m_device->findData(m_chosenDevice));
}

void PreferencesDialog::accept()
{
    m_settings.setOutputDevice(m_device->currentData().toString());
    m_settings.setReplayGainMode(Mode(m_replayGain->currentData().toInt()));
    m_settings.setReplayGainPreampDb(m_preamp->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setNotifyOnTrackChange(m_notify->isChecked());
    QDialog::accept();
}

} // namespace liner::gui
