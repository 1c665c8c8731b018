#pragma once

#include <QFont>
#include <QString>

class QTextDocument;

namespace liner::gui {

// Typesetting for reading matter (the booklet, Now Playing): what a typesetter would do to text
// typed on a keyboard, and the faces it is set in.
namespace typography {

// Straight quotes become curly ones ("a" → “a”, it's → it’s, 'a' → ‘a’), "--" an en dash, "---" an
// em dash, " - " between words a spaced en dash, "..." an ellipsis. `before` is the character
// that precedes `text` (for a quote at its start), or a null QChar at the start of a paragraph.
QString smartText(QStringView text, QChar before = {});

// smartText over every run of a rich document (parsed Markdown) except links, images and code,
// keeping each run's format.
void smartenDocument(QTextDocument& document);

// `text` wrapped at `width` in `font`, cut after `lines` lines with an ellipsis if it needs more.
QString elidedLines(const QString& text, const QFont& font, qreal width, int lines);
// Markdown as the plain text a reader sees, with typographer's punctuation.
QString plainProse(const QString& markdown);

// The serif prose is set in, with a Korean serif for Hangul; `pixelSize` in the units of the
// device it is drawn on.
QFont proseFont(qreal pixelSize, bool italic = false);
// The same family for headings and large titles.
QFont displayFont(qreal pixelSize, QFont::Weight weight = QFont::Normal);
// A sans-serif for labels and lyrics, whose Korean companion has the same weight and colour.
QFont sansFont(qreal pixelSize, QFont::Weight weight = QFont::Normal);

} // namespace typography

} // namespace liner::gui
