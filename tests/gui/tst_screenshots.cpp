#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/BookletPages.h"
#include "gui/BookletPdf.h"
#include "gui/BookletView.h"
#include "gui/MainWindow.h"
#include "gui/NotesBrowser.h"
#include "gui/PlaylistSidebar.h"
#include "gui/TrackContextMenu.h"
#include "gui/TrackTable.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "support/AudioCapture.h"
#include "support/FileBytes.h"
#include "support/Palettes.h"
#include "support/PrivateHome.h"
#include "support/WindowFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <string_view>

using namespace liner;
using liner::testing::writeBytes;
using testing::darkPalette;
using testing::meanLightness;

namespace {

// The share of sampled pixels that differ clearly from the most common one: 0 for a blank view.
double detail(const QImage& image)
{
    QHash<QRgb, int> counts;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3, ++samples)
            ++counts[image.pixel(x, y) & 0xf0f0f0];
    int most = 0;
    for (const int count : std::as_const(counts))
        most = std::max(most, count);
    return samples > 0 ? 1.0 - double(most) / samples : 0;
}

// Every text of `root` that does not fit where it is shown: labels whose text is wider (or, when
// wrapped, taller) than the label, buttons narrower than their text, and track titles the table
// had to shorten ("…") in its Title column.
QStringList cutOffTexts(QWidget* root)
{
    QStringList problems;
    const auto shown = [root](QWidget* widget) {
        return widget->isVisibleTo(root) && !widget->visibleRegion().isEmpty();
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!shown(label) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        const bool fits = label->wordWrap()
                              ? label->heightForWidth(label->width()) <= label->height() + 1
                              : label->sizeHint().width() <= label->width() + 1;
        if (!fits)
            problems << QStringLiteral("label %1 \"%2\" (%3x%4)")
                            .arg(label->objectName(), label->text().left(60))
                            .arg(label->width())
                            .arg(label->height());
    }
    // An icon-only tool button (the search field's magnifier) keeps its text for screen readers
    // and tooltips; it is never drawn, so it cannot be cut.
    const auto textDrawn = [](QAbstractButton* button) {
        const auto* tool = qobject_cast<QToolButton*>(button);
        return tool == nullptr || tool->toolButtonStyle() != Qt::ToolButtonIconOnly ||
               tool->icon().isNull();
    };
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (shown(button) && !button->text().isEmpty() && textDrawn(button) &&
            button->sizeHint().width() > button->width() + 1)
            problems
                << QStringLiteral("button %1 \"%2\"").arg(button->objectName(), button->text());
    }
    for (gui::TrackTable* table : root->findChildren<gui::TrackTable*>()) {
        if (!shown(table) || table->model() == nullptr)
            continue;
        const int column = library::TrackModel::TitleColumn;
        const int width = table->columnWidth(column);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            QFont font = table->font();
            if (index.data(library::TrackModel::PlayingRole).toBool())
                font.setWeight(QFont::DemiBold);
            const int needed = QFontMetrics(font).horizontalAdvance(index.data().toString()) + 20;
            if (needed > width)
                problems << QStringLiteral("title \"%1\" needs %2 px, its column has %3")
                                .arg(index.data().toString())
                                .arg(needed)
                                .arg(width);
        }
    }
    return problems;
}

// A cover of our own drawing: two colours, a sun and rings.
QByteArray coverJpeg(const QColor& top, const QColor& bottom, int seed)
{
    QImage image(600, 600, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, 600);
    sky.setColorAt(0, top);
    sky.setColorAt(1, bottom);
    painter.fillRect(image.rect(), sky);
    painter.setPen(QPen(QColor(255, 255, 255, 90), 3));
    for (int ring = 1; ring <= 5; ++ring)
        painter.drawEllipse(QPointF(300, 420), ring * 52.0, ring * 18.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 240, 210, 200));
    painter.drawEllipse(QPointF(150 + seed * 60, 180), 70, 70);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 90);
    return bytes;
}

