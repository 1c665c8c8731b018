#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liner;
using Mode = desktop::Settings::ReplayGainMode;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        m_capture.applyToThisProcess();
    }

    // Ctrl+, opens Preferences; what is chosen there is stored, shown again next time, and a new
    // output device is handed to whoever owns the engine.
    void choicesAreStoredAndShownAgain()
    {
        desktop::Settings settings;
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        gui::MainWindow window(controller, settings);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy deviceChanged(&window, &gui::MainWindow::outputDeviceChanged);

        QString chosenDevice;
        QTimer::singleShot(0, this, [&chosenDevice] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* device = dialog->findChild<QComboBox*>(QStringLiteral("deviceCombo"));
            QCOMPARE(device->currentIndex(), 0); // the system default until one is chosen
            QVERIFY2(device->count() > 1, "the capture's ALSA devices are listed");
            device->setCurrentIndex(device->count() - 1);
            chosenDevice = device->currentData().toString();
            auto* gain = dialog->findChild<QComboBox*>(QStringLiteral("replayGainCombo"));
            gain->setCurrentIndex(gain->findData(int(Mode::Album)));
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("preampSpin"))->setValue(3.5);
            auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
            language->setCurrentIndex(language->findData(QStringLiteral("ko")));
            auto* notify = dialog->findChild<QCheckBox*>(QStringLiteral("notifyCheck"));
            QVERIFY(!notify->isChecked());
            notify->setChecked(true);
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);

        QVERIFY(!chosenDevice.isEmpty());
        QCOMPARE(settings.outputDevice(), chosenDevice);
        QCOMPARE(deviceChanged.size(), 1);
        QCOMPARE(deviceChanged.first().first().toString(), chosenDevice);
        QCOMPARE(settings.replayGainMode(), Mode::Album);
        QCOMPARE(settings.replayGainPreampDb(), 3.5);
        QCOMPARE(settings.language(), QStringLiteral("ko"));
        QVERIFY(settings.notifyOnTrackChange());

        // Shown again as stored; cancelling changes nothing.
        QTimer::singleShot(0, this, [&chosenDevice] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("deviceCombo"))->currentData(),
                     QVariant(chosenDevice));
            QCOMPARE(dialog->findChild<QDoubleSpinBox*>(QStringLiteral("preampSpin"))->value(),
                     3.5);
            QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData(),
                     QVariant(QStringLiteral("ko")));
            dialog->findChild<QComboBox*>(QStringLiteral("replayGainCombo"))->setCurrentIndex(0);
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settings.replayGainMode(), Mode::Album);
        QCOMPARE(deviceChanged.size(), 1);
    }

private:
    QTemporaryDir m_config;
    testing::AudioCapture m_capture;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
