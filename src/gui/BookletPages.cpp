#include "gui/BookletPages.h"

#include "gui/AlbumKindLabel.h"
#include "gui/BookletSink.h"
#include "gui/NoteLabels.h"
#include "gui/ProseDocument.h"
#include "gui/Typography.h"
#include "library/TrackModel.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPainter>
#include <QTextCursor>

namespace liner::gui {

using booklet::kBottom;
using booklet::kMargin;
using booklet::kTextTop;
using typography::displayFont;
using typography::proseFont;
using typography::sansFont;

namespace {

// With the page's margins, a measure of about 66 characters.
constexpr qreal kBodySize = 11;

// The essay's first page opens with a kicker and the album's title, set in the text's own flow.
void addEssayHeading(QTextDocument& document, const QString& title, const BookletStyle& style,
                     qreal width)
{
    QTextCursor cursor(&document);
    cursor.movePosition(QTextCursor::Start);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.movePosition(QTextCursor::Start);

    QTextBlockFormat kickerBlock;
    kickerBlock.setBottomMargin(6);
    QTextCharFormat kicker;
    kicker.setFont(booklet::kickerFont());
    kicker.setForeground(style.accent);
    cursor.setBlockFormat(kickerBlock);
    cursor.insertText(BookletPages::tr("Liner notes").toUpper(), kicker);

    cursor.movePosition(QTextCursor::NextBlock);
    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(14);
    titleBlock.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat titleFormat;
    titleFormat.setFont(displayFont(21));
    titleFormat.setForeground(style.ink);
    cursor.setBlockFormat(titleBlock);
    cursor.insertText(booklet::balanced(title, titleFormat.font(), width), titleFormat);
}

} // namespace

BookletPages::BookletPages(BookletContent content, BookletStyle style)
    : m_content(std::move(content)), m_style(style)
{
    const QFont body = proseFont(kBodySize);
    m_measure = kPageSide - 2 * kMargin;
    const qreal pageHeight = kBottom - kTextTop;
    m_essay = proseDocument(m_content.prose, m_content.folder, body, m_measure, pageHeight);
    if (!m_content.prose.isEmpty())
        addEssayHeading(*m_essay, m_content.title, m_style, m_measure);
    // A track without prose gets no document: a folder of thousands of untold tracks would
    // otherwise set thousands of empty ones.
    for (const BookletEntry& entry : m_content.entries)
        m_prose.push_back(
            entry.notes.prose.isEmpty()
                ? nullptr
                : proseDocument(entry.notes.prose, m_content.folder, body, m_measure, pageHeight));
    paginate();
}

BookletPages::~BookletPages() = default;

void BookletPages::paginate()
{
    m_pages = {{Kind::Cover}, {Kind::Title}, {Kind::Contents}};
    if (!m_content.prose.isEmpty()) {
        for (int slice = 0; slice < m_essay->pageCount(); ++slice)
            m_pages << Page{Kind::Essay, -1, slice};
    }
    const bool anyCredits = std::ranges::any_of(m_content.entries, [](const BookletEntry& entry) {
        return !entry.notes.credits.isEmpty();
    });
    if (anyCredits)
        m_pages << Page{Kind::Credits};
    for (int entry = 0; entry < m_content.entries.size(); ++entry) {
        // Each track opens on a left-hand page, facing its prose.
        if (m_pages.size() % 2 != 0)
            m_pages << Page{Kind::Ornament};
        m_pages << Page{Kind::Opener, entry};
        const int slices = m_content.entries.at(entry).notes.prose.isEmpty()
                               ? 1
                               : m_prose.at(std::size_t(entry))->pageCount();
        for (int slice = 0; slice < slices; ++slice)
            m_pages << Page{Kind::Prose, entry, slice};
    }
    m_pages << Page{Kind::Back};
}

int BookletPages::openerPage(int entry) const
{
    for (int page = 0; page < m_pages.size(); ++page) {
        if (m_pages.at(page).kind == Kind::Opener && m_pages.at(page).entry == entry)
            return page;
    }
    return -1;
}

QString BookletPages::pageTitle(int page) const
{
    if (page < 0 || page >= m_pages.size())
        return {};
    const Page& shown = m_pages.at(page);
    switch (shown.kind) {
    case Kind::Cover:
    case Kind::Title:
        return m_content.title;
    case Kind::Contents:
        return tr("Contents");
    case Kind::Essay:
        return tr("Liner notes");
    case Kind::Credits:
        return tr("Credits");
    case Kind::Opener:
    case Kind::Prose:
        return m_content.entries.at(shown.entry).track.displayTitle();
    case Kind::Ornament:
    case Kind::Back:
        break;
    }
    return m_content.title;
}

void BookletPages::paint(QPainter& painter, int page) const
{
    booklet::Sink sink{&painter, nullptr, nullptr, m_style};
    draw(page, sink);
}

QList<BookletTarget> BookletPages::targets(int page) const
{
    QList<BookletTarget> targets;
    booklet::Sink sink{nullptr, &targets, nullptr, m_style};
    draw(page, sink);
    return targets;
}

QList<BookletText> BookletPages::texts(int page) const
{
    QList<BookletText> texts;
    booklet::Sink sink{nullptr, nullptr, &texts, m_style};
    draw(page, sink);
    return texts;
}

void BookletPages::draw(int page, booklet::Sink& sink) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    sink.fillPage();
    const Page& shown = m_pages.at(page);
    switch (shown.kind) {
    case Kind::Cover:
        drawCover(sink);
        return; // full bleed: no folio
    case Kind::Title:
        drawTitle(sink);
        return;
    case Kind::Contents:
        drawContents(sink);
        break;
    case Kind::Essay:
        drawDocumentSlice(sink, *m_essay, shown.slice,
                          shown.slice == 0 ? QString() : m_content.title);
        break;
    case Kind::Credits:
        drawCredits(sink);
        break;
    case Kind::Opener:
        drawOpener(sink, shown.entry);
        break;
    case Kind::Prose: {
        const BookletEntry& entry = m_content.entries.at(shown.entry);
        const QString head = booklet::numbered(entry.track, shown.entry);
        if (entry.notes.prose.isEmpty()) {
            sink.runningHead(head);
            sink.text(QRectF(kMargin, kTextTop, kPageSide - 2 * kMargin, kBottom - kTextTop),
                      Qt::AlignCenter | Qt::TextWordWrap, proseFont(kBodySize, true),
                      m_style.mutedInk, tr("No notes for this track yet."));
        } else {
            drawDocumentSlice(sink, *m_prose.at(std::size_t(shown.entry)), shown.slice, head);
        }
        break;
    }
    case Kind::Ornament:
        drawOrnament(sink);
        break;
    case Kind::Back:
        drawBack(sink);
        return;
    }
    drawFolio(sink, page);
}

