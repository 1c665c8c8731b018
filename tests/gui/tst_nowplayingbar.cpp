#include "gui/LyricsFlow.h"
#include "gui/NowPlayingBar.h"
#include "gui/NowPlayingView.h"
#include "gui/Sliders.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace liner;
using playlist::RepeatMode;

namespace {

void wheel(QWidget* widget, int delta)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

QPoint at(QWidget* widget, double fraction)
{
    // The handle's travel leaves its radius free at both ends.
    const int x = 6 + int((widget->width() - 12) * fraction);
    return {x, widget->height() / 2};
}

library::Track song()
{
    library::Track track;
    track.path = QStringLiteral("/music/Album/01 Song.flac");
    track.title = QStringLiteral("A Song With A Title Long Enough To Need Shortening Somewhere");
    track.artist = QStringLiteral("Band");
    track.album = QStringLiteral("Album");
    track.durationMs = 60000;
    return track;
}

} // namespace

// The now-playing bar's controls and the Now Playing view, on their own.
class TestNowPlayingBar : public QObject
{
    Q_OBJECT

private slots:
    void seekBarJumpsWhereClickedAndShowsTheTimeThere()
    {
        gui::SeekSlider slider;
        slider.resize(400, 24);
        slider.setRange(0, 60000);
        slider.show();
        QVERIFY(QTest::qWaitForWindowExposed(&slider));
        QSignalSpy seeks(&slider, &gui::SeekSlider::seekRequested);
        QTest::mouseMove(&slider, at(&slider, 0.75));
        QCOMPARE(slider.hoverText(), QStringLiteral("0:45"));
        QTest::mouseClick(&slider, Qt::LeftButton, {}, at(&slider, 0.75));
        QCOMPARE(seeks.size(), 1);
        QVERIFY(std::abs(seeks.first().first().toLongLong() - 45000) < 300);
        // Playing on, the handle follows the music, not the last click.
        slider.showPosition(46000);
        QCOMPARE(slider.value(), 46000);
        QCOMPARE(slider.accessibleDescription(), QStringLiteral("0:46 of 1:00"));
        // While held, the music does not pull the handle away; the release seeks once.
        QTest::mousePress(&slider, Qt::LeftButton, {}, at(&slider, 0.25));
        slider.showPosition(47000);
        QVERIFY(std::abs(slider.value() - 15000) < 300);
        QTest::mouseRelease(&slider, Qt::LeftButton, {}, at(&slider, 0.25));
        QCOMPARE(seeks.size(), 2);
        // Keys seek too; the wheel does not.
        slider.setFocus();
        slider.showPosition(30000);
        QTest::keyClick(&slider, Qt::Key_Right);
        QCOMPARE(seeks.size(), 3);
        QCOMPARE(seeks.last().first().toLongLong(), 35000);
        wheel(&slider, 120);
        QCOMPARE(seeks.size(), 3);
    }

    void volumeJumpsWhereClickedAndFollowsTheWheel()
    {
        gui::VolumeSlider slider;
        slider.resize(120, 24);
        slider.show();
        QVERIFY(QTest::qWaitForWindowExposed(&slider));
        QCOMPARE(slider.value(), 0);
        QTest::mouseClick(&slider, Qt::LeftButton, {}, at(&slider, 0.3));
        QVERIFY(std::abs(slider.value() - 30) <= 1);
        const int clicked = slider.value();
        wheel(&slider, 120);
        QCOMPARE(slider.value(), clicked + 5);
        wheel(&slider, -240);
        QCOMPARE(slider.value(), clicked - 5);
        // A touchpad's small steps add up to a notch.
        wheel(&slider, 60);
        QCOMPARE(slider.value(), clicked - 5);
        wheel(&slider, 60);
        QCOMPARE(slider.value(), clicked);
    }

    void shuffleAndRepeatAreToggles()
    {
        gui::NowPlayingBar bar;
        bar.resize(1200, 80);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy shuffles(&bar, &gui::NowPlayingBar::shuffleChanged);
        QSignalSpy repeats(&bar, &gui::NowPlayingBar::repeatChanged);
        auto* shuffle = bar.findChild<QToolButton*>(QStringLiteral("shuffleButton"));
        auto* repeat = bar.findChild<QToolButton*>(QStringLiteral("repeatButton"));
        QTest::mouseClick(shuffle, Qt::LeftButton);
        QVERIFY(shuffle->isChecked());
        QCOMPARE(shuffles.last().first().toBool(), true);
        QTest::mouseClick(shuffle, Qt::LeftButton);
        QCOMPARE(shuffles.last().first().toBool(), false);
        // Off → the whole queue → this track → off.
        for (const RepeatMode mode : {RepeatMode::All, RepeatMode::One, RepeatMode::Off}) {
            QTest::mouseClick(repeat, Qt::LeftButton);
            QCOMPARE(repeats.last().first().value<RepeatMode>(), mode);
            QCOMPARE(repeat->isChecked(), mode != RepeatMode::Off);
        }
        QCOMPARE(repeat->accessibleDescription(), QStringLiteral("Repeat: off"));
        // Set from elsewhere (MPRIS), the toggles show it without echoing it back.
        bar.showPlayMode(true, RepeatMode::One);
        QVERIFY(shuffle->isChecked() && repeat->isChecked());
        QCOMPARE(shuffles.size(), 2);
    }

