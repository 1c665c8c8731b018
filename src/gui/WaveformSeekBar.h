#pragma once

#include "analysis/Waveform.h"
#include "gui/JumpSlider.h"

namespace liner::gui {

// The position slider drawn as the playing track's waveform: what has played in the highlight
// colour, what is to come in a muted one, the playhead between them. Drawn column by column in
// device pixels from the analysis's summary, so it is sharp at any scale; the waveform spans the
// whole width. A click anywhere goes there (sliderPressed, then sliderReleased with the new
// value), as a drag does; the keyboard works as on any slider. Without a waveform it is a plain
// JumpSlider.
class WaveformSeekBar : public JumpSlider
{
    Q_OBJECT

public:
    explicit WaveformSeekBar(QWidget* parent = nullptr);

    void setWaveform(const analysis::Waveform& waveform);
    const analysis::Waveform& waveform() const { return m_waveform; }
    QSize sizeHint() const override;
    int valueAt(double x) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    analysis::Waveform m_waveform;
};

} // namespace liner::gui
