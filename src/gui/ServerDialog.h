#pragma once

#include "server/ServerAccount.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

namespace Ui {
class ServerDialog;
}

namespace liner::gui {

// Preferences ▸ Servers ▸ Add or Edit: a server's address, user name, password or API key, and
// whether it may transcode. "Test Connection" signs in off the UI thread and says what answered.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    // `account`: the server to edit, or an empty one to add. Its secrets are never shown: the
    // fields stay empty, and empty means unchanged.
    explicit ServerDialog(const server::ServerAccount& account = {}, QWidget* parent = nullptr);
    ~ServerDialog() override;

    // What was entered; password and API key are empty when left unchanged.
    server::ServerAccount account() const;
    bool secretEntered() const;

private:
    void validate();
    void test();
    void runTest(const server::ServerAccount& account);

    std::unique_ptr<Ui::ServerDialog> m_ui;
    server::ServerAccount m_original;
    QFutureWatcher<QString> m_test;
};

} // namespace liner::gui