// A library as a listener's might be: the bundled album (with lyrics for its third track, lines
// of our own writing, in Hangul with an English layer) and five short albums of fixtures.
QString makeLibrary(const QString& root)
{
    const QString bundled = QStringLiteral(LINER_BUILD_ALBUM_DIR);
    const QString album = QDir(root).filePath(QDir(bundled).dirName());
    QDir().mkpath(album);
    for (const QFileInfo& file : QDir(bundled).entryInfoList(QDir::Files)) {
        const QString target = QDir(album).filePath(file.fileName());
        if (file.suffix() == u"flac")
            QFile::link(file.absoluteFilePath(), target);
        else
            QFile::copy(file.absoluteFilePath(), target);
    }
    writeBytes(QDir(album).filePath(QStringLiteral("03 Tears of a Queen.lrc")),
               "[00:00.40]왕관 아래 감춘 눈물\n[00:00.40]Tears kept under a crown\n"
               "[00:01.20]아무도 모르게 흐르던 밤\n[00:01.20]A night that no one saw them fall\n"
               "[00:09.00]말하지 못한 마음이\n[00:09.00]Every word I never said\n"
               "[00:16.00]창가에 내려앉아\n[00:16.00]Settles on the window glass\n"
               "[00:23.00]당신의 이름을 부르네\n[00:23.00]And calls your name\n"
               "[00:30.00]다시, 천천히\n[00:30.00]Again, and slowly\n");
    const QList<std::tuple<QString, QString, QColor, QColor>> shelf{
        {QStringLiteral("Harbour Lights"), QStringLiteral("Fixture Quartet"),
         QColor(0x12, 0x3a, 0x5c), QColor(0xe0, 0x8a, 0x4a)},
        {QStringLiteral("Paper Cranes"), QStringLiteral("Mira Han"), QColor(0xf2, 0xe6, 0xd0),
         QColor(0xc0, 0x3b, 0x3b)},
        {QStringLiteral("Night Market"), QStringLiteral("Fixture Quartet"),
         QColor(0x1b, 0x12, 0x30), QColor(0x4c, 0xb8, 0x9c)},
        {QStringLiteral("Autumn Letters"), QStringLiteral("Seo-yeon & the Tide"),
         QColor(0x7a, 0x3e, 0x1c), QColor(0xf0, 0xc0, 0x60)},
        {QStringLiteral("가을 편지"), QStringLiteral("이하늘"), QColor(0x2c, 0x4a, 0x2e),
         QColor(0xd8, 0xd0, 0x9a)}};
    int seed = 0;
    for (const auto& [title, artist, top, bottom] : shelf) {
        const QString folder = QDir(root).filePath(title);
        QDir().mkpath(folder);
        writeBytes(QDir(folder).filePath(QStringLiteral("cover.jpg")),
                   coverJpeg(top, bottom, seed));
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("%1 %2").arg(title).arg(number);
            tags.album = title;
            tags.artist = artist;
            tags.year = 2020 + seed;
            tags.trackNumber = number;
            demo::writeFixture(QDir(folder).filePath(QStringLiteral("%1.flac").arg(number)),
                               demo::FixtureFormat::Flac,
                               demo::fixtureSignal(44100, 2, 44100, seed * 10 + number), tags);
        }
        ++seed;
    }
    return album;
}

// The window as main() assembles it: library, playlists sidebar, track menu.
struct App : testing::WindowFixture
{
    explicit App(const QString& libraryRoot, const QString& preferred)
        : testing::WindowFixture(QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs")),
          updater(QDir(libraryRoot).filePath(QStringLiteral("library.sqlite")))
    {
        window.addSidebar(new gui::PlaylistSidebar(playlists, controller, undo));
        window.setTrackMenu(menu);
        window.connectLibrary(updater, preferred);
    }

    playlist::PlaylistStore playlists;
    playlist::PlayStats stats;
    QUndoStack undo;
    gui::TrackContextMenu menu{playlists, undo, controller, stats};
    library::LibraryUpdater updater;
};

} // namespace

