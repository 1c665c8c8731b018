#include "gui/BookletSink.h"

#include "gui/Typography.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace liner::gui::booklet {

QFont kickerFont()
{
    QFont font = typography::sansFont(7.5, QFont::DemiBold);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.4);
    return font;
}

QString numbered(const library::Track& track, int entry)
{
    const int number = track.trackNumber > 0 ? track.trackNumber : entry + 1;
    return QStringLiteral("%1. %2").arg(number).arg(track.displayTitle());
}

QString trackRanges(QList<int> numbers)
{
    std::ranges::sort(numbers);
    QStringList parts;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype j = i;
        while (j + 1 < numbers.size() && numbers.at(j + 1) <= numbers.at(j) + 1)
            ++j;
        parts << (j > i ? QStringLiteral("%1–%2").arg(numbers.at(i)).arg(numbers.at(j))
                        : QString::number(numbers.at(i)));
        i = j + 1;
    }
    return numbers.size() == 1 ? BookletPages::tr("track %1").arg(parts.join(u", "))
                               : BookletPages::tr("tracks %1").arg(parts.join(u", "));
}

QString balanced(const QString& title, const QFont& font, qreal width)
{
    if (QFontMetricsF(font).horizontalAdvance(title) <= width)
        return title;
    for (const QStringView dash : {u" — ", u" – ", u" - ", u": "}) {
        const qsizetype at = title.indexOf(dash);
        if (at > 0)
            return title.left(at + dash.size() - 1) + QChar::LineSeparator +
                   title.mid(at + dash.size());
    }
    return title;
}

qreal lastLineRight(const QRectF& rect, const QFont& font, const QString& text)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setUseDesignMetrics(true);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal right = rect.left();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        right = rect.left() + line.naturalTextWidth();
    }
    layout.endLayout();
    return right;
}

void Sink::fillPage()
{
    fill(QRectF(0, 0, BookletPages::kPageSide, BookletPages::kPageSide), style.paper);
}

void Sink::fill(const QRectF& rect, const QColor& color)
{
    if (painter != nullptr)
        painter->fillRect(rect, color);
}

void Sink::image(const QRectF& rect, const QImage& image)
{
    if (painter == nullptr || image.isNull())
        return;
    // Fills the rectangle, cropping the picture's longer side around its centre.
    const QSizeF scaled = QSizeF(image.size()).scaled(rect.size(), Qt::KeepAspectRatioByExpanding);
    const qreal scale = image.width() / scaled.width();
    const QSizeF source = rect.size() * scale;
    const QRectF sourceRect((image.width() - source.width()) / 2,
                            (image.height() - source.height()) / 2, source.width(),
                            source.height());
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(rect, image, sourceRect);
    painter->restore();
}

void Sink::text(const QRectF& rect, int flags, const QFont& font, const QColor& color,
                const QString& text, bool readable)
{
    if (painter != nullptr) {
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(rect, flags, text);
    }
    if (texts != nullptr && readable && !text.isEmpty())
        texts->append({rect, text});
}

qreal Sink::measure(const QRectF& rect, int alignment, const QFont& font, const QString& text) const
{
    const QFontMetricsF metrics(font);
    return metrics
        .boundingRect(QRectF(rect.topLeft(), QSizeF(rect.width(), 1e6)),
                      alignment | Qt::TextWordWrap, text)
        .height();
}

qreal Sink::wrapped(const QRectF& rect, int alignment, const QFont& font, const QColor& color,
                    const QString& text)
{
    const qreal height = measure(rect, alignment, font, text);
    this->text(QRectF(rect.topLeft(), QSizeF(rect.width(), height)),
               alignment | Qt::AlignTop | Qt::TextWordWrap, font, color, text);
    return height;
}

void Sink::line(const QPointF& from, const QPointF& to, const QColor& color, qreal width)
{
    if (painter == nullptr)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(from, to);
    painter->restore();
}

void Sink::leader(const QPointF& from, const QPointF& to)
{
    constexpr qreal kStep = 4.5;
    for (qreal x = std::ceil(from.x() / kStep) * kStep; x < to.x() - kStep; x += kStep)
        dot(QPointF(x, from.y()), 0.55, style.mutedInk);
}

void Sink::dot(const QPointF& centre, qreal radius, const QColor& color)
{
    if (painter == nullptr)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(centre, radius, radius);
    painter->restore();
}

void Sink::runningHead(const QString& text)
{
    const QFont font = kickerFont();
    const QFontMetricsF metrics(font);
    const qreal width = BookletPages::kPageSide - 2 * kMargin;
    this->text(QRectF(kMargin, 22, width, 14), Qt::AlignLeft | Qt::AlignVCenter, font,
               style.mutedInk, metrics.elidedText(text.toUpper(), Qt::ElideRight, width), false);
}

void Sink::chip(const QRectF& rect, const QFont& font, const QString& text, bool filled)
{
    if (painter != nullptr) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal radius = rect.height() / 2;
        if (filled) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.chipFill);
        } else {
            painter->setPen(QPen(style.accent, 0.9));
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->restore();
    }
    this->text(rect, Qt::AlignCenter, font, filled ? style.ink : style.accent, text);
}

void Sink::playButton(const QRectF& rect)
{
    if (painter == nullptr)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.accent);
    painter->drawEllipse(rect);
    const qreal side = rect.width() * 0.36;
    const QPointF centre = rect.center() + QPointF(side * 0.12, 0);
    QPainterPath triangle;
    triangle.moveTo(centre + QPointF(-side / 2, -side * 0.58));
    triangle.lineTo(centre + QPointF(side * 0.62, 0));
    triangle.lineTo(centre + QPointF(-side / 2, side * 0.58));
    triangle.closeSubpath();
    painter->setBrush(style.paper);
    painter->drawPath(triangle);
    painter->restore();
}

void Sink::target(const BookletTarget& target)
{
    if (targets != nullptr)
        targets->append(target);
}

} // namespace liner::gui::booklet
