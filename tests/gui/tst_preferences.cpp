#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
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
            // ALSA's "default" is the system default offered first, not a second entry.
            QStringList names;
            for (int i = 0; i < device->count(); ++i) {
                QVERIFY(device->itemData(i).toString().compare(QStringLiteral("default"),
                                                               Qt::CaseInsensitive) != 0);
                QVERIFY(!names.contains(device->itemText(i)));
                names << device->itemText(i);
            }
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
        bool shownAgain = false;
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTimer::singleShot(0, this, [&chosenDevice, &shownAgain] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shownAgain = true;
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
        QVERIFY(shownAgain);
        QCOMPARE(settings.replayGainMode(), Mode::Album);
        QCOMPARE(deviceChanged.size(), 1);
    }

    // Preferences ▸ Library lists the music folders; one removed there leaves the library, its
    // files untouched.
    void removesAMusicFolder()
    {
        QTemporaryDir music;
        for (const char* album : {"Alpha", "Beta"}) {
            const QString folder = music.filePath(QString::fromLatin1(album));
            QVERIFY(QDir().mkpath(folder));
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song");
            tags.album = QString::fromLatin1(album);
            QCOMPARE(demo::writeFixture(QDir(folder).filePath(QStringLiteral("1.flac")),
                                        demo::FixtureFormat::Flac,
                                        demo::fixtureSignal(44100, 2, 4410), tags),
                     QString());
        }
        const QStringList folders{music.filePath(QStringLiteral("Alpha")),
                                  music.filePath(QStringLiteral("Beta"))};
        desktop::Settings settings;
        settings.setLibraryFolders(folders);
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        gui::MainWindow window(controller, settings);
        library::LibraryUpdater updater(music.filePath(QStringLiteral("library.sqlite")));
        window.connectLibrary(updater, folders.first());
        QSignalSpy passes(&updater, &library::LibraryUpdater::finished);
        updater.setFolders(folders);
        QVERIFY(passes.wait(20000));
        QCOMPARE(window.libraryPane().albums().rowCount(), 2);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTimer::singleShot(0, this, [&folders] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("foldersList"));
            auto* remove = dialog->findChild<QPushButton*>(QStringLiteral("removeFolderButton"));
            QCOMPARE(list->count(), 2);
            QVERIFY(!remove->isEnabled());
            list->setCurrentRow(folders.indexOf(folders.last()));
            QVERIFY(remove->isEnabled());
            remove->click();
            QCOMPARE(list->count(), 1);
            dialog->accept();
        });
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("Preferences…"))
                action->trigger();
        }
        QCOMPARE(settings.libraryFolders(), QStringList{folders.first()});
        QVERIFY(passes.wait(20000));
        QCOMPARE(window.libraryPane().albums().rowCount(), 1);
        QVERIFY(QFile::exists(QDir(folders.last()).filePath(QStringLiteral("1.flac"))));
    }

private:
    QTemporaryDir m_config;
    testing::AudioCapture m_capture;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