// The window on a library holding the bundled album, paused in its third track: the album page, the
// booklet and Now Playing, in the system's light palette, a dark one and in Korean, at a large and
// a small window size. With LINER_SCREENSHOT_DIR set, the pictures are saved there as PNGs (docs/
// is made this way). Every picture must show something, and no text in it may be cut off.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        m_album = makeLibrary(m_library.path());
        QStandardPaths::setTestModeEnabled(true);
        m_capture.applyToThisProcess();
        QApplication::setStyle(QStringLiteral("Fusion"));
    }

    void lightAndDark()
    {
        const QPalette light = QApplication::style()->standardPalette();
        QApplication::setPalette(light);
        App app(m_library.path(), m_album);
        QVERIFY(play(app));
        const QImage lightShot = shootAll(app, QStringLiteral("light"));
        QApplication::setPalette(darkPalette());
        const QImage darkShot = shootAll(app, QStringLiteral("dark"));
        // The window follows the palette it is given: the dark picture is clearly darker.
        QVERIFY2(meanLightness(darkShot) < meanLightness(lightShot) * 0.6,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(meanLightness(darkShot))
                                .arg(meanLightness(lightShot))));
        QApplication::setPalette(light);
        QVERIFY(stop(app));
    }

    void korean()
    {
        QTranslator korean;
        QVERIFY(korean.load(QLocale(QLocale::Korean), QStringLiteral("liner"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&korean);
        {
            App app(m_library.path(), m_album);
            QVERIFY(play(app));
            shootAll(app, QStringLiteral("ko"));
            QVERIFY(stop(app));
        }
        QCoreApplication::removeTranslator(&korean);
    }

private:
    bool play(App& app)
    {
        app.window.show();
        if (!QTest::qWaitForWindowExposed(&app.window))
            return false;
        QSignalSpy scanned(&app.updater, &library::LibraryUpdater::finished);
        app.updater.setFolders({m_library.path()});
        if (!scanned.wait(60000))
            return false;
        app.controller.playIndex(2);
        // Into the third line of its lyrics.
        if (!QTest::qWaitFor([&] { return app.controller.position() >= 9600; }, 30000))
            return false;
        app.controller.playPause();
        return QTest::qWaitFor(
            [&] { return app.controller.state() == engine::PlaybackState::Paused; }, 20000);
    }

    static bool stop(App& app)
    {
        app.controller.stop();
        return QTest::qWaitFor(
            [&] { return app.controller.state() == engine::PlaybackState::Stopped; }, 20000);
    }

    // Every view at both sizes, and the booklet's PDF; returns the album page at the large size.
    // Pictures at the small size are kept only with LINER_SCREENSHOT_SMALL set (docs/ has the
    // large ones).
    QImage shootAll(App& app, const QString& variant)
    {
        QImage album;
        auto* views = app.window.findChild<QStackedWidget*>(QStringLiteral("mainViews"));
        auto* booklet = app.window.findChild<gui::BookletView*>(QStringLiteral("bookletView"));
        for (const QSize& size : {QSize(1600, 1000), QSize(1100, 700)}) {
            app.window.resize(size);
            m_keep = size.width() >= 1600 || qEnvironmentVariableIsSet("LINER_SCREENSHOT_SMALL");
            const QString suffix =
                size.width() >= 1600
                    ? QStringLiteral("-%1").arg(variant)
                    : QStringLiteral("-%1-%2x%3").arg(variant).arg(size.width()).arg(size.height());
            for (const char* view : {"libraryPane", "albumPage", "bookletView", "nowPlayingView"}) {
                views->setCurrentWidget(views->findChild<QWidget*>(QString::fromLatin1(view)));
                if (views->currentWidget() == booklet) {
                    [booklet] {
                        QVERIFY(QTest::qWaitFor([booklet] { return booklet->pages() != nullptr; },
                                                20000));
                    }();
                    booklet->showPage(0);
                }
                QTest::qWait(500); // layouts, the art loaded off the thread, animations
                for (auto* notes : app.window.findChildren<gui::NotesBrowser*>()) {
                    [notes] {
                        QVERIFY(QTest::qWaitFor([notes] { return !notes->isRendering(); }, 20000));
                    }();
                }
                const QImage shot = shoot(app, QString::fromLatin1(view) + suffix);
                if (album.isNull())
                    album = shot;
                if (view == std::string_view("libraryPane"))
                    shootHoveredTile(app, suffix);
                if (views->currentWidget() == booklet) {
                    booklet->showPage(booklet->pages()->openerPage(2));
                    QTest::qWait(400);
                    shoot(app, QStringLiteral("bookletView-track") + suffix);
                }
            }
            views->setCurrentIndex(0);
        }
        shootPdf(booklet, variant);
        return album;
    }

    // The booklet's PDF as written for the listener, its first pages rendered by Poppler.
    void shootPdf(const gui::BookletView* booklet, const QString& variant)
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("booklet.pdf"));
        QString error;
        QVERIFY2(gui::exportBookletPdf(booklet->pages()->content(), pdf, &error),
                 qPrintable(error));
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"),
                      QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                      QStringLiteral("4"), pdf, dir.filePath(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(60000) && render.exitCode() == 0);
        const QStringList pages =
            QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 4);
        const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
        for (int i = 0; i < pages.size(); ++i) {
            const QImage page(dir.filePath(pages.at(i)));
            QVERIFY2(detail(page) > 0.01, qPrintable(pages.at(i) + QStringLiteral(" is blank")));
            // Print has no dark palette: the dark run checks its PDF but keeps the light one.
            if (!shots.isEmpty() && variant != u"dark")
                QVERIFY(page.save(QDir(shots).filePath(
                    QStringLiteral("booklet-pdf-%1-page%2.png").arg(variant).arg(i + 1))));
        }
    }

    // The grid with the pointer on the first album's cover: its Play and Add buttons showing.
    void shootHoveredTile(App& app, const QString& suffix)
    {
        auto* albums = app.window.findChild<QListView*>(QStringLiteral("albumList"));
        QVERIFY(albums && albums->model()->rowCount() > 0);
        const QRect tile = albums->visualRect(albums->model()->index(0, 0));
        QTest::mouseMove(albums->viewport(), tile.topLeft() + QPoint(tile.width() / 2, 40));
        QTest::qWait(200);
        shoot(app, QStringLiteral("libraryPane-hover") + suffix);
        QTest::mouseMove(albums->viewport(),
                         QPoint(albums->viewport()->width() - 2, albums->viewport()->height() - 2));
    }

    QImage shoot(App& app, const QString& name)
    {
        const QImage image = app.window.grab().toImage();
        const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
        if (!shots.isEmpty() && m_keep)
            image.save(QDir(shots).filePath(name + QStringLiteral(".png")));
        [&] {
            QVERIFY2(detail(image) > 0.05, qPrintable(name + QStringLiteral(" is blank")));
            const QStringList cut = cutOffTexts(&app.window);
            QVERIFY2(cut.isEmpty(), qPrintable(name + QStringLiteral(": ") + cut.join(u"; ")));
        }();
        return image;
    }

    testing::PrivateHome m_home;
    QTemporaryDir m_library;
    QString m_album; // the bundled album's copy in the library
    testing::AudioCapture m_capture;
    bool m_keep = true; // whether the picture being taken is saved
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
