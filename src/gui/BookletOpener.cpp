// A track's opening page in the booklet: its number large, its title, artist and length, its
// moods and characters as chips that filter the album, its scenes and credits, and a play button.
#include "gui/BookletPages.h"
#include "gui/BookletSink.h"
#include "gui/NoteLabels.h"
#include "gui/Typography.h"
#include "library/TrackModel.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace liner::gui {

using booklet::kBottom;
using booklet::kMargin;
using typography::displayFont;
using typography::proseFont;
using typography::sansFont;

namespace {

constexpr qreal kChipHeight = 20;
constexpr qreal kChipGap = 6;
constexpr qreal kPlaySide = 40;
// The opening page is a grid of two columns: labels in small capitals, and what they label.
constexpr qreal kLabelWidth = 76;
constexpr qreal kValueLeft = kMargin + kLabelWidth + 8;
constexpr qreal kRowGap = 9;

void rowLabel(booklet::Sink& sink, qreal y, const QString& label)
{
    sink.text(QRectF(kMargin, y, kLabelWidth, kChipHeight), Qt::AlignLeft | Qt::AlignVCenter,
              booklet::kickerFont(), sink.style.mutedInk, label.toUpper(), false);
}

// A labelled row of chips, wrapped to the page's width; returns the y below it.
qreal chipRow(booklet::Sink& sink, qreal y, const QString& label, const QStringList& values,
              BookletTarget::Kind kind)
{
    if (values.isEmpty())
        return y;
    rowLabel(sink, y, label);
    const qreal right = BookletPages::kPageSide - kMargin;
    const QFont font = sansFont(9.5, QFont::Medium);
    const QFontMetricsF metrics(font);
    qreal x = kValueLeft;
    for (const QString& value : values) {
        const qreal width = std::min(metrics.horizontalAdvance(value) + 22, right - kValueLeft);
        if (x > kValueLeft && x + width > right) {
            x = kValueLeft;
            y += kChipHeight + kChipGap;
        }
        const QRectF rect(x, y, width, kChipHeight);
        const bool mood = kind == BookletTarget::Kind::Mood;
        sink.chip(rect, font, metrics.elidedText(value, Qt::ElideRight, width - 16), mood);
        sink.target({kind, rect, value, -1,
                     mood ? BookletPages::tr("Show the album's tracks of the mood %1").arg(value)
                          : BookletPages::tr("Show the album's tracks of %1").arg(value)});
        x += width + kChipGap;
    }
    return y + kChipHeight + kRowGap;
}

// A labelled line of text (scenes, a credit); returns the y below it.
qreal textRow(booklet::Sink& sink, qreal y, const QString& label, const QString& value,
              const QFont& font)
{
    if (value.isEmpty() || y > kBottom - 14)
        return y;
    // The label sits on the first line's baseline.
    const QFont labelFont = booklet::kickerFont();
    const qreal baseline = y + QFontMetricsF(font).ascent();
    sink.text(QRectF(kMargin, baseline - QFontMetricsF(labelFont).ascent(), kLabelWidth, 14),
              Qt::AlignLeft | Qt::AlignTop, labelFont, sink.style.mutedInk, label.toUpper(), false);
    const qreal width = BookletPages::kPageSide - kMargin - kValueLeft;
    return y +
           sink.wrapped(QRectF(kValueLeft, y, width, 80), Qt::AlignLeft, font, sink.style.ink,
                        value) +
           kRowGap - 2;
}

} // namespace

void BookletPages::drawOpener(booklet::Sink& sink, int entry) const
{
    const BookletEntry& item = m_content.entries.at(entry);
    const library::Track& track = item.track;
    const notes::TrackNotes& notes = item.notes;
    const qreal width = kPageSide - 2 * kMargin;
    const qreal right = kPageSide - kMargin;

    const int number = track.trackNumber > 0 ? track.trackNumber : entry + 1;
    sink.text(QRectF(kMargin - 2, 24, 200, 72), Qt::AlignLeft | Qt::AlignBottom,
              sansFont(60, QFont::Light), m_style.accent,
              QStringLiteral("%1").arg(number, 2, 10, QChar(u'0')), false);
    const QRectF play(right - kPlaySide, 52, kPlaySide, kPlaySide);
    sink.playButton(play);
    sink.target(
        {BookletTarget::Kind::Play, play, {}, entry, tr("Play %1").arg(track.displayTitle())});

    qreal y = 104;
    const QFont titleFont = displayFont(23);
    y += sink.wrapped(QRectF(kMargin, y, width, 90), Qt::AlignLeft, titleFont, m_style.ink,
                      booklet::balanced(track.displayTitle(), titleFont, width));
    QStringList byline;
    if (!track.displayArtist().isEmpty())
        byline << track.displayArtist();
    if (track.durationMs > 0)
        byline << library::TrackModel::formatDuration(track.durationMs);
    y += 2 + sink.wrapped(QRectF(kMargin, y + 2, width, 40), Qt::AlignLeft, proseFont(12, true),
                          m_style.mutedInk, byline.join(QStringLiteral(" · ")));
    y += 10;
    sink.line(QPointF(kMargin, y), QPointF(right, y), m_style.rule);
    y += 14;

    y = chipRow(sink, y, tr("Mood"), notes.moods, BookletTarget::Kind::Mood);
    y = chipRow(sink, y, tr("Characters"), notes.characters, BookletTarget::Kind::Character);
    y = textRow(sink, y, tr("Released on"), item.part, proseFont(11.5, true));
    y = textRow(sink, y + 3, tr("Scenes"),
                typography::smartText(notes.scenes.join(QStringLiteral("; "))),
                proseFont(11.5, true));
    for (const notes::Credit& credit : notes.credits)
        y = textRow(sink, y, creditRoleLabel(credit.role), credit.names.join(QStringLiteral(", ")),
                    proseFont(11.5));
    for (const notes::NoteField& field : notes.otherFields)
        y = textRow(sink, y, otherFieldLabel(field.key), typography::smartText(field.value),
                    proseFont(11.5));
}

} // namespace liner::gui
