#include "gui/NotesBrowser.h"
#include "gui/NotesRendering.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextList>
#include <QTimer>
#include <ctime>
#include <sys/stat.h>

using namespace liner::gui;

namespace {

// The most CPU the UI thread may spend without answering: 50 ms as listeners run Liner.
// AddressSanitizer doubles what laying out a long page costs (the longest step here: 26 ms in a
// Debug build, 47-55 ms with the sanitizer), so that build allows twice as much; Qt's own
// Markdown import, which this guards against, blocks for minutes.
#ifdef __SANITIZE_ADDRESS__
constexpr double kLongestUnansweredMs = 100;
#else
constexpr double kLongestUnansweredMs = 50;
#endif

// CPU time this thread has used: unlike the clock on the wall, it does not grow while other
// processes hold the machine's cores, so a bound on it holds on a loaded machine too.
double threadCpuMs()
{
    timespec now = {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The most CPU time the UI thread spent between two ticks of a 2 ms timer: how long the window
// went without answering, had it had a core to itself.
class Responsiveness : public QObject
{
public:
    Responsiveness()
    {
        m_timer.setInterval(2);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double now = threadCpuMs();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_last = threadCpuMs();
        m_timer.start();
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    double m_last = 0;
    double m_longest = 0;
};

QImage picture()
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    return image;
}

QVariant imageIn(const QTextBrowser& browser, const QString& name)
{
    return browser.document()->resource(QTextDocument::ImageResource, QUrl(name));
}

} // namespace

class TestNotesBrowser : public QObject
{
    Q_OBJECT

private slots:
    void rendersMarkdownWithHtmlAsText()
    {
        QTemporaryDir album;
        QVERIFY(picture().save(album.filePath(QStringLiteral("score.png"))));
        NotesBrowser browser;
        QSignalSpy shown(&browser, &NotesBrowser::pageShown);
        browser.addImage(QStringLiteral("cover"), picture());
        browser.showMarkdown(QStringLiteral("# 눈물의 여왕\n\n*Tender* and <b>bold</b> "
                                            "<script>x()</script>\n\n- one\n- two\n\n"
                                            "![Score](score.png) ![Cover](liner:cover)"),
                             album.path());
        QVERIFY(browser.isRendering());
        QVERIFY(shown.wait(30000));
        QVERIFY(!browser.isRendering());
        const QString text = browser.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("눈물의 여왕")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b>")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<script>")), qPrintable(text));
        QVERIFY(!text.contains(u'#'));
        QCOMPARE(browser.document()->begin().blockFormat().headingLevel(), 1);
        QVERIFY(browser.document()->toHtml().contains(QStringLiteral("font-style:italic")));
        QCOMPARE(
            imageIn(browser, album.filePath(QStringLiteral("score.png"))).value<QImage>().size(),
            QSize(8, 6));
        QCOMPARE(imageIn(browser, QStringLiteral("liner:cover")).value<QImage>().size(),
                 QSize(8, 6));
    }

    // Images come only from inside the album's folder, only regular files: a FIFO or a link to
    // an endless device is not waited on, a path out of the folder is not read.
    void readsOnlyRegularImagesInsideTheAlbum()
    {
        QTemporaryDir root;
        const QString album = root.filePath(QStringLiteral("album"));
        QVERIFY(QDir().mkpath(album));
        QVERIFY(picture().save(root.filePath(QStringLiteral("outside.png"))));
        QCOMPARE(::mkfifo(QFile::encodeName(album + QStringLiteral("/fifo.png")).constData(), 0600),
                 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), album + QStringLiteral("/zero.png")));
        QVERIFY(QFile::link(root.filePath(QStringLiteral("outside.png")),
                            album + QStringLiteral("/escape.png")));
        NotesBrowser browser;
        QSignalSpy shown(&browser, &NotesBrowser::pageShown);
        browser.showMarkdown(QStringLiteral("Before ![a](fifo.png) ![b](zero.png) "
                                            "![c](../outside.png) ![d](escape.png) "
                                            "![e](http://example.invalid/x.png) after"),
                             album);
        QVERIFY(shown.wait(30000));
        QVERIFY(browser.toPlainText().contains(QStringLiteral("after")));
        for (const char* name : {"fifo.png", "zero.png", "escape.png"})
            QVERIFY2(imageIn(browser, album + u'/' + QLatin1String(name)).isNull(), name);
        QVERIFY(imageIn(browser, root.filePath(QStringLiteral("outside.png"))).isNull());
        QVERIFY(imageIn(browser, QStringLiteral("http://example.invalid/x.png")).isNull());
    }

    // One paragraph of 10,000 lines (Qt's own Markdown import takes minutes over it, on the UI
    // thread): the page is shown whole, no block of it is longer than the limit, and the window
    // answers its timer throughout, also while the page is laid out again at a new width.
    void aTenThousandLineParagraphKeepsTheWindowAnswering()
    {
        QString markdown = QStringLiteral("# Notes\n\n");
        for (int line = 0; line < 10000; ++line)
            markdown += QStringLiteral("The queen walked through the rain and *nobody* saw her "
                                       "cry, line %1\n")
                            .arg(line);
        NotesBrowser browser;
        browser.resize(600, 800);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QSignalSpy shown(&browser, &NotesBrowser::pageShown);
        const Responsiveness window;
        QElapsedTimer rendering;
        rendering.start();
        browser.showMarkdown(markdown, {});
        QVERIFY(shown.wait(120000));
        qInfo("rendered in %lld ms", rendering.elapsed());
        QTest::qWait(500);
        browser.resize(500, 800);
        QTest::qWait(500);
        qInfo("the UI thread answered its timer within %.1f ms of CPU", window.longestMs());
        QVERIFY2(window.longestMs() < kLongestUnansweredMs,
                 qPrintable(QStringLiteral("the UI thread went %1 ms of CPU without answering")
                                .arg(window.longestMs())));

        // The first part formatted, then plain text, then how much more there is.
        const QString text = browser.toPlainText();
        QVERIFY(text.contains(QStringLiteral("line 0")));
        const qsizetype asWritten = text.indexOf(QStringLiteral("shown as written"));
        QVERIFY(asWritten > kNotesMarkdownLimit / 2);
        QVERIFY(!text.left(asWritten).contains(QStringLiteral("*nobody*")));
        QVERIFY(text.indexOf(QStringLiteral("*nobody*"), asWritten) > 0);
        QVERIFY(text.size() > kNotesPageLimit * 9 / 10);
        QVERIFY(text.size() < kNotesPageLimit + 1000);
        QVERIFY(text.trimmed().endsWith(QStringLiteral("read them all.")));
        for (QTextBlock block = browser.document()->begin(); block.isValid(); block = block.next())
            QVERIFY2(block.length() - 1 <= kNotesBlockLimit, qPrintable(block.text().left(80)));
    }

    // A paragraph longer than the limit broken into blocks still reads as one: no gap between
    // them, one bullet per list item. A long paragraph within the limit stays one block.
    void aLongParagraphReadsAsOne()
    {
        const QString words = QStringLiteral("word ").repeated(3000);
        const QString within = QStringLiteral("kept ").repeated(kNotesBlockLimit / 5 - 1);
        const auto document = renderNotes(
            QStringLiteral("- %1\n- short\n\n%1\n\n%2").arg(words, within), {}, QFont());
        QCOMPARE(document->toPlainText().simplified().count(QStringLiteral("word")), 6000);
        int listed = 0;
        int withTopMargin = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            QVERIFY(block.length() - 1 <= kNotesBlockLimit);
            listed += block.textList() != nullptr && block.textList()->itemNumber(block) >= 0;
            withTopMargin += block.blockFormat().topMargin() > 0;
        }
        QCOMPARE(listed, 2);
        QCOMPARE(document->lastBlock().text(), within.trimmed());
        QVERIFY2(document->blockCount() > 2 * words.size() / kNotesPieceLength,
                 qPrintable(QString::number(document->blockCount())));
        QVERIFY2(withTopMargin <= 4, qPrintable(QString::number(withTopMargin)));
    }

    // A page asked for later is never replaced by one asked for earlier that took longer, nor
    // by one asked for before the pane was cleared. Pages render one after the other, so when
    // the last one shows, the earlier ones are done with.
    void theLastPageAskedForWins()
    {
        NotesBrowser browser;
        QSignalSpy shown(&browser, &NotesBrowser::pageShown);
        browser.showMarkdown(QStringLiteral("first ").repeated(200000), {});
        browser.showMarkdown(QStringLiteral("second"), {});
        QVERIFY(shown.wait(60000));
        QCOMPARE(browser.toPlainText(), QStringLiteral("second"));
        browser.showMarkdown(QStringLiteral("third ").repeated(100000), {});
        browser.clearNotes();
        QVERIFY(!browser.isRendering());
        QCOMPARE(browser.toPlainText(), QString());
        browser.showMarkdown(QStringLiteral("fourth"), {});
        QVERIFY(shown.wait(60000));
        QCOMPARE(browser.toPlainText(), QStringLiteral("fourth"));
        QCOMPARE(shown.size(), 2);
    }
};

QTEST_MAIN(TestNotesBrowser)
#include "tst_notesbrowser.moc"
