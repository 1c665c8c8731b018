#include "AudioCapture.h"
#include "LibraryScanner.h"
#include "MainWindow.h"
#include "PlaybackController.h"
#include "PlaybackEngine.h"
#include "Settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace liner;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
    }

    void listsTheBundledTracksAndPlaysOnDoubleClick()
    {
        {
            desktop::Settings settings;
            engine::PlaybackEngine engine;
            playlist::PlaybackController controller(engine);
            gui::MainWindow window(controller, settings);
            QAbstractItemModelTester tester(&window.trackModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            const QList<library::Track> tracks =
                library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)});
            window.setAlbum(tracks);

            auto* table = window.findChild<QTableView*>(QStringLiteral("trackTable"));
            QVERIFY(table);
            QCOMPARE(table->model()->rowCount(), tracks.size());
            QVERIFY(tracks.size() >= 8);
            for (int row = 0; row < tracks.size(); ++row)
                QCOMPARE(
                    table->model()->index(row, library::TrackModel::TitleColumn).data().toString(),
                    tracks.at(row).title);
            auto* title = window.findChild<QLabel*>(QStringLiteral("albumTitleLabel"));
            QCOMPARE(title->text(), QStringLiteral("Queen of Tears — Liner Demo Album"));
            auto* cover = window.findChild<QLabel*>(QStringLiteral("coverLabel"));
            QVERIFY(!cover->pixmap().isNull());

            QSignalSpy current(&controller, &playlist::PlaybackController::currentIndexChanged);
            QSignalSpy state(&controller, &playlist::PlaybackController::stateChanged);
            const QRect rowRect =
                table->visualRect(table->model()->index(2, library::TrackModel::TitleColumn));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
            QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());

            QTRY_VERIFY_WITH_TIMEOUT(!current.isEmpty(), 10000);
            QCOMPARE(current.first().first().toInt(), 2);
            QVERIFY(!state.isEmpty());
            QCOMPARE(state.first().first().value<engine::PlaybackState>(),
                     engine::PlaybackState::Playing);
            // The playing row is marked in the table.
            QCOMPARE(window.trackModel().playingRow(), 2);
            QCOMPARE(table->model()->index(2, 0).data(library::TrackModel::PlayingRole).toBool(),
                     true);
            controller.stop();
            QTRY_COMPARE(controller.state(), engine::PlaybackState::Stopped);
        } // closing the window's engine completes the capture
        QCOMPARE(m_capture.finishedCaptureFiles().size(), 1);
    }

private:
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced};
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
