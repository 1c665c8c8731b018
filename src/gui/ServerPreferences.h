#pragma once

#include "server/ServerAccount.h"

#include <QFutureWatcher>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ServerPreferences;
}

namespace liner::gui {

// Preferences ▸ Servers: the servers whose albums join the library, and the size of the song
// cache. Nothing is stored until apply(): the settings file gets the servers without their
// secrets, the keyring gets the secrets.
class ServerPreferences : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPreferences(QWidget* parent = nullptr);
    ~ServerPreferences() override;

    bool hasChanged() const { return m_changed; }
    // The servers as edited: with their secrets where the listener typed new ones.
    const QList<server::ServerAccount>& accounts() const { return m_accounts; }
    // Stores the servers and the cache size; a secret the keyring would not keep is reported
    // through `problem` (the server then works for this session only).
    void apply(QObject* context, const std::function<void(const QString& problem)>& problem);

private:
    void showAccounts();
    void add();
    void edit();
    void remove();
    void updateButtons();

    std::unique_ptr<Ui::ServerPreferences> m_ui;
    QList<server::ServerAccount> m_accounts;
    QStringList m_removedKeys;
    bool m_changed = false;
    QFutureWatcher<qint64> m_usage;
};

} // namespace liner::gui
