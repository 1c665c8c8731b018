#include "gui/BookletContent.h"
#include "gui/BookletOverlays.h"
#include "gui/BookletPages.h"
#include "gui/BookletPdf.h"
#include "gui/BookletView.h"
#include "library/CoverArt.h"
#include "library/LibraryScanner.h"
#include "notes/NotesRepository.h"
#include "notes/TrackNotesLookup.h"
#include "support/BookletText.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace liner;

namespace {

gui::BookletContent bundledAlbum()
{
    QList<library::Track> tracks =
        library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)});
    notes::NotesRepository repository;
    const QList<notes::ResolvedNotes> resolved = notes::annotateTracks(repository, tracks);
    QList<const library::Track*> members;
    for (const library::Track& track : std::as_const(tracks))
        members << &track;
    library::AlbumInfo album;
    library::describeAlbum(album, members);
    return gui::BookletContent::fromAlbum(album, tracks, resolved,
                                          library::CoverArt::load(tracks.value(0)));
}

// Share of pixels that differ from the page's corner: 0 for a blank page.
double inkCoverage(const QImage& image)
{
    const QColor paper = image.pixelColor(image.width() - 2, image.height() - 2);
    int inked = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3, ++count) {
            const QColor pixel = image.pixelColor(x, y);
            inked += std::abs(pixel.lightness() - paper.lightness()) > 40;
        }
    }
    return count > 0 ? double(inked) / count : 0;
}

