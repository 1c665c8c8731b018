#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/Translation.h"
#include "playlist/PlaybackController.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

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
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
