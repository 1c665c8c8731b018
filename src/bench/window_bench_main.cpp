// liner-bench-window LIBRARY LAUNCHED_NS: the window on a large library, timed from inside with
// QElapsedTimer hooks, worst cases reported. LAUNCHED_NS is when the process was started
// (CLOCK_REALTIME nanoseconds, `date +%s%N` just before), so loading the program counts too.
// Run it twice with the same cache: the first run reads the library, the second starts from the
// cache, as Liner's every later start does.
// liner-bench-window --server URL USER LAUNCHED_NS: the same for the library of a Subsonic server
// (password from LINER_SERVER_PASSWORD), read by the window's ServerLibrary; its pass over the
// server is the listing (getAlbumList2 pages, getAlbum for each album not cached).
//   window-up-ms        launch until the window has painted the cached library's albums
//   listing-ms          (a server) from asking for its library until its albums are in (the
//                       covers follow)
//   rss-mib             resident memory once the pass over the library has ended; then the
//                       heap in use and free (glibc mallinfo2), the free part held, not returned
//   stall-ms            the longest the window's event loop went unanswered while the pass ran
//   keystroke-ms        each keystroke of a library search until the window has repainted
//   open-album-ms       choosing an album in the list until its tracks are painted
//   scroll-frame-ms     the album grid scrolled a quarter page per frame, covers loading behind
#include "common/HeapTuning.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "library/LibraryStore.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlaybackController.h"
#include "server/ServerLibrary.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

using namespace liner;

namespace {

qint64 nowNs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double residentMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return 0;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The time one step took, on the clock and in the window thread's CPU: on a machine shared with
// other work the first includes waiting for a core, the second does not.
class Stopwatch
{
public:
    Stopwatch() : m_cpuStart(threadCpuMs()) { m_clock.start(); }
    double wallMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return threadCpuMs() - m_cpuStart; }

private:
    QElapsedTimer m_clock;
    double m_cpuStart;
};

// A series of steps: worst and mean on the clock, and the worst in CPU.
class Steps
{
public:
    void add(const Stopwatch& step)
    {
        m_wall << step.wallMs();
        m_cpu << step.cpuMs();
    }
    double lastWallMs() const { return m_wall.back(); }
    void report(const char* name) const
    {
        if (m_wall.isEmpty())
            return;
        double sum = 0;
        for (const double value : m_wall)
            sum += value;
        std::printf("%s worst %.1f mean %.1f count %lld cpu-worst %.1f\n", name,
                    *std::max_element(m_wall.cbegin(), m_wall.cend()), sum / double(m_wall.size()),
                    qlonglong(m_wall.size()), *std::max_element(m_cpu.cbegin(), m_cpu.cend()));
    }

private:
    QList<double> m_wall;
    QList<double> m_cpu;
};

// Lets queued work run, then paints the window at once.
void settleAndPaint(QWidget& window)
{
    QCoreApplication::processEvents();
    window.repaint();
}

// With LINER_BENCH_SHOTS=DIR, the window as it was at each step, to see that the steps timed are
// the ones the listener sees.
void shoot(QWidget& window, const char* name)
{
    const QString folder = qEnvironmentVariable("LINER_BENCH_SHOTS");
    if (!folder.isEmpty())
        window.grab().save(folder + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}

void typeSearches(gui::MainWindow& window)
{
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
    Steps keystrokes;
    for (const QString& query :
         {QStringLiteral("Album 5"), QStringLiteral("노래 42-"), QStringLiteral("artist 9")}) {
        for (const QChar c : query) {
            const Stopwatch step;
            search->insert(QString(c));
            settleAndPaint(window);
            keystrokes.add(step);
            if (qEnvironmentVariableIsSet("LINER_BENCH_VERBOSE"))
                std::printf("  \"%s\" %.1f ms\n", qPrintable(search->text()),
                            keystrokes.lastWallMs());
        }
        for (qsizetype i = 0; i < query.size(); ++i) {
            const Stopwatch step;
            search->backspace();
            settleAndPaint(window);
            keystrokes.add(step);
        }
    }
    keystrokes.report("keystroke-ms");
    search->setText(QStringLiteral("노래 42"));
    settleAndPaint(window);
    shoot(window, "search");
    search->clear();
    settleAndPaint(window);
}

// Each album is opened as the listener opens one from the keyboard (Enter on it, which a click
// does too), and the window goes home again, untimed, for the next.
void openAlbums(gui::MainWindow& window)
{
    QListView* albums = window.libraryPane().albumView();
    auto* home = window.findChild<QAbstractButton*>(QStringLiteral("homeButton"));
    Steps opened;
    QRandomGenerator random(20);
    for (int i = 0; i < 30 && albums->model()->rowCount() > 0; ++i) {
        const int row = random.bounded(albums->model()->rowCount());
        albums->setCurrentIndex(albums->model()->index(row, 0));
        const Stopwatch step;
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(albums, &enter);
        settleAndPaint(window);
        opened.add(step);
        if (i == 0)
            shoot(window, "album");
        home->click();
        settleAndPaint(window);
    }
    opened.report("open-album-ms");
}

void scrollGrid(gui::MainWindow& window)
{
    window.libraryPane().setGridShown(true);
    QListView* albums = window.libraryPane().albumView();
    QCoreApplication::processEvents();
    QScrollBar* bar = albums->verticalScrollBar();
    const int step = std::max(1, albums->viewport()->height() / 4);
    Steps frames;
    for (int frame = 0; frame < 400 && bar->value() < bar->maximum(); ++frame) {
        const Stopwatch clock;
        bar->setValue(bar->value() + step);
        albums->viewport()->repaint();
        QCoreApplication::processEvents();
        frames.add(clock);
        if (frame == 10)
            shoot(window, "grid");
    }
    frames.report("scroll-frame-ms");
    window.libraryPane().setGridShown(false);
}

// A timer due every 10 ms: the longest gap between its ticks is the longest the window could
// not answer the user while the library came in.
class Heartbeat
{
public:
    explicit Heartbeat(QObject& context)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &context, [this] {
            if (m_sinceTick.isValid())
                m_worstMs = std::max(m_worstMs, double(m_sinceTick.nsecsElapsed()) / 1e6);
            m_sinceTick.start();
        });
        m_timer.start();
    }
    void stopAndReport()
    {
        m_timer.stop();
        std::printf("stall-ms worst %.1f\n", m_worstMs);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_worstMs = 0;
};

