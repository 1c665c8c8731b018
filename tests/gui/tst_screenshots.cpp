#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/NotesBrowser.h"
#include "gui/Translation.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QDir>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace liner;

namespace {

// A dark palette like the ones desktops hand to Qt applications in dark mode.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x26, 0x24, 0x2b);
    const QColor base(0x1d, 0x1b, 0x21);
    const QColor text(0xe8, 0xe4, 0xec);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x94, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x8e, 0x4f, 0xa8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0xe9, 0xb9, 0x6e));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x67, 0x73));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x67, 0x73));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x67, 0x73));
    return palette;
}

double meanLightness(const QImage& image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    return count > 0 ? sum / count : 0;
}

} // namespace

// The window on the bundled album, paused in its third track, in the system's light palette, in a
// dark one and in Korean. With LINER_SCREENSHOT_DIR set, the pictures are saved there as PNGs
// (docs/ is made this way, under xvfb-run).
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        m_capture.applyToThisProcess();
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void lightDarkAndKorean()
    {
        const QPalette light = QApplication::style()->standardPalette();
        QApplication::setPalette(light);
        const QImage lightShot = shoot(QStringLiteral("main-window-light"));
        QApplication::setPalette(darkPalette());
        const QImage darkShot = shoot(QStringLiteral("main-window-dark"));
        // The window follows the palette it is given: the dark picture is clearly darker.
        QVERIFY2(meanLightness(darkShot) < meanLightness(lightShot) * 0.6,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(meanLightness(darkShot))
                                .arg(meanLightness(lightShot))));
        QApplication::setPalette(light);
        QTranslator korean;
        QVERIFY(korean.load(QLocale(QLocale::Korean), QStringLiteral("liner"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&korean);
        shoot(QStringLiteral("main-window-ko"));
        QCoreApplication::removeTranslator(&korean);
    }

private:
    QImage shoot(const QString& name)
    {
        testing::WindowFixture fixture(QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs"));
        auto [controller, window] = fixture.parts();
        window.resize(1200, 780);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        window.setAlbum(library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)}));
        controller.playIndex(2);
        if (!QTest::qWaitFor([&] { return controller.position() >= 1500; }, 20000))
            return {};
        controller.playPause();
        if (!QTest::qWaitFor([&] { return controller.state() == engine::PlaybackState::Paused; },
                             20000))
            return {};
        auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
        table->setCurrentIndex(table->model()->index(2, 1));
        for (auto* notes : window.findChildren<gui::NotesBrowser*>()) {
            if (!QTest::qWaitFor([notes] { return !notes->isRendering(); }, 20000))
                return {};
        }
        const QImage image = window.grab().toImage();
        const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(name + QStringLiteral(".png")));
        controller.stop();
        if (!QTest::qWaitFor([&] { return controller.state() == engine::PlaybackState::Stopped; },
                             20000))
            return {};
        return image;
    }

    QTemporaryDir m_config;
    testing::AudioCapture m_capture;
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
