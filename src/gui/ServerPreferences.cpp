#include "gui/ServerPreferences.h"

#include "gui/ServerDialog.h"
#include "server/MediaCache.h"
#include "server/ServerSecrets.h"
#include "server/ServerSettings.h"
#include "ui_ServerPreferences.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::gui {

ServerPreferences::ServerPreferences(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ServerPreferences>()),
      m_accounts(server::ServerSettings().accounts())
{
    m_ui->setupUi(this);
    m_ui->cacheUsageLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->cacheSpin->setValue(server::ServerSettings().cacheMegabytes());
    const QString usage = tr("Songs heard from servers are kept so they are not fetched twice; "
                             "the least recently played go first.");
    m_ui->cacheUsageLabel->setText(usage);
    // Adding up the cache reads its folder: not on the UI thread.
    connect(&m_usage, &QFutureWatcher<qint64>::finished, this, [this, usage] {
        m_ui->cacheUsageLabel->setText(
            tr("%1 In use now: %2.").arg(usage, QLocale().formattedDataSize(m_usage.result())));
    });
    m_usage.setFuture(QtConcurrent::run([] { return server::MediaCache().sizeOnDisk(); }));
    connect(m_ui->cacheSpin, &QSpinBox::valueChanged, this, [this] { m_changed = true; });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ServerPreferences::add);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ServerPreferences::edit);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ServerPreferences::remove);
    connect(m_ui->serverList, &QListWidget::itemDoubleClicked, this, &ServerPreferences::edit);
    connect(m_ui->serverList, &QListWidget::currentRowChanged, this,
            &ServerPreferences::updateButtons);
    showAccounts();
}

ServerPreferences::~ServerPreferences()
{
    m_usage.waitForFinished();
}

void ServerPreferences::showAccounts()
{
    m_ui->serverList->clear();
    for (const server::ServerAccount& account : std::as_const(m_accounts)) {
        auto* item = new QListWidgetItem(tr("%1 at %2").arg(account.user, account.url.toString()),
                                         m_ui->serverList);
        item->setToolTip(account.transcodeFormat.isEmpty()
                             ? tr("Original files, bit-perfect")
                             : tr("Transcoded by the server to %1").arg(account.transcodeFormat));
    }
    updateButtons();
}

void ServerPreferences::updateButtons()
{
    const bool chosen = m_ui->serverList->currentRow() >= 0;
    m_ui->editButton->setEnabled(chosen);
    m_ui->removeButton->setEnabled(chosen);
}

void ServerPreferences::add()
{
    ServerDialog dialog({}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const server::ServerAccount added = dialog.account();
    // The same server and user again replaces the first.
    m_accounts.removeIf(
        [&added](const server::ServerAccount& a) { return a.key() == added.key(); });
    m_accounts << added;
    m_changed = true;
    showAccounts();
    m_ui->serverList->setCurrentRow(int(m_accounts.size()) - 1);
}

void ServerPreferences::edit()
{
    const int row = m_ui->serverList->currentRow();
    if (row < 0)
        return;
    ServerDialog dialog(m_accounts[row], this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const server::ServerAccount edited = dialog.account();
    if (edited.key() != m_accounts[row].key())
        m_removedKeys << m_accounts[row].key();
    m_accounts[row] = edited;
    m_changed = true;
    showAccounts();
    m_ui->serverList->setCurrentRow(row);
}

void ServerPreferences::remove()
{
    const int row = m_ui->serverList->currentRow();
    if (row < 0)
        return;
    m_removedKeys << m_accounts.takeAt(row).key();
    m_changed = true;
    showAccounts();
}

void ServerPreferences::apply(QObject* context,
                              const std::function<void(const QString& problem)>& problem)
{
    if (!m_changed)
        return;
    server::ServerSettings settings;
    settings.setAccounts(m_accounts);
    settings.setCacheMegabytes(m_ui->cacheSpin->value());
    for (const QString& key : std::as_const(m_removedKeys))
        server::ServerSecrets::remove(key, context, [](const QString&) {});
    for (const server::ServerAccount& account : std::as_const(m_accounts)) {
        if (account.password.isEmpty() && account.apiKey.isEmpty())
            continue; // unchanged: the keyring has it already
        const QString key = account.key();
        server::ServerSecrets::write(key, {account.password, account.apiKey}, context,
                                     [problem, key](const QString& error) {
                                         if (!error.isEmpty())
                                             problem(tr("The password for %1 is used for this "
                                                        "session only: %2")
                                                         .arg(key, error));
                                     });
    }
}

} // namespace liner::gui
