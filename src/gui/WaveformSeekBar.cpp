#include "gui/WaveformSeekBar.h"

#include <QPainter>
#include <QStyle>
#include <cmath>

namespace liner::gui {

namespace {

constexpr int kHeight = 36;

} // namespace

WaveformSeekBar::WaveformSeekBar(QWidget* parent) : JumpSlider(parent) {}

void WaveformSeekBar::setWaveform(const analysis::Waveform& waveform)
{
    m_waveform = waveform;
    updateGeometry();
    update();
}

QSize WaveformSeekBar::sizeHint() const
{
    const QSize plain = JumpSlider::sizeHint();
    return m_waveform.isEmpty() ? plain : QSize(plain.width(), std::max(plain.height(), kHeight));
}

int WaveformSeekBar::valueAt(double x) const
{
    if (m_waveform.isEmpty())
        return JumpSlider::valueAt(x);
    const double share = std::clamp(x / std::max(1, width()), 0.0, 1.0);
    return minimum() + int(std::lround(share * (maximum() - minimum())));
}

void WaveformSeekBar::paintEvent(QPaintEvent* event)
{
    if (m_waveform.isEmpty()) {
        JumpSlider::paintEvent(event);
        return;
    }
    QPainter painter(this);
    // Every column is one device pixel wide, whatever the scale: no column is smeared over two.
    const qreal ratio = devicePixelRatioF();
    painter.scale(1.0 / ratio, 1.0 / ratio);
    const int columns = int(std::lround(width() * ratio));
    const double height = std::round(this->height() * ratio);
    const double middle = std::round(height / 2.0);
    const double range = std::max(1, maximum() - minimum());
    const int played = int(std::lround((value() - minimum()) / range * columns));
    const QPalette& colours = palette();
    const QColor playedPeak = colours.color(QPalette::Highlight);
    QColor playedBody = playedPeak.darker(130);
    QColor comingPeak = colours.color(QPalette::PlaceholderText);
    comingPeak.setAlphaF(0.55);
    QColor comingBody = colours.color(QPalette::PlaceholderText);
    const int bins = m_waveform.bins();
    for (int column = 0; column < columns; ++column) {
        // The loudest of the bins this column covers, so no peak falls between columns.
        const int first = column * bins / columns;
        const int last = std::max(first + 1, (column + 1) * bins / columns);
        double peak = 0.0;
        double rms = 0.0;
        for (int bin = first; bin < last && bin < bins; ++bin) {
            peak = std::max(peak, m_waveform.peakAt(bin));
            rms = std::max(rms, m_waveform.rmsAt(bin));
        }
        const double peakHalf = std::max(1.0, std::round(peak * (middle - 1.0)));
        const double bodyHalf = std::max(1.0, std::round(rms * (middle - 1.0)));
        const bool isPlayed = column < played;
        painter.fillRect(QRectF(column, middle - peakHalf, 1.0, 2.0 * peakHalf),
                         isPlayed ? playedPeak : comingPeak);
        painter.fillRect(QRectF(column, middle - bodyHalf, 1.0, 2.0 * bodyHalf),
                         isPlayed ? playedBody : comingBody);
    }
    const double playhead = std::clamp(double(played), 0.0, double(columns) - std::ceil(ratio));
    painter.fillRect(QRectF(playhead, 0.0, std::ceil(ratio), height),
                     colours.color(QPalette::WindowText));
    if (hasFocus()) {
        QPen focus(colours.color(QPalette::Highlight), std::ceil(ratio), Qt::DotLine);
        painter.setPen(focus);
        painter.drawRect(QRectF(0.5, 0.5, columns - 1.0, height - 1.0));
    }
}

} // namespace liner::gui
