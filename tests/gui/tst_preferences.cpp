#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"
#include "support/WindowFixture.h"

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
#include <functional>

using namespace liner;
using Mode = desktop::Settings::ReplayGainMode;

namespace {

// Presses Ctrl+, in the window and runs `inDialog` on the Preferences dialog it opens; false when
// none opened. (The window is made active first: after a dialog the offscreen platform may leave
// it inactive, and a window shortcut then does nothing.)
bool inPreferences(gui::MainWindow& window, const std::function<void(QDialog&)>& inDialog)
{
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    bool opened = false;
    QTimer::singleShot(0, &window, [&window, &inDialog, &opened] {
        if (auto* dialog = window.findChild<QDialog*>()) {
            opened = true;
            inDialog(*dialog);
        }
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    return opened;
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        m_capture.applyToThisProcess();
    }

    // Ctrl+, opens Preferences; what is chosen there is stored, shown again next time, and a new
    // output device is handed to whoever owns the engine.
    void choicesAreStoredAndShownAgain()
    {
        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        desktop::Settings& settings = fixture.settings;
        window.show();
        QSignalSpy deviceChanged(&window, &gui::MainWindow::outputDeviceChanged);

        QString chosenDevice;
        QVERIFY(inPreferences(window, [&chosenDevice](QDialog& dialog) {
            auto* device = dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"));
            QCOMPARE(device->currentIndex(), 0); // the system default until one is chosen
            // Listed by the engine's thread, which may answer after the dialog opened.
            QTRY_VERIFY2_WITH_TIMEOUT(device->count() > 1, "the capture's ALSA devices are listed",
                                      30000);
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
            auto* gain = dialog.findChild<QComboBox*>(QStringLiteral("replayGainCombo"));
            gain->setCurrentIndex(gain->findData(int(Mode::Album)));
            dialog.findChild<QDoubleSpinBox*>(QStringLiteral("preampSpin"))->setValue(3.5);
            auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
            language->setCurrentIndex(language->findData(QStringLiteral("ko")));
            auto* notify = dialog.findChild<QCheckBox*>(QStringLiteral("notifyCheck"));
            QVERIFY(!notify->isChecked());
            notify->setChecked(true);
            dialog.accept();
        }));

        QVERIFY(!chosenDevice.isEmpty());
        QCOMPARE(settings.outputDevice(), chosenDevice);
        QCOMPARE(deviceChanged.size(), 1);
        QCOMPARE(deviceChanged.first().first().toString(), chosenDevice);
        QCOMPARE(settings.replayGainMode(), Mode::Album);
        QCOMPARE(settings.replayGainPreampDb(), 3.5);
        QCOMPARE(settings.language(), QStringLiteral("ko"));
        QVERIFY(settings.notifyOnTrackChange());

        // Shown again as stored; cancelling changes nothing.
        QVERIFY(inPreferences(window, [&chosenDevice](QDialog& dialog) {
            QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"))->currentData(),
                     QVariant(chosenDevice));
            QCOMPARE(dialog.findChild<QDoubleSpinBox*>(QStringLiteral("preampSpin"))->value(), 3.5);
            QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"))->currentData(),
                     QVariant(QStringLiteral("ko")));
            dialog.findChild<QComboBox*>(QStringLiteral("replayGainCombo"))->setCurrentIndex(0);
            dialog.reject();
        }));
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
        testing::WindowFixture fixture;
        desktop::Settings& settings = fixture.settings;
        gui::MainWindow& window = fixture.window;
        settings.setLibraryFolders(folders);
        library::LibraryUpdater updater(music.filePath(QStringLiteral("library.sqlite")));
        window.connectLibrary(updater, folders.first());
        QSignalSpy passes(&updater, &library::LibraryUpdater::finished);
        updater.setFolders(folders);
        QVERIFY(passes.wait(20000));
        QCOMPARE(window.libraryPane().albums().rowCount(), 2);
        window.show();

        QVERIFY(inPreferences(window, [&folders](QDialog& dialog) {
            auto* list = dialog.findChild<QListWidget*>(QStringLiteral("foldersList"));
            auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("removeFolderButton"));
            QCOMPARE(list->count(), 2);
            QVERIFY(!remove->isEnabled());
            list->setCurrentRow(folders.indexOf(folders.last()));
            QVERIFY(remove->isEnabled());
            remove->click();
            QCOMPARE(list->count(), 1);
            dialog.accept();
        }));
        QCOMPARE(settings.libraryFolders(), QStringList{folders.first()});
        QVERIFY(passes.wait(20000));
        QCOMPARE(window.libraryPane().albums().rowCount(), 1);
        QVERIFY(QFile::exists(QDir(folders.last()).filePath(QStringLiteral("1.flac"))));
    }

    // The device list comes from the engine's thread: one that arrives while the dialog is open
    // replaces the offer, and the device picked stays picked (or is named as not connected).
    void devicesArrivingLaterKeepThePick()
    {
        testing::WindowFixture fixture;
        gui::MainWindow& window = fixture.window;
        window.show();
        QStringList offered;
        QVERIFY(inPreferences(window, [&fixture, &offered](QDialog& dialog) {
            auto* device = dialog.findChild<QComboBox*>(QStringLiteral("deviceCombo"));
            emit fixture.engine.devicesListed({QStringLiteral("DAC"), QStringLiteral("HDMI")});
            device->setCurrentIndex(device->findData(QStringLiteral("HDMI")));
            emit fixture.engine.devicesListed({QStringLiteral("USB"), QStringLiteral("HDMI")});
            for (int i = 0; i < device->count(); ++i)
                offered << device->itemText(i);
            QCOMPARE(device->currentData().toString(), QStringLiteral("HDMI"));
            emit fixture.engine.devicesListed({QStringLiteral("USB")});
            QCOMPARE(device->currentData().toString(), QStringLiteral("HDMI"));
            QCOMPARE(device->currentText(), QStringLiteral("HDMI (not connected)"));
            dialog.reject();
        }));
        QCOMPARE(offered, (QStringList{"System default", "USB", "HDMI"}));
    }

private:
    testing::PrivateHome m_home;
    testing::AudioCapture m_capture;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