    void showsTheTrackAndWhereItWillResume()
    {
        gui::NowPlayingBar bar;
        bar.resize(1200, 80);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        bar.showTrack(song());
        bar.showResumePoint(12000, 60000);
        auto* title = bar.findChild<QLabel*>(QStringLiteral("titleLabel"));
        auto* elapsed = bar.findChild<QLabel*>(QStringLiteral("elapsedLabel"));
        auto* remaining = bar.findChild<QLabel*>(QStringLiteral("remainingLabel"));
        // Too long for the bar: shortened, with the whole title in its tooltip.
        QVERIFY2(title->text().contains(QStringLiteral("A Song With")), qPrintable(title->text()));
        QVERIFY(title->text().contains(u'…'));
        QVERIFY(title->toolTip().contains(song().title));
        QCOMPARE(elapsed->text(), QStringLiteral("0:12"));
        QCOMPARE(remaining->text(), QStringLiteral("−0:48"));
        QCOMPARE(bar.seekSlider()->value(), 12000);
        // The cover and the title lead to the album.
        QSignalSpy album(&bar, &gui::NowPlayingBar::albumRequested);
        QTest::mouseClick(bar.findChild<QToolButton*>(QStringLiteral("coverButton")),
                          Qt::LeftButton);
        emit title->linkActivated(QStringLiteral("album"));
        QCOMPARE(album.size(), 2);
    }

    void muteRemembersTheVolume()
    {
        gui::NowPlayingBar bar;
        bar.showVolume(0.6);
        QSignalSpy volumes(&bar, &gui::NowPlayingBar::volumeChanged);
        auto* mute = bar.findChild<QToolButton*>(QStringLiteral("muteButton"));
        mute->click();
        QCOMPARE(volumes.last().first().toDouble(), 0.0);
        mute->click();
        QCOMPARE(volumes.last().first().toDouble(), 0.6);
    }

    void nowPlayingShowsTheTrackInItsCoversColours()
    {
        gui::NowPlayingView view;
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        gui::TrackArt art;
        art.track = song();
        art.cover = QImage(64, 64, QImage::Format_RGB32);
        art.cover.fill(QColor(0x10, 0x80, 0x80));
        art.colours = gui::CoverColours::fromCover(art.cover);
        art.lyrics = notes::SyncedLyrics::parse(u"[00:01.00]One\n[00:05.00]Two\n");
        view.showTrack(art, QStringLiteral("Notes about the song."), 0);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("nowPlayingTitle"))->text(), song().title);
        // The background is the cover's colour, deepened: its pixels are teal, and dark.
        const QImage shot = view.grab().toImage();
        const QColor corner = shot.pixelColor(shot.width() - 3, 3);
        QVERIFY2(std::abs(corner.hslHue() - 180) < 25, qPrintable(corner.name()));
        QVERIFY(corner.lightnessF() < 0.35F);
        // Its text stays readable on what is really painted there.
        QVERIFY(gui::contrastRatio(view.colours().text, corner) >= 7.0);

        // Earlier and Later move the lyrics and say so.
        QSignalSpy offsets(&view, &gui::NowPlayingView::lyricsOffsetChanged);
        view.findChild<QToolButton*>(QStringLiteral("lyricsEarlierButton"))->click();
        QCOMPARE(offsets.last().first().toLongLong(), 100);
        QCOMPARE(view.lyrics()->lyrics().lines().first().timeMs, 900);
        view.setPosition(950);
        QCOMPARE(view.lyrics()->currentLine(), 0);

        // Without lyrics, the notes take their place.
        art.lyrics = {};
        view.showTrack(art, QStringLiteral("Notes about the song."), 0);
        QVERIFY(view.lyrics()->lyrics().isEmpty());
        QVERIFY(!view.findChild<QToolButton*>(QStringLiteral("lyricsEarlierButton"))->isVisible());
    }
};

QTEST_MAIN(TestNowPlayingBar)
#include "tst_nowplayingbar.moc"
