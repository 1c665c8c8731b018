#include "gui/AnalysisProgress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace liner::gui {

AnalysisProgress::AnalysisProgress(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("analysisProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    // No taller than a line of text, so showing it never changes the status bar's height (and
    // with it the layout of the whole window).
    m_bar->setMaximumHeight(m_label->fontMetrics().height());
    m_bar->setAccessibleName(tr("Analysis progress"));
    hide();
}

void AnalysisProgress::showProgress(int done, int total)
{
    if (total <= 0 || done >= total) {
        hide();
        return;
    }
    m_label->setText(tr("Analysing the music: %1 of %2").arg(done).arg(total));
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    show();
}

} // namespace liner::gui
