#pragma once

#include <QColor>
#include <QImage>
#include <QPalette>

namespace liner::testing {

// A dark palette like the ones desktops hand to Qt applications in dark mode, for the tests that
// take the window's pictures in light and dark.
inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x26, 0x24, 0x2b);
    const QColor base(0x1d, 0x1b, 0x21);
    const QColor text(0xe8, 0xe4, 0xec);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x94, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x8e, 0x4f, 0xa8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0xe9, 0xb9, 0x6e));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x67, 0x73));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x67, 0x73));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x67, 0x73));
    return palette;
}

// The picture's mean lightness (0 to 1), from every fourth pixel of every fourth row.
inline double meanLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    return count > 0 ? sum / count : 0;
}

} // namespace liner::testing
