#include "gui/CoverColours.h"
#include "gui/ProseDocument.h"
#include "gui/Typography.h"

#include <QApplication>
#include <QPainter>
#include <QTest>
#include <QTextDocument>

using namespace liner::gui;

namespace {

QImage filled(const QColor& color)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(color);
    return image;
}

// Stripes of two colours, the way covers mix a field and a figure.
QImage striped(const QColor& field, const QColor& figure)
{
    QImage image = filled(field);
    QPainter painter(&image);
    for (int x = 0; x < 64; x += 16)
        painter.fillRect(x, 0, 5, 64, figure);
    return image;
}

} // namespace

// Typesetting (quotes, dashes, measure) and colours taken from covers.
class TestTypography : public QObject
{
    Q_OBJECT

private slots:
    void curlsQuotesAndSetsDashes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("set");
        QTest::newRow("double") << QStringLiteral("named \"Promise Me\" for")
                                << QStringLiteral("named “Promise Me” for");
        QTest::newRow("apostrophe")
            << QStringLiteral("the drama's title") << QStringLiteral("the drama’s title");
        QTest::newRow("single") << QStringLiteral("she said 'wait' and")
                                << QStringLiteral("she said ‘wait’ and");
        QTest::newRow("opening a paragraph")
            << QStringLiteral("\"Tears\" opens") << QStringLiteral("“Tears” opens");
        QTest::newRow("after a bracket")
            << QStringLiteral("(\"Tears\")") << QStringLiteral("(“Tears”)");
        QTest::newRow("ending it")
            << QStringLiteral("the queen's\"") << QStringLiteral("the queen’s”");
        QTest::newRow("decade") << QStringLiteral("the '90s") << QStringLiteral("the ’90s");
        QTest::newRow("en dash") << QStringLiteral("1--9") << QStringLiteral("1–9");
        QTest::newRow("em dash") << QStringLiteral("quiet---strained")
                                 << QStringLiteral("quiet—strained");
        QTest::newRow("spaced hyphen")
            << QStringLiteral("quiet - strained") << QStringLiteral("quiet – strained");
        QTest::newRow("hyphenated word stays")
            << QStringLiteral("Hae-in") << QStringLiteral("Hae-in");
        QTest::newRow("ellipsis") << QStringLiteral("and then...") << QStringLiteral("and then…");
        QTest::newRow("hangul") << QStringLiteral("\"눈물의 여왕\"의")
                                << QStringLiteral("“눈물의 여왕”의");
        QTest::newRow("already curly")
            << QStringLiteral("“set” it’s") << QStringLiteral("“set” it’s");
    }
    void curlsQuotesAndSetsDashes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, set);
        QCOMPARE(typography::smartText(typed), set);
    }

    // In parsed Markdown, code and links keep their characters; the prose around them changes.
    void leavesCodeAndLinksAlone()
    {
        QTextDocument document;
        document.setMarkdown(
            QStringLiteral("It's `don't \"touch\"` and [a \"link\"](https://x/it's) -- done."));
        typography::smartenDocument(document);
        const QString text = document.toPlainText();
        QVERIFY2(text.startsWith(u"It’s don't \"touch\""), qPrintable(text));
        QVERIFY2(text.contains(u"a \"link\""), qPrintable(text));
        QVERIFY2(text.endsWith(u" – done."), qPrintable(text));
        QVERIFY(document.toMarkdown().contains(QStringLiteral("https://x/it's")));
    }

    // A paginated document never puts a line across two pages, and gives each page's text.
    void paginatesWithoutSplittingLines()
    {
        QString markdown;
        for (int i = 0; i < 12; ++i)
            markdown += QStringLiteral("Paragraph %1 goes on for a while, with words enough to "
                                       "wrap onto a few lines at this measure.\n\n")
                            .arg(i);
        const auto document = proseDocument(markdown, {}, typography::proseFont(12), 260, 120);
        QVERIFY(document->pageCount() > 2);
        QStringList pages;
        for (int page = 0; page < document->pageCount(); ++page)
            pages << pageText(*document, page);
        const QString all = pages.join(u' ');
        for (int i = 0; i < 12; ++i)
            QVERIFY(all.contains(QStringLiteral("Paragraph %1 ").arg(i)));
        QVERIFY(pages.first().startsWith(QStringLiteral("Paragraph 0")));
    }

    void cutsALongTextAfterItsLines()
    {
        const QFont font = typography::proseFont(14);
        const QString text = QStringLiteral("word ").repeated(200);
        const QString three = typography::elidedLines(text, font, 200, 3);
        QVERIFY(three.endsWith(u'…'));
        QVERIFY(three.size() < text.size());
        QCOMPARE(typography::elidedLines(QStringLiteral("short"), font, 200, 3),
                 QStringLiteral("short"));
    }

    // Whatever the cover, Now Playing's text keeps its contrast: 7:1 for the text, 4.5:1 for
    // secondary text, 3:1 for dimmed lines and the accent.
    void coverColoursKeepTheirContrast_data()
    {
        QTest::addColumn<QImage>("cover");
        QTest::newRow("none") << QImage();
        QTest::newRow("white") << filled(Qt::white);
        QTest::newRow("black") << filled(Qt::black);
        QTest::newRow("yellow") << filled(QColor(0xff, 0xe6, 0x00));
        QTest::newRow("cyan and white") << striped(QColor(0x40, 0xe0, 0xff), Qt::white);
        QTest::newRow("plum and gold")
            << striped(QColor(0x5a, 0x1e, 0x4c), QColor(0xe8, 0xb8, 0x5a));
        QTest::newRow("grey") << filled(QColor(0x80, 0x80, 0x80));
        QTest::newRow("red") << filled(Qt::red);
    }
    void coverColoursKeepTheirContrast()
    {
        QFETCH(QImage, cover);
        const CoverColours colours = CoverColours::fromCover(cover);
        for (const QColor& background : {colours.backgroundTop, colours.backgroundBottom}) {
            QVERIFY2(contrastRatio(colours.text, background) >= 7.0,
                     qPrintable(QString::number(contrastRatio(colours.text, background))));
            QVERIFY(contrastRatio(colours.secondaryText, background) >= 4.5);
            QVERIFY(contrastRatio(colours.dimText, background) >= 3.0);
            QVERIFY(contrastRatio(colours.accent, background) >= 3.0);
        }
        // Dimmed is dimmer than secondary, which is dimmer than the text.
        QVERIFY(contrastRatio(colours.dimText, colours.backgroundTop) <
                contrastRatio(colours.secondaryText, colours.backgroundTop));
        QVERIFY(contrastRatio(colours.secondaryText, colours.backgroundTop) <
                contrastRatio(colours.text, colours.backgroundTop));
        // An accent on a page of paper reads as text there.
        for (const QColor paper : {QColor(Qt::white), QColor(0x24, 0x21, 0x26)})
            QVERIFY(contrastRatio(CoverColours::accentOn(cover, paper), paper) >= 4.5);
    }

    void coverColoursComeFromTheCover()
    {
        const CoverColours plum =
            CoverColours::fromCover(striped(QColor(0x5a, 0x1e, 0x4c), QColor(0xe8, 0xb8, 0x5a)));
        const CoverColours teal = CoverColours::fromCover(filled(QColor(0x10, 0x80, 0x80)));
        // Their hues, deepened.
        QVERIFY(std::abs(plum.backgroundTop.hslHue() - QColor(0x5a, 0x1e, 0x4c).hslHue()) < 20);
        QVERIFY(std::abs(teal.backgroundTop.hslHue() - 180) < 20);
        QVERIFY(plum.backgroundTop.lightnessF() < 0.35F);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrastRatio(Qt::red, Qt::red), 1.0);
        const QColor grey(0x76, 0x76, 0x76); // the lightest grey at 4.5:1 on white
        QVERIFY(std::abs(contrastRatio(grey, Qt::white) - 4.54) < 0.05);
    }
};

QTEST_MAIN(TestTypography)
#include "tst_typography.moc"