QImage renderPage(const gui::BookletPages& pages, int page, int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.scale(side / gui::BookletPages::kPageSide, side / gui::BookletPages::kPageSide);
    pages.paint(painter, page);
    return image;
}

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// The booklet on the bundled album: its pages, its typesetting, the view that turns its pages
// and acts on its chips and play buttons, and its PDF.
class TestBooklet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_content = bundledAlbum();
        QCOMPARE(m_content.entries.size(), 9);
        QVERIFY(!m_content.prose.isEmpty());
    }

    void hasACoverSpreadNotesCreditsAndASpreadPerTrack()
    {
        const gui::BookletPages pages(m_content, gui::BookletStyle::forPrint(m_content.cover));
        // Cover and title, contents, at least one page of notes, credits, then each track.
        QVERIFY2(pages.pageCount() >= 3 + 1 + 1 + 2 * 9,
                 qPrintable(QString::number(pages.pageCount())));
        QCOMPARE(pages.pageTitle(0), m_content.title);
        for (int entry = 0; entry < 9; ++entry) {
            const int opener = pages.openerPage(entry);
            // A track's opening page is a left-hand one, facing its prose.
            QCOMPARE(opener % 2, 0);
            const QString title = m_content.entries.at(entry).track.displayTitle();
            QCOMPARE(pages.pageTitle(opener), title);
            QCOMPARE(pages.pageTitle(opener + 1), title);
            const QList<gui::BookletTarget> targets = pages.targets(opener);
            const auto count = [&targets](gui::BookletTarget::Kind kind) {
                return std::ranges::count_if(
                    targets, [kind](const gui::BookletTarget& t) { return t.kind == kind; });
            };
            QCOMPARE(count(gui::BookletTarget::Kind::Play), 1);
            QCOMPARE(count(gui::BookletTarget::Kind::Mood),
                     m_content.entries.at(entry).notes.moods.size());
            QCOMPARE(count(gui::BookletTarget::Kind::Character),
                     m_content.entries.at(entry).notes.characters.size());
            // Every target lies on the page.
            for (const gui::BookletTarget& target : targets)
                QVERIFY(QRectF(0, 0, 400, 400).contains(target.rect));
        }
        // The contents turn to each track's page.
        QList<int> turnsTo;
        for (const gui::BookletTarget& target : pages.targets(2)) {
            if (target.kind == gui::BookletTarget::Kind::Page)
                turnsTo << target.number;
        }
        QCOMPARE(turnsTo.size(), 9);
        QCOMPARE(turnsTo.first(), pages.openerPage(0));
        // Every page has something on it.
        for (int page = 0; page < pages.pageCount(); ++page)
            QVERIFY2(inkCoverage(renderPage(pages, page, 400)) > 0.0005,
                     qPrintable(QStringLiteral("page %1 is blank").arg(page)));
    }

    void setsTheEssayAtABookMeasureWithTypographersPunctuation()
    {
        const gui::BookletPages pages(m_content, gui::BookletStyle::forPrint(m_content.cover));
        // Characters per full line (a paragraph's last line is short by nature).
        QList<int> lengths;
        const QTextDocument& essay = pages.essay();
        for (QTextBlock block = essay.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().alignment() != Qt::AlignJustify)
                continue;
            const QTextLayout* layout = block.layout();
            for (int i = 0; i + 1 < layout->lineCount(); ++i)
                lengths << layout->lineAt(i).textLength();
        }
        QVERIFY(lengths.size() > 20);
        const double mean = std::accumulate(lengths.cbegin(), lengths.cend(), 0.0) / lengths.size();
        QVERIFY2(mean >= 60 && mean <= 75, qPrintable(QString::number(mean)));

        const QString text = testing::bookletText(pages);
        QVERIFY(text.contains(QStringLiteral("눈물의 여왕")));
        // The notes are typed with straight quotes; the booklet prints curly ones.
        QVERIFY(m_content.prose.contains(u'"'));
        QVERIFY(text.contains(QStringLiteral("“The Moment My Heart”")));
        QVERIFY(text.contains(QStringLiteral("drama’s")));
        QVERIFY(!text.contains(u'"'));
        // Credits are listed by role, not as bullets.
        QVERIFY(text.contains(QStringLiteral("COMPOSER")));
        QVERIFY(!text.contains(u'•'));
    }

    void turnsPagesWithKeysWheelAndButtons()
    {
        gui::BookletView view;
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &gui::BookletView::pagesReady);
        view.setContent(m_content);
        QVERIFY(ready.wait(20000));
        // Wide enough for facing pages.
        QCOMPARE(view.pagesShown(), 2);
        QCOMPARE(view.currentPage(), 0);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentPage(), 2);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(view.currentPage(), 4);
        QTest::keyClick(&view, Qt::Key_PageUp);
        QCOMPARE(view.currentPage(), 2);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentPage(), (view.pages()->pageCount() - 1) / 2 * 2);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentPage(), 0);

        const auto wheel = [&view](int delta) {
            QWheelEvent event(QPointF(400, 300), view.mapToGlobal(QPointF(400, 300)), QPoint(),
                              QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
            QApplication::sendEvent(&view, &event);
        };
        wheel(-120);
        QCOMPARE(view.currentPage(), 2);
        // A touchpad's small steps add up to one turn.
        wheel(-60);
        QCOMPARE(view.currentPage(), 2);
        wheel(-60);
        QCOMPARE(view.currentPage(), 4);
        wheel(240);
        QCOMPARE(view.currentPage(), 0);

        auto* next = view.findChild<QAbstractButton*>(QStringLiteral("bookletNext"));
        QVERIFY(next != nullptr);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(view.currentPage(), 2);

        // Narrow, one page at a time, so its type stays large.
        view.resize(700, 640);
        QTRY_COMPARE(view.pagesShown(), 1);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.currentPage(), 3);
    }

    void chipsFilterAndPlayButtonsPlay()
    {
        gui::BookletView view;
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy ready(&view, &gui::BookletView::pagesReady);
        view.setContent(m_content);
        QVERIFY(ready.wait(20000));
        const int opener = view.pages()->openerPage(2); // "Tears of a Queen"
        view.showPage(opener);
        QSignalSpy moods(&view, &gui::BookletView::moodChosen);
        QSignalSpy characters(&view, &gui::BookletView::characterChosen);
        QSignalSpy plays(&view, &gui::BookletView::playRequested);
        const auto hotspots = view.findChildren<gui::BookletHotspot*>();
        const auto click = [&hotspots](gui::BookletTarget::Kind kind) {
            for (gui::BookletHotspot* hotspot : hotspots) {
                if (hotspot->target().kind == kind && hotspot->isVisible()) {
                    QTest::mouseClick(hotspot, Qt::LeftButton, {}, hotspot->rect().center());
                    return true;
                }
            }
            return false;
        };
        QVERIFY(click(gui::BookletTarget::Kind::Mood));
        QCOMPARE(moods.size(), 1);
        QCOMPARE(moods.first().first().toString(), m_content.entries.at(2).notes.moods.first());
        QVERIFY(click(gui::BookletTarget::Kind::Character));
        QCOMPARE(characters.first().first().toString(), QStringLiteral("Hong Hae-in"));
        QVERIFY(click(gui::BookletTarget::Kind::Play));
        QCOMPARE(plays.size(), 1);
        QCOMPARE(plays.first().first().toInt(), 2);
        // The page's text is there for screen readers.
        bool readable = false;
        for (const auto* region : view.findChildren<gui::BookletTextRegion*>())
            readable |= region->accessibleName().contains(QStringLiteral("Tears of a Queen"));
        QVERIFY(readable);
    }

    void exportsAPdfWithItsFontsEmbedded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("booklet.pdf"));
        QString error;
        QVERIFY2(gui::exportBookletPdf(m_content, path, &error), qPrintable(error));
        if (const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QFile::remove(QDir(shots).filePath(QStringLiteral("booklet.pdf")));
            QFile::copy(path, QDir(shots).filePath(QStringLiteral("booklet.pdf")));
        }
        const gui::BookletPages pages(m_content, gui::BookletStyle::forPrint(m_content.cover));
        const QString info = runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(
                     QRegularExpression(QStringLiteral("Pages: +%1\n").arg(pages.pageCount()))),
                 qPrintable(info));
        // 120 mm square is 340 pt.
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size: +340 x 340 pts"))),
                 qPrintable(info));
        // Text stays text, Hangul and curly quotes included.
        const QString text = runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("눈물의 여왕")));
        QVERIFY2(text.contains(QStringLiteral("Tears of a Queen")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u'“'));
        // Every font is embedded.
        const QStringList fonts =
            runTool(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& font : fonts)
            QVERIFY2(font.contains(QStringLiteral(" yes ")), qPrintable(font));
        // Its first pages rendered to pictures are not blank.
        const QString prefix = dir.filePath(QStringLiteral("page"));
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("4"), path, prefix});
        const QStringList rendered =
            QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(rendered.size(), 4);
        for (const QString& file : rendered)
            QVERIFY2(inkCoverage(QImage(dir.filePath(file))) > 0.0005, qPrintable(file));
        const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            for (int page = 0; page < pages.pageCount(); ++page)
                renderPage(pages, page, 800)
                    .save(QDir(shots).filePath(QStringLiteral("booklet-page-%1.png").arg(page)));
        }
    }

private:
    gui::BookletContent m_content;
};

QTEST_MAIN(TestBooklet)
#include "tst_booklet.moc"