void BookletPages::drawDocumentSlice(booklet::Sink& sink, const QTextDocument& document, int slice,
                                     const QString& runningHead) const
{
    if (!runningHead.isEmpty())
        sink.runningHead(runningHead);
    const qreal left = (kPageSide - m_measure) / 2;
    const qreal height = document.pageSize().height();
    const QRectF area(left, kTextTop, m_measure, height);
    if (sink.painter != nullptr) {
        QPainter& painter = *sink.painter;
        painter.save();
        painter.translate(left, kTextTop - slice * height);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, slice * height, m_measure, height);
        context.palette.setColor(QPalette::Text, m_style.ink);
        context.palette.setColor(QPalette::Link, m_style.accent);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (sink.texts != nullptr)
        sink.texts->append({area, pageText(document, slice)});
}

void BookletPages::drawFolio(booklet::Sink& sink, int page) const
{
    // Page numbers at the outer corners: left on left-hand pages, right on right-hand ones.
    const bool leftHand = page % 2 == 0;
    const QRectF rect(kMargin, kPageSide - 30, kPageSide - 2 * kMargin, 14);
    sink.text(rect, (leftHand ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, sansFont(8),
              m_style.mutedInk, QString::number(page), false);
}

void BookletPages::drawCover(booklet::Sink& sink) const
{
    const QRectF page(0, 0, kPageSide, kPageSide);
    if (!m_content.cover.isNull()) {
        sink.image(page, m_content.cover);
        return;
    }
    // No picture: the cover is the album's name, set large.
    sink.fill(page, m_style.chipFill);
    const QRectF text = page.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    sink.text(text, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
              displayFont(34, QFont::Medium), m_style.ink, m_content.title);
}

void BookletPages::drawTitle(booklet::Sink& sink) const
{
    const qreal width = kPageSide - 2 * kMargin;
    qreal y = 118;
    // Labelled as the album page labels it; the genre, the listener's tag, goes with the details.
    sink.text(QRectF(kMargin, y, width, 14), Qt::AlignHCenter, booklet::kickerFont(),
              m_style.accent, albumKindLabel(m_content.kind));
    y += 26;
    const QFont titleFont = displayFont(27);
    y += sink.wrapped(QRectF(kMargin, y, width, 120), Qt::AlignHCenter, titleFont, m_style.ink,
                      booklet::balanced(m_content.title, titleFont, width));
    y += 14;
    sink.line(QPointF(kPageSide / 2 - 18, y), QPointF(kPageSide / 2 + 18, y), m_style.accent);
    y += 16;
    if (!m_content.artist.isEmpty()) {
        y += sink.wrapped(QRectF(kMargin, y, width, 40), Qt::AlignHCenter, proseFont(14, true),
                          m_style.ink, m_content.artist);
        y += 8;
    }
    QStringList details;
    if (m_content.year > 0)
        details << QString::number(m_content.year);
    if (!m_content.genre.isEmpty())
        details << m_content.genre;
    const int tracks = int(m_content.entries.size());
    details << (tracks == 1 ? tr("1 track") : tr("%1 tracks").arg(tracks));
    details << tr("%1 min").arg((m_content.totalMs() + 30000) / 60000);
    sink.text(QRectF(kMargin, y, width, 16), Qt::AlignHCenter, sansFont(9), m_style.mutedInk,
              details.join(QStringLiteral(" · ")));
}

void BookletPages::drawContents(booklet::Sink& sink) const
{
    const qreal width = kPageSide - 2 * kMargin;
    sink.text(QRectF(kMargin, kTextTop, width, 14), Qt::AlignLeft, booklet::kickerFont(),
              m_style.accent, tr("Contents").toUpper());
    qreal y = kTextTop + 30;
    const QFont number = displayFont(13);
    const QFont title = proseFont(12.5);
    const QFont length = sansFont(9);
    const qreal numberWidth = 26;
    const qreal lengthWidth = 36;
    for (int entry = 0; entry < m_content.entries.size(); ++entry) {
        const library::Track& track = m_content.entries.at(entry).track;
        const QRectF titleRect(kMargin + numberWidth, y, width - numberWidth - lengthWidth - 12,
                               200);
        const qreal height =
            std::max<qreal>(21, sink.measure(titleRect, 0, title, track.displayTitle()) + 4);
        if (y + height > kBottom)
            break;
        sink.text(QRectF(kMargin, y, numberWidth - 8, height), Qt::AlignRight | Qt::AlignTop,
                  number, m_style.accent,
                  QString::number(track.trackNumber > 0 ? track.trackNumber : entry + 1));
        sink.wrapped(titleRect, Qt::AlignLeft, title, m_style.ink, track.displayTitle());
        const qreal titleEnd = booklet::lastLineRight(titleRect, title, track.displayTitle());
        sink.leader(QPointF(titleEnd + 4, y + 12),
                    QPointF(kPageSide - kMargin - lengthWidth, y + 12));
        sink.text(QRectF(kPageSide - kMargin - lengthWidth, y + 2, lengthWidth, 14),
                  Qt::AlignRight | Qt::AlignTop, length, m_style.mutedInk,
                  library::TrackModel::formatDuration(track.durationMs));
        sink.target({BookletTarget::Kind::Page,
                     QRectF(kMargin, y - 2, width, height),
                     {},
                     openerPage(entry),
                     tr("Turn to %1").arg(track.displayTitle())});
        y += height + 4;
    }
}

void BookletPages::drawCredits(booklet::Sink& sink) const
{
    const qreal width = kPageSide - 2 * kMargin;
    sink.text(QRectF(kMargin, kTextTop, width, 14), Qt::AlignLeft, booklet::kickerFont(),
              m_style.accent, tr("Credits").toUpper());
    // Role by role in the order the notes first name them; each name with the tracks it is on.
    QStringList roles;
    QHash<QString, QList<std::pair<QString, QList<int>>>> names;
    for (int entry = 0; entry < m_content.entries.size(); ++entry) {
        const BookletEntry& item = m_content.entries.at(entry);
        const int number = item.track.trackNumber > 0 ? item.track.trackNumber : entry + 1;
        for (const notes::Credit& credit : item.notes.credits) {
            if (!roles.contains(credit.role))
                roles << credit.role;
            auto& list = names[credit.role];
            for (const QString& name : credit.names) {
                auto found = std::ranges::find_if(
                    list, [&name](const auto& known) { return known.first == name; });
                if (found == list.end())
                    list.append({name, {number}});
                else
                    found->second << number;
            }
        }
    }
    qreal y = kTextTop + 32;
    const qreal roleWidth = 92;
    const qreal nameLeft = kMargin + roleWidth + 14;
    const qreal nameWidth = kPageSide - kMargin - nameLeft;
    for (const QString& role : std::as_const(roles)) {
        if (y > kBottom - 20)
            break;
        sink.text(QRectF(kMargin, y + 3, roleWidth, 14), Qt::AlignRight | Qt::AlignTop,
                  booklet::kickerFont(), m_style.mutedInk, creditRoleLabel(role).toUpper());
        for (const auto& [name, numbers] : names.value(role)) {
            const bool everyTrack = numbers.size() == m_content.entries.size();
            y += sink.wrapped(QRectF(nameLeft, y, nameWidth, 60), Qt::AlignLeft, proseFont(12.5),
                              m_style.ink, name);
            if (!everyTrack) {
                y += sink.wrapped(QRectF(nameLeft, y, nameWidth, 40), Qt::AlignLeft,
                                  proseFont(10.5, true), m_style.mutedInk,
                                  booklet::trackRanges(numbers));
            }
            y += 3;
        }
        y += 12;
    }
}

void BookletPages::drawOrnament(booklet::Sink& sink) const
{
    const QPointF centre(kPageSide / 2, kPageSide / 2);
    for (const qreal dx : {-9.0, 0.0, 9.0})
        sink.dot(centre + QPointF(dx, dx == 0 ? -6 : 3), 1.8, m_style.accent);
}

void BookletPages::drawBack(booklet::Sink& sink) const
{
    const qreal width = kPageSide - 2 * kMargin;
    qreal y = 96;
    if (!m_content.cover.isNull()) {
        sink.image(QRectF(kPageSide / 2 - 48, y, 96, 96), m_content.cover);
        y += 96 + 22;
    }
    y += sink.wrapped(QRectF(kMargin, y, width, 60), Qt::AlignHCenter, displayFont(16), m_style.ink,
                      m_content.title);
    y += 4;
    if (!m_content.artist.isEmpty())
        y += sink.wrapped(QRectF(kMargin, y, width, 30), Qt::AlignHCenter, proseFont(12, true),
                          m_style.mutedInk, m_content.artist);
    sink.text(QRectF(kMargin, kBottom - 30, width, 30),
              Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, sansFont(8), m_style.mutedInk,
              tr("Set by Liner from the album's liner notes."));
}

} // namespace liner::gui
