#pragma once

#include <QDialog>

class QMenuBar;

namespace liner::gui {

// Help ▸ Keyboard Shortcuts (F1): every menu action that has a shortcut, in menu order. It reads
// the menus themselves, so the list cannot drift from the keys that work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);
};

} // namespace liner::gui
