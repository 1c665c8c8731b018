#include "gui/PreferencesDialog.h"

#include "desktop/Settings.h"
#include "gui/ServerPreferences.h"
#include "ui_PreferencesDialog.h"

#include <QFileDialog>
#include <QSignalBlocker>

namespace liner::gui {

using Mode = desktop::Settings::ReplayGainMode;

namespace {

// PortAudio lists ALSA's "default" PCM as a device of its own; it is the system default the
// first entry already offers.
bool isSystemDefault(const QString& device)
{
    return device.compare(QStringLiteral("default"), Qt::CaseInsensitive) == 0;
}

} // namespace

PreferencesDialog::PreferencesDialog(desktop::Settings& settings, const QStringList& devices,
                                     QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()), m_settings(settings),
      m_servers(new ServerPreferences(this))
{
    m_ui->setupUi(this);
    m_ui->sections->addTab(m_servers, tr("&Servers"));

    m_chosenDevice = isSystemDefault(settings.outputDevice()) ? QString() : settings.outputDevice();
    setDevices(devices);
    connect(m_ui->deviceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_chosenDevice = m_ui->deviceCombo->currentData().toString(); });

    QComboBox* gain = m_ui->replayGainCombo;
    gain->addItem(tr("Off"), int(Mode::Off));
    gain->addItem(tr("Track gain"), int(Mode::Track));
    gain->addItem(tr("Album gain"), int(Mode::Album));
    gain->setCurrentIndex(gain->findData(int(settings.replayGainMode())));
    m_ui->preampSpin->setValue(settings.replayGainPreampDb());
    m_ui->notifyCheck->setChecked(settings.notifyOnTrackChange());

    QComboBox* language = m_ui->languageCombo;
    language->addItem(tr("System language"), QString());
    // Each language is named in itself, so it can be found by someone who cannot read the rest.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    language->setCurrentIndex(std::max(0, language->findData(settings.language())));

    m_ui->foldersList->addItems(settings.libraryFolders());
    for (QLabel* note : {m_ui->foldersNote, m_ui->languageNote})
        note->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->addFolderButton, &QPushButton::clicked, this, &PreferencesDialog::addFolder);
    connect(m_ui->removeFolderButton, &QPushButton::clicked, this,
            [this] { qDeleteAll(m_ui->foldersList->selectedItems()); });
    connect(m_ui->foldersList, &QListWidget::itemSelectionChanged, this, [this] {
        m_ui->removeFolderButton->setEnabled(!m_ui->foldersList->selectedItems().isEmpty());
    });
}

PreferencesDialog::~PreferencesDialog() = default;

QStringList PreferencesDialog::folders() const
{
    QStringList folders;
    for (int row = 0; row < m_ui->foldersList->count(); ++row)
        folders << m_ui->foldersList->item(row)->text();
    return folders;
}

void PreferencesDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Music Folder"));
    if (!folder.isEmpty() && !folders().contains(folder))
        m_ui->foldersList->addItem(folder);
}

void PreferencesDialog::setDevices(const QStringList& devices)
{
    QComboBox* device = m_ui->deviceCombo;
    const QSignalBlocker refilling(device);
    device->clear();
    device->addItem(tr("System default"), QString());
    for (const QString& name : devices) {
        if (!isSystemDefault(name) && device->findData(name) < 0)
            device->addItem(name, name);
    }
    // A device chosen earlier and unplugged now stays chosen, so plugging it back in just works.
    if (!m_chosenDevice.isEmpty() && device->findData(m_chosenDevice) < 0)
        device->addItem(tr("%1 (not connected)").arg(m_chosenDevice), m_chosenDevice);
    device->setCurrentIndex(device->findData(m_chosenDevice));
}

void PreferencesDialog::accept()
{
    m_settings.setOutputDevice(m_ui->deviceCombo->currentData().toString());
    m_settings.setReplayGainMode(Mode(m_ui->replayGainCombo->currentData().toInt()));
    m_settings.setReplayGainPreampDb(m_ui->preampSpin->value());
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setNotifyOnTrackChange(m_ui->notifyCheck->isChecked());
    m_settings.setLibraryFolders(folders());
    QDialog::accept();
}

} // namespace liner::gui
