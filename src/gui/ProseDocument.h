#pragma once

#include <QFont>
#include <QTextDocument>
#include <memory>

namespace liner::gui {

// Liner notes (Markdown) set as a book sets prose: in `font`, justified at `width`, paragraphs
// indented rather than spaced, the first words in small capitals, typographer's quotes and
// dashes, images from the album's folder scaled to the measure, cut into pages `pageHeight` tall
// (no line split across two). Raw HTML shows as text.
std::unique_ptr<QTextDocument> proseDocument(const QString& markdown, const QString& albumFolder,
                                             const QFont& font, qreal width, qreal pageHeight);

// The lines of `document` that fall on its page `page`, as text.
QString pageText(const QTextDocument& document, int page);

} // namespace liner::gui
