#pragma once

#include <QDialog>

namespace liner::gui {

// Help ▸ About Liner: the version, the licence and the libraries Liner runs on, with the versions
// loaded at run time (what a bug report needs).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace liner::gui
