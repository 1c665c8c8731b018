#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace liner::gui {

// "Analysing the music: 12 of 40" with a bar, in the status bar while an analysis runs.
class AnalysisProgress : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisProgress(QWidget* parent = nullptr);

    void showProgress(int done, int total);

private:
    QLabel* m_label;
    QProgressBar* m_bar;
};

} // namespace liner::gui
