#pragma once

#include "gui/BookletPages.h"

#include <QFont>

class QPainter;

namespace liner::gui::booklet {

// The page's grid, in page units: margins, where text starts and where it must end.
constexpr qreal kMargin = 44;
constexpr qreal kTextTop = 50;
constexpr qreal kBottom = 358;

// Small letter-spaced capitals over a section ("LINER NOTES", "MOOD").
QFont kickerFont();
// "1. Title", for running heads.
QString numbered(const library::Track& track, int entry);
// "tracks 1–3, 5", "track 4".
QString trackRanges(QList<int> numbers);
// A title too long for one line of `width`, broken where its sense breaks: after a dash between
// two parts ("Queen of Tears —⏎Liner Demo Album") rather than wherever the width runs out.
QString balanced(const QString& title, const QFont& font, qreal width);
// Where the last line of `text`, wrapped in `rect`, ends on the right.
qreal lastLineRight(const QRectF& rect, const QFont& font, const QString& text);

// Where a page is drawn to: a painter (the screen or a PDF), a list of the things on it that can
// be clicked, a list of its texts, or several of these. One walk over a page's layout feeds all,
// so what is drawn and what is clicked or read aloud cannot disagree.
struct Sink
{
    QPainter* painter = nullptr;
    QList<BookletTarget>* targets = nullptr;
    QList<BookletText>* texts = nullptr;
    const BookletStyle& style;

    void fillPage();
    void fill(const QRectF& rect, const QColor& color);
    void image(const QRectF& rect, const QImage& image);
    // One line (or a box with the flags' wrapping) of text; `readable` puts it in the texts.
    void text(const QRectF& rect, int flags, const QFont& font, const QColor& color,
              const QString& text, bool readable = true);
    // Word-wrapped text; returns the height it takes.
    qreal wrapped(const QRectF& rect, int alignment, const QFont& font, const QColor& color,
                  const QString& text);
    qreal measure(const QRectF& rect, int alignment, const QFont& font, const QString& text) const;
    void line(const QPointF& from, const QPointF& to, const QColor& color, qreal width = 0.75);
    // A row of dots from `from` to `to`, as between a title and its length in a contents list.
    void leader(const QPointF& from, const QPointF& to);
    void dot(const QPointF& centre, qreal radius, const QColor& color);
    void runningHead(const QString& text);
    // A rounded label; `filled` is drawn in the chip colour, else outlined in the accent.
    void chip(const QRectF& rect, const QFont& font, const QString& text, bool filled);
    void playButton(const QRectF& rect);
    void target(const BookletTarget& target);
};

} // namespace liner::gui::booklet
