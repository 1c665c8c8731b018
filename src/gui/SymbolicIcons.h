#pragma once

#include <QColor>
#include <QIcon>

namespace liner::gui {

// Liner's icons: one set of monochrome ("symbolic") pictures under their freedesktop names
// (media-playback-start-symbolic, go-previous-symbolic, ...). They come from the desktop's icon
// theme when it has every one of them, else all from the SVGs Liner ships, so the window never
// mixes two sets. Either way they are painted in one colour: the palette's text colour (so they
// stay visible in a dark palette), the highlighted text colour when selected, or `color` when
// given (a view with colours of its own, such as Now Playing).
QIcon symbolicIcon(const QString& name, const QColor& color = {});

// The names Liner uses; a test checks each has a shipped SVG.
QStringList symbolicIconNames();

// Whether the desktop's theme provides the whole set (else the shipped SVGs are used).
bool usesThemeIcons();

} // namespace liner::gui
