#pragma once

#include <QColor>
#include <QImage>

namespace liner::gui {

// WCAG 2 contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);
// `color` made lighter or darker, keeping its hue, just enough to reach `ratio` against
// `background` (as far as black or white allow).
QColor withContrast(const QColor& color, const QColor& background, double ratio);
// `top` at `alpha` over `bottom`, as the eye sees it.
QColor blended(const QColor& top, qreal alpha, const QColor& bottom);

// Colours for a view painted in the colours of an album's cover (Now Playing, the booklet's
// accents), with contrast guaranteed whatever the cover: text reaches 7:1 against both ends of the
// background, secondary text 4.5:1, dimmed text 3:1 and the accent 3:1.
struct CoverColours
{
    QColor backgroundTop;
    QColor backgroundBottom;
    QColor text;
    QColor secondaryText;
    QColor dimText;
    QColor accent;

    // From the cover's own colours: the background from its most present hue, deepened; the
    // accent from its most vivid. A null or colourless cover gives a neutral dark scheme.
    static CoverColours fromCover(const QImage& cover);
    // The cover's most vivid colour that reaches 3:1 against `paper` (for accents on a page).
    static QColor accentOn(const QImage& cover, const QColor& paper);
};

} // namespace liner::gui
