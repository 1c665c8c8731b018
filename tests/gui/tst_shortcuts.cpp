#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liner;
using engine::PlaybackState;

class TestShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        for (int number = 1; number <= 2; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(number);
            tags.trackNumber = number;
            tags.mood = QStringLiteral("Calm");
            QCOMPARE(demo::writeFixture(m_album.filePath(QStringLiteral("%1.flac").arg(number)),
                                        demo::FixtureFormat::Flac,
                                        demo::fixtureSignal(44100, 2, 44100 * 30, number), tags),
                     QString());
        }
    }

    // The keys act on real playback (into the capture) and on the window.
    void keysDrivePlaybackAndTheWindow()
    {
        {
            testing::WindowFixture fixture;
            auto [controller, window] = fixture.parts();
            window.setAlbum(library::LibraryScanner::scan({m_album.path()}));
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));

            QTest::keyClick(&window, Qt::Key_Space);
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Playing, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 0, 20000);
            QTest::keyClick(&window, Qt::Key_Right, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 1, 20000);
            // Early in the track (the capture plays in real time), so back to the one before.
            QTest::keyClick(&window, Qt::Key_Left, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(controller.currentIndex(), 0, 20000);

            QSignalSpy seeked(&controller, &playlist::PlaybackController::seeked);
            const qint64 before = controller.position();
            QTest::keyClick(&window, Qt::Key_Right);
            QCOMPARE(seeked.size(), 1);
            const qint64 forward = seeked.takeFirst().first().toLongLong();
            QVERIFY(forward >= before + 5000);
            QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= forward, 20000);
            const qint64 there = controller.position();
            QTest::keyClick(&window, Qt::Key_Left);
            QCOMPARE(seeked.size(), 1);
            QCOMPARE(seeked.takeFirst().first().toLongLong(), there - 5000);

            QTest::keyClick(&window, Qt::Key_Space);
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Paused, 20000);
            QTest::keyClick(&window, Qt::Key_Space);
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Playing, 20000);

            auto* views = window.findChild<QStackedWidget*>(QStringLiteral("mainViews"));
            QVERIFY(views->currentWidget()->objectName() != QStringLiteral("nowPlayingView"));
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
            QCOMPARE(views->currentWidget()->objectName(), QStringLiteral("nowPlayingView"));
            QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
            QVERIFY(views->currentWidget()->objectName() != QStringLiteral("nowPlayingView"));
            QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
            QCOMPARE(QApplication::focusWidget(),
                     window.findChild<QLineEdit*>(QStringLiteral("librarySearch")));
            controller.stop();
            QTRY_COMPARE_WITH_TIMEOUT(controller.state(), PlaybackState::Stopped, 20000);
        } // closing the engine completes the capture
        const QStringList captured = m_capture.finishedCaptureFiles();
        QVERIFY(!captured.isEmpty());
        const std::vector<float> samples = testing::AudioCapture::readFloats(captured.last());
        QVERIFY(testing::firstNonSilentSample(samples) < samples.size());
    }

    // F1 lists the shortcuts; About names the version, the licence and the libraries.
    void helpAndAboutDialogs()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QStringList rows;
        QTimer::singleShot(0, this, [&rows] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
            QVERIFY(table);
            for (int row = 0; row < table->rowCount(); ++row)
                rows << table->item(row, 0)->text() + QLatin1Char('=') +
                            table->item(row, 1)->text();
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1);
        for (const char* expected :
             {"Space=Play/Pause", "Ctrl+Left=Previous Track", "Ctrl+Right=Next Track",
              "Left=Back 5 Seconds", "Right=Forward 5 Seconds", "Ctrl+F=Search Library",
              "Ctrl+O=Add Music Folder…", "Ctrl+L=Now Playing", "Ctrl+B=Booklet",
              "Ctrl+Shift+E=Export Booklet as PDF…", "F1=Keyboard Shortcuts"})
            QVERIFY2(rows.contains(QString::fromUtf8(expected)), qPrintable(rows.join(", ")));

        QString about;
        QTimer::singleShot(0, this, [&about] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            for (const QLabel* label : dialog->findChildren<QLabel*>())
                about += label->text() + QLatin1Char('\n');
            dialog->reject();
        });
        QAction* aboutAction = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == QStringLiteral("About Liner"))
                aboutAction = action;
        QVERIFY(aboutAction);
        aboutAction->trigger();
        for (const QString& expected :
             {QStringLiteral("Liner 0.1.0"), QStringLiteral("GPL-3.0-or-later"),
              QStringLiteral("Qt</td><td>&nbsp;&nbsp;") + QString::fromLatin1(qVersion()),
              QStringLiteral("libavformat 59."), QStringLiteral("TagLib</td><td>&nbsp;&nbsp;1.13"),
              QStringLiteral("PortAudio V19")})
            QVERIFY2(about.contains(expected), qPrintable(about));
    }

private:
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced, 1.0};
    QTemporaryDir m_album;
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
