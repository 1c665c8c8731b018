#pragma once

#include "gui/BookletContent.h"

namespace liner::gui {

// Writes the booklet to `path` as a PDF: one booklet page per PDF page, 120 mm square (a CD
// booklet's size), on white paper, its text kept as text in fonts embedded in the file (Hangul
// included), so it prints, and can be searched and copied from. The file is replaced only once
// it is whole. Safe to call off the UI thread. Returns false and says why in `error`.
bool exportBookletPdf(const BookletContent& content, const QString& path, QString* error);

} // namespace liner::gui
