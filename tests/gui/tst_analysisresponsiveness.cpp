#include "analysis/AnalysisCatalog.h"
#include "analysis/LibraryAnalyzer.h"
#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <fstream>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

using namespace liner;

namespace {

qint64 clockNs(clockid_t clock)
{
    timespec time{};
    clock_gettime(clock, &time);
    return qint64(time.tv_sec) * 1'000'000'000 + time.tv_nsec;
}

// How long this thread has waited, runnable, for a CPU others held (Linux schedstat, ns).
qint64 waitedForCpuNs()
{
    std::ifstream stat("/proc/self/task/" + std::to_string(::gettid()) + "/schedstat");
    qint64 running = 0;
    qint64 waiting = 0;
    stat >> running >> waiting;
    return waiting;
}

long voluntarySwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}

class MeasuredApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void startMeasuring()
    {
        m_worstNs = 0;
        m_measuring = true;
    }
    void stopMeasuring() { m_measuring = false; }
    qint64 worstMs() const { return m_worstNs / 1'000'000; }
    // The event that took longest: its type, and the class and name of its receiver.
    const QString& worstEvent() const { return m_worstEvent; }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_measuring || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = clockNs(CLOCK_MONOTONIC);
        const qint64 cpuStart = clockNs(CLOCK_THREAD_CPUTIME_ID);
        const qint64 waitedBefore = waitedForCpuNs();
        const long switchesBefore = voluntarySwitches();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 own =
            voluntarySwitches() != switchesBefore
                ? clockNs(CLOCK_MONOTONIC) - start - (waitedForCpuNs() - waitedBefore)
                : clockNs(CLOCK_THREAD_CPUTIME_ID) - cpuStart;
        if (own > 20'000'000)
            qInfo("slow: %lld ms, event %d to %s", own / 1000000, int(event->type()),
                  receiver->metaObject()->className());
        if (own > m_worstNs) {
            m_worstNs = own;
            m_worstEvent = QStringLiteral("%1 to %2 %3")
                               .arg(int(event->type()))
                               .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                    receiver->objectName());
        }
        --m_depth;
        return handled;
    }

private:
    bool m_measuring = false;
    int m_depth = 0;
    qint64 m_worstNs = 0;
    QString m_worstEvent;
};

// 50 ms as listeners run Liner. AddressSanitizer's allocator maps memory 64 KiB at a time, and the
// window's thread then sleeps in mmap() for the process's memory map, which the analysis threads
// hold (40-78 ms seen under load): the sanitizer build checks only for a blocked window.
#ifdef __SANITIZE_ADDRESS__
constexpr qint64 kLongestEventMs = 250;
#else
constexpr qint64 kLongestEventMs = 50;
#endif

} // namespace

class TestAnalysisResponsiveness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A library of 1,000 small files in 50 albums is analysed while the window shows one of them:
    // no event keeps the window's thread for 50 ms (timed as MeasuredApplication does; see
    // kLongestEventMs for the sanitizer build), the progress shows in the status bar, and every
    // track ends up measured. How late a 10 ms timer ran is logged too; on a loaded machine that
    // includes waiting for a CPU.
    void windowStaysResponsiveWhileALibraryIsAnalysed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int albums = 50;
        constexpr int tracksPerAlbum = 20;
        for (int a = 0; a < albums; ++a) {
            const QString folder = dir.filePath(QStringLiteral("album %1").arg(a));
            QVERIFY(QDir().mkpath(folder));
            for (int t = 0; t < tracksPerAlbum; ++t)
                QVERIFY(demo::encodeAudioFile(
                            QDir(folder).filePath(QStringLiteral("%1.flac").arg(t + 1)),
                            demo::FixtureFormat::Flac,
                            demo::fixtureSignal(8000, 1, 2000 + 37 * t, std::uint32_t(a * 100 + t)))
                            .isEmpty());
        }
        const QList<library::Track> tracks = library::LibraryScanner::scan({dir.path()});
        QCOMPARE(tracks.size(), albums * tracksPerAlbum);

        testing::WindowFixture fixture;
        auto [controller, window] = fixture.parts();
        analysis::LibraryAnalyzer analyzer(dir.filePath(QStringLiteral("cache.sqlite")));
        analysis::AnalysisCatalog catalog;
        catalog.follow(analyzer);
        window.connectAnalysis(analyzer, catalog);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setAlbum(library::LibraryScanner::scan({dir.filePath(QStringLiteral("album 7"))}));

        QElapsedTimer clock;
        qint64 last = 0;
        qint64 worstLateness = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worstLateness = std::max(worstLateness, now - last - probe.interval());
            last = now;
            ++ticks;
        });
        QString progressSeen;
        auto* progress = window.findChild<QWidget*>(QStringLiteral("analysisProgress"));
        QVERIFY(progress);
        connect(&analyzer, &analysis::LibraryAnalyzer::progressChanged, this, [&] {
            if (progress->isVisible() && progressSeen.isEmpty())
                progressSeen = progress->findChild<QLabel*>()->text();
        });
        QSignalSpy finished(&analyzer, &analysis::LibraryAnalyzer::finished);
        auto* application = static_cast<MeasuredApplication*>(QCoreApplication::instance());
        clock.start();
        probe.start();
        application->startMeasuring();
        analyzer.analyse(tracks);
        QVERIFY(finished.wait(900'000));
        application->stopMeasuring();
        probe.stop();
        qInfo("analysed %d tracks in %lld ms; the longest event took the window %lld ms; the "
              "timer ran %d times, at worst %lld ms late",
              albums * tracksPerAlbum, clock.elapsed(), application->worstMs(), ticks,
              worstLateness);
        QCOMPARE(finished.first().at(0).toInt(), albums * tracksPerAlbum);
        // The progress label used to make the whole window lay itself out again at each count:
        // 20-26 ms a track (Debug), 60-74 under the sanitizers on a busy machine; 1-3 ms since.
        QVERIFY2(application->worstMs() < kLongestEventMs,
                 qPrintable(QStringLiteral("%1 ms: event %2")
                                .arg(application->worstMs())
                                .arg(application->worstEvent())));
        QVERIFY2(progressSeen.contains(QStringLiteral("of 1000")), qPrintable(progressSeen));
        QTRY_VERIFY(!progress->isVisible());
    }
};

int main(int argc, char* argv[])
{
    MeasuredApplication application(argc, argv);
    TestAnalysisResponsiveness test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_analysisresponsiveness.moc"
