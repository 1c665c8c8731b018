#pragma once

#include "gui/BookletContent.h"

#include <QCoreApplication>
#include <QRectF>
#include <QTextDocument>
#include <memory>

class QPainter;

namespace liner::gui {

namespace booklet {
struct Sink;
}

// Something on a page that does something when clicked: a mood or character chip (shows the
// album's tracks of it), a track's play button, or a contents line (turns to the track's page).
struct BookletTarget
{
    enum class Kind
    {
        Mood,
        Character,
        Play,
        Page
    };
    Kind kind = Kind::Page;
    QRectF rect;     // page units
    QString value;   // the mood or character
    int number = -1; // the entry to play, or the page to turn to
    QString label;   // what it does, for screen readers and tooltips
};

// A run of text on a page, as a screen reader reads it.
struct BookletText
{
    QRectF rect;
    QString text;
};

// An album's booklet laid out as square pages, the shape of a CD booklet, in page units (a page is
// kPageSide units wide; 1 unit is 0.3 mm in print). Pages come in spreads: the cover with the
// title page, the contents with the start of the liner notes, the notes, the credits, then one
// spread per track: an opening page (its number, title, moods and characters, scenes, credits and
// a play button) facing its prose. Prose is set in a serif at a measure of about 66 characters,
// with typographer's quotes and dashes; Hangul falls back to a Korean serif.
class BookletPages
{
    Q_DECLARE_TR_FUNCTIONS(liner::gui::BookletPages)

public:
    static constexpr qreal kPageSide = 400;

    BookletPages(BookletContent content, BookletStyle style);
    ~BookletPages();
    BookletPages(const BookletPages&) = delete;
    BookletPages& operator=(const BookletPages&) = delete;

    const BookletContent& content() const { return m_content; }
    const BookletStyle& style() const { return m_style; }
    // Colours only: the layout stays.
    void setStyle(const BookletStyle& style) { m_style = style; }

    int pageCount() const { return int(m_pages.size()); }
    // Draws page `page` with its top-left corner at the painter's origin, in page units.
    void paint(QPainter& painter, int page) const;
    QList<BookletTarget> targets(int page) const;
    QList<BookletText> texts(int page) const;
    // The page that opens entry `entry` (its spread's left page).
    int openerPage(int entry) const;
    // The page's subject, for the page indicator ("Liner notes", a track's title, ...).
    QString pageTitle(int page) const;

    // The album notes as set, for checking the measure.
    const QTextDocument& essay() const { return *m_essay; }
    // The width prose is set to, in page units.
    qreal measure() const { return m_measure; }

private:
    enum class Kind
    {
        Cover,
        Title,
        Contents,
        Essay,
        Credits,
        Opener,
        Prose,
        Ornament,
        Back
    };
    struct Page
    {
        Kind kind;
        int entry = -1; // the track, for Opener and Prose
        int slice = 0;  // the page of the essay's or the prose's document
    };
    void paginate();
    void draw(int page, booklet::Sink& sink) const;
    void drawCover(booklet::Sink& sink) const;
    void drawTitle(booklet::Sink& sink) const;
    void drawContents(booklet::Sink& sink) const;
    void drawDocumentSlice(booklet::Sink& sink, const QTextDocument& document, int slice,
                           const QString& runningHead) const;
    void drawCredits(booklet::Sink& sink) const;
    void drawOpener(booklet::Sink& sink, int entry) const;
    void drawOrnament(booklet::Sink& sink) const;
    void drawBack(booklet::Sink& sink) const;
    void drawFolio(booklet::Sink& sink, int page) const;

    BookletContent m_content;
    BookletStyle m_style;
    qreal m_measure = 0;
    std::unique_ptr<QTextDocument> m_essay;
    std::vector<std::unique_ptr<QTextDocument>> m_prose; // per entry, null without prose
    QList<Page> m_pages;
};

} // namespace liner::gui