// Once, when the first albums are listed (a large library's are grouped off the window's thread,
// after its folders arrive): the time since launch, with them painted.
void reportUpOnFirstAlbums(gui::MainWindow& window, qint64 launched)
{
    library::AlbumModel& albums = window.libraryPane().albums();
    QObject::connect(
        &albums, &QAbstractItemModel::rowsInserted, &window,
        [&window, &albums, launched] {
            window.repaint();
            shoot(window, "up");
            std::printf("window-up-ms %.1f albums %d\n", double(nowNs() - launched) / 1e6,
                        albums.rowCount());
        },
        Qt::SingleShotConnection);
}

// Once the pass over the library has ended and the window has settled: its memory, then the
// search, the albums and the grid; then the run ends.
void measureAndQuit(gui::MainWindow& window)
{
    QTimer::singleShot(500, &window, [&window] {
        const struct mallinfo2 heap = mallinfo2();
        std::printf("rss-mib %.1f albums %d heap-in-use-mib %.1f heap-free-mib %.1f\n",
                    residentMib(), window.libraryPane().albums().rowCount(),
                    double(heap.uordblks + heap.hblkhd) / 1048576.0,
                    double(heap.fordblks) / 1048576.0);
        typeSearches(window);
        openAlbums(window);
        scrollGrid(window);
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

int benchFolder(gui::MainWindow& window, const QString& library, qint64 launched)
{
    library::LibraryUpdater updater(library::LibraryStore::defaultPath());
    window.connectLibrary(updater, {});
    Heartbeat heartbeat(window);
    reportUpOnFirstAlbums(window, launched);
    QObject::connect(&updater, &library::LibraryUpdater::finished, &window, [&] {
        heartbeat.stopAndReport();
        measureAndQuit(window);
    });
    updater.setFolders({library});
    return QApplication::exec();
}

int benchServer(gui::MainWindow& window, const QString& url, const QString& user, qint64 launched)
{
    // As liner's main() makes it, the window has its folders' library too, with no folders here.
    library::LibraryUpdater updater(library::LibraryStore::defaultPath());
    window.connectLibrary(updater, {});
    server::ServerLibrary servers;
    window.connectServers(servers);
    Heartbeat heartbeat(window);
    reportUpOnFirstAlbums(window, launched);
    QObject::connect(&servers, &server::ServerLibrary::problem, &window,
                     [](const QString& message) {
                         std::fprintf(stderr, "%s\n", qPrintable(message));
                         QCoreApplication::exit(1);
                     });
    // The first pass reads the cache, the second lists the server.
    int passes = 0;
    QElapsedTimer listing;
    QObject::connect(&servers, &server::ServerLibrary::listed, &window, [&] {
        if (++passes != 2)
            return;
        std::printf("listing-ms %.1f albums %d\n", double(listing.nsecsElapsed()) / 1e6,
                    window.libraryPane().albums().rowCount());
        heartbeat.stopAndReport();
        measureAndQuit(window);
    });
    server::ServerAccount account;
    account.url = QUrl(url);
    account.user = user;
    account.password = qEnvironmentVariable("LINER_SERVER_PASSWORD");
    listing.start();
    servers.setAccounts({account});
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    common::keepFreedMemoryReturnable(); // as liner's window does
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("liner"));
    QCoreApplication::setOrganizationName(QStringLiteral("Liner"));
    const QStringList args = app.arguments().mid(1);
    const bool server = args.size() == 4 && args[0] == u"--server";
    if (args.size() != 2 && !server) {
        std::fprintf(stderr, "usage: liner-bench-window LIBRARY LAUNCHED_NS\n"
                             "       liner-bench-window --server URL USER LAUNCHED_NS\n");
        return 2;
    }
    const qint64 launched = args.last().toLongLong();

    // The window's own parts, as liner's main() puts them together for the library.
    desktop::Settings settings;
    engine::PlaybackEngine engine;
    playlist::PlaybackController controller(engine);
    gui::MainWindow window(controller, settings);
    window.resize(1400, 900);
    window.show();
    return server ? benchServer(window, args[1], args[2], launched)
                  : benchFolder(window, args[0], launched);
}
