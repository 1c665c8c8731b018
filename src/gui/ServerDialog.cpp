#include "gui/ServerDialog.h"

#include "server/ServerSecrets.h"
#include "server/SubsonicClient.h"
#include "server/SubsonicResponse.h"
#include "ui_ServerDialog.h"

#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::gui {

namespace {

// Signs in and names what answered: "Navidrome 0.53 (OpenSubsonic)". Runs off the UI thread.
QString signIn(const server::ServerAccount& account)
{
    server::SubsonicClient client(account);
    const server::ServerReply reply = client.call(QStringLiteral("ping"));
    if (!reply.isOk())
        return reply.error;
    QString name = server::textOf(reply.body, QStringLiteral("type"));
    if (name.isEmpty())
        name = QStringLiteral("Subsonic API %1")
                   .arg(server::textOf(reply.body, QStringLiteral("version")));
    else
        name += u' ' + server::textOf(reply.body, QStringLiteral("serverVersion"));
    if (reply.body.value(QStringLiteral("openSubsonic")).toBool())
        name += QStringLiteral(" (OpenSubsonic)");
    return ServerDialog::tr("Signed in: %1.").arg(name.trimmed());
}

} // namespace

ServerDialog::ServerDialog(const server::ServerAccount& account, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ServerDialog>()), m_original(account)
{
    m_ui->setupUi(this);
    m_ui->secretNoteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->formatCombo->addItem(QStringLiteral("Opus"), QStringLiteral("opus"));
    m_ui->formatCombo->addItem(QStringLiteral("MP3"), QStringLiteral("mp3"));
    m_ui->formatCombo->addItem(QStringLiteral("AAC"), QStringLiteral("aac"));
    if (account.isValid()) {
        m_ui->urlEdit->setText(account.url.toString());
        m_ui->userEdit->setText(account.user);
        m_ui->passwordEdit->setPlaceholderText(tr("Unchanged (kept in the keyring)"));
        m_ui->transcodeCheck->setChecked(!account.transcodeFormat.isEmpty());
        if (const int format = m_ui->formatCombo->findData(account.transcodeFormat); format >= 0)
            m_ui->formatCombo->setCurrentIndex(format);
        if (account.transcodeKbps > 0)
            m_ui->bitrateSpin->setValue(account.transcodeKbps);
    }
    for (QLineEdit* edit : {m_ui->urlEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->apiKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_ui->transcodeCheck, &QCheckBox::toggled, this, &ServerDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ServerDialog::test);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] {
        m_ui->testResultLabel->setText(m_test.result());
        m_ui->testButton->setEnabled(true);
    });
    validate();
}

ServerDialog::~ServerDialog()
{
    // The test holds nothing of the dialog's, but is waited for so it ends with it.
    m_test.waitForFinished();
}

server::ServerAccount ServerDialog::account() const
{
    server::ServerAccount account = m_original;
    // "music.example.org" is taken to mean https://music.example.org.
    const QString typed = m_ui->urlEdit->text().trimmed();
    account.url =
        QUrl::fromUserInput(typed.contains(u"://") ? typed : QStringLiteral("https://") + typed);
    account.user = m_ui->userEdit->text().trimmed();
    account.password = m_ui->passwordEdit->text();
    account.apiKey = m_ui->apiKeyEdit->text().trimmed();
    account.transcodeFormat =
        m_ui->transcodeCheck->isChecked() ? m_ui->formatCombo->currentData().toString() : QString();
    account.transcodeKbps = m_ui->transcodeCheck->isChecked() ? m_ui->bitrateSpin->value() : 0;
    return account;
}

bool ServerDialog::secretEntered() const
{
    return !m_ui->passwordEdit->text().isEmpty() || !m_ui->apiKeyEdit->text().trimmed().isEmpty();
}

void ServerDialog::validate()
{
    const server::ServerAccount entered = account();
    // A new server, or one whose name changed, needs its secret: the keyring keeps it by name.
    const bool secretKnown =
        secretEntered() || (m_original.isValid() && entered.key() == m_original.key());
    const bool ok = entered.isValid() && secretKnown;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_ui->testButton->setEnabled(ok && !m_test.isRunning());
    m_ui->formatCombo->setEnabled(m_ui->transcodeCheck->isChecked());
    m_ui->bitrateSpin->setEnabled(m_ui->transcodeCheck->isChecked());
}

void ServerDialog::test()
{
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Signing in…"));
    const server::ServerAccount entered = account();
    if (secretEntered()) {
        runTest(entered);
        return;
    }
    server::ServerSecrets::read(
        entered.key(), this,
        [this, entered](const server::ServerSecrets::Secret& secret, const QString& error) {
            if (!error.isEmpty()) {
                m_ui->testResultLabel->setText(error);
                m_ui->testButton->setEnabled(true);
                return;
            }
            server::ServerAccount withSecret = entered;
            withSecret.password = secret.password;
            withSecret.apiKey = secret.apiKey;
            runTest(withSecret);
        });
}

void ServerDialog::runTest(const server::ServerAccount& account)
{
    m_test.setFuture(QtConcurrent::run(&signIn, account));
}

} // namespace liner::gui
