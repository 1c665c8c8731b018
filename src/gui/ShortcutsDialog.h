#pragma once

#include <QDialog>
#include <memory>

class QMenuBar;

namespace Ui {
class ShortcutsDialog;
}

namespace liner::gui {

// Help ▸ Keyboard Shortcuts (F1; laid out in ui/ShortcutsDialog.ui): every menu action that has a
// shortcut, in menu order, each of its keys. It reads the menus themselves, so the list cannot
// drift from the keys that work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);
    ~ShortcutsDialog() override;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace liner::gui
