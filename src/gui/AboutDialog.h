#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace liner::gui {

// Help ▸ About Liner (laid out in ui/AboutDialog.ui): the version, the licence and the libraries
// Liner runs on, with the versions loaded at run time (what a bug report needs).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace liner::gui
