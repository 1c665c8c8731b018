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
    // Polished now, with the window, rather than on the UI thread's first progress report.
    ensurePolished();
    m_label->ensurePolished();
    m_bar->ensurePolished();
    hide();
}

void AnalysisProgress::showProgress(int done, int total)
{
    if (total <= 0 || done >= total) {
        hide();
        return;
    }
    const QString text = tr("Analysing the music: %1 of %2");
    // A label of fixed size does not ask its window for a new layout at each new count (Qt
    // skips updateGeometry then): a layout pass of the whole window took 20-25 ms, 60 and more
    // under a sanitizer, once per track analysed. The widest count is the total itself.
    if (total != m_bar->maximum() || !isVisible()) {
        const QFontMetrics metrics = m_label->fontMetrics();
        m_label->setFixedSize(metrics.horizontalAdvance(text.arg(total).arg(total)) +
                                  metrics.averageCharWidth(),
                              metrics.height());
    }
    m_label->setText(text.arg(done).arg(total));
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    show();
}

} // namespace liner::gui
