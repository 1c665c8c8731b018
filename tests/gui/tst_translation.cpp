#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/BookletPages.h"
#include "gui/BookletView.h"
#include "gui/MainWindow.h"
#include "gui/Translation.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/WindowFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

namespace {

// How a label is compared with the English it may have been left in: no accelerator, no
// trailing ellipsis or colon, any case (labels are also shown in capitals).
QString comparable(QString text)
{
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed().toCaseFolded();
}

// The English of every message the Korean .ts translates differently, as comparable().
QSet<QString> englishMessages()
{
    QSet<QString> english;
    QFile file(QStringLiteral(LINER_SOURCE_DIR "/resources/translations/liner_ko.ts"));
    QDomDocument document;
    if (!file.open(QIODevice::ReadOnly) || !document.setContent(&file))
        return english;
    const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
    for (int i = 0; i < messages.size(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QString source = message.firstChildElement(QStringLiteral("source")).text();
        const QString translation = message.firstChildElement(QStringLiteral("translation")).text();
        if (comparable(source) != comparable(translation) && comparable(source).size() > 1)
            english << comparable(source);
    }
    return english;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    // Every message in the Korean .ts has a finished translation. lupdate is run over the sources
    // into a copy first, so a string added to the code without a translation fails here too.
    void everyStringIsTranslated()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("liner_ko.ts"));
        QVERIFY(QFile::copy(QStringLiteral(LINER_SOURCE_DIR "/resources/translations/liner_ko.ts"),
                            ts));
        QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LINER_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                       QStringLiteral(LINER_SOURCE_DIR "/src"), QStringLiteral("-no-obsolete"),
                       QStringLiteral(LINER_SOURCE_DIR "/src/gui"),
                       QStringLiteral(LINER_SOURCE_DIR "/src/desktop"),
                       QStringLiteral(LINER_SOURCE_DIR "/src/library"),
                       QStringLiteral(LINER_SOURCE_DIR "/src/playlist"),
                       QStringLiteral(LINER_SOURCE_DIR "/src/server"),
                       QStringLiteral(LINER_SOURCE_DIR "/ui"), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument document;
        QVERIFY(document.setContent(&file));
        QCOMPARE(document.documentElement().attribute(QStringLiteral("language")),
                 QStringLiteral("ko"));
        const QDomNodeList messages = document.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() >= 100);
        QStringList untranslated;
        int hangul = 0;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation =
                message.firstChildElement(QStringLiteral("translation"));
            if (translation.isNull() || translation.text().isEmpty() ||
                translation.hasAttribute(QStringLiteral("type")))
                untranslated << source;
            for (const QChar c : translation.text())
                if (c.script() == QChar::Script_Hangul) {
                    ++hangul;
                    break;
                }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
        // Not a copy of the English: nearly every entry is Hangul (a few, like "0:00", are not).
        QVERIFY(hangul > messages.size() * 9 / 10);
    }

    // The embedded Korean loads, and a window built after it speaks Korean.
    void theWindowSpeaksKorean()
    {
        QCOMPARE(gui::interfaceLocale(QStringLiteral("ko")).language(), QLocale::Korean);
        QVERIFY(gui::installTranslations(QLocale(QLocale::Korean)));
        QCOMPARE(QCoreApplication::translate("liner::gui::MainWindow", "All moods"),
                 QStringLiteral("모든 분위기"));
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        QStringList menus;
        for (const QAction* action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus.first(), QStringLiteral("파일(&F)"));
        QVERIFY(menus.contains(QStringLiteral("재생(&P)")));
        QVERIFY(menus.contains(QStringLiteral("도움말(&H)")));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("albumKindLabel"))->text(),
                 QStringLiteral("앨범"));
    }

    // In Korean, nothing the window or the booklet shows of its own is left in English: every
    // label, button, menu and list entry, and every text on every booklet page, is checked
    // against the English of the translated messages (a label drawn in capitals too). Tags and
    // notes are the listener's and stay as they are; none of them is one of Liner's messages.
    void nothingIsLeftInEnglish()
    {
        QVERIFY(gui::installTranslations(QLocale(QLocale::Korean)));
        const QSet<QString> english = englishMessages();
        QVERIFY(english.size() > 100);
        testing::WindowFixture fixture(QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs"));
        gui::MainWindow& window = fixture.window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setAlbum(library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)}));
        auto* views = window.findChild<QStackedWidget*>(QStringLiteral("mainViews"));
        auto* booklet = window.findChild<gui::BookletView*>(QStringLiteral("bookletView"));
        QVERIFY(views && booklet);
        views->setCurrentWidget(booklet);
        QTRY_VERIFY_WITH_TIMEOUT(booklet->pages() != nullptr, 30000);

        QStringList shown;
        for (int page = 0; page < booklet->pages()->pageCount(); ++page) {
            for (const gui::BookletText& text : booklet->pages()->texts(page))
                shown << text.text;
        }
        QVERIFY(shown.size() > 20);
        for (const QLabel* label : window.findChildren<QLabel*>())
            shown << label->text();
        for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
            shown << button->text() << button->toolTip();
        for (const QAction* action : window.findChildren<QAction*>())
            shown << action->text() << action->toolTip();
        for (const QComboBox* combo : window.findChildren<QComboBox*>()) {
            for (int i = 0; i < combo->count(); ++i)
                shown << combo->itemText(i);
        }
        QStringList left;
        for (const QString& text : std::as_const(shown)) {
            if (english.contains(comparable(text)) && !left.contains(text))
                left << text;
        }
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
