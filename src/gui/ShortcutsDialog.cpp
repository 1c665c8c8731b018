#include "gui/ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QMenu>
#include <QMenuBar>

namespace liner::gui {

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->shortcutsTable;
    // Named here, not in the form: uic declares header items under reserved names (`__qtable…`),
    // which clang-tidy refuses in a header of src/.
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    for (const QAction* menuAction : menus.actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction* action : menu->actions()) {
            // An action with two keys (redo: Ctrl+Shift+Z and Ctrl+Y) is listed with both.
            for (const QKeySequence& key : action->shortcuts()) {
                const int row = table->rowCount();
                table->insertRow(row);
                table->setItem(row, 0,
                               new QTableWidgetItem(key.toString(QKeySequence::NativeText)));
                table->setItem(row, 1, new QTableWidgetItem(QString(action->text()).remove(u'&')));
            }
        }
    }
    table->resizeColumnToContents(0);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace liner::gui
