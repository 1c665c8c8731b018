#include "engine/PlaybackEngine.h"
#include "gui/BookletPages.h"
#include "gui/BookletView.h"
#include "gui/MainWindow.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/PrivateHome.h"
#include "support/WindowFixture.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStackedWidget>
#include <QTest>
#include <functional>

using namespace liner;

namespace {

// One node of the tree AT-SPI gives a screen reader, as tests/gui/atspi_tree.py prints it.
using Visit = std::function<void(const QJsonObject& node, const QString& path)>;

void walk(const QJsonObject& node, const QString& path, const Visit& visit)
{
    const QString here = path + QStringLiteral(" > %1 '%2'")
                                    .arg(node.value(QStringLiteral("role")).toString(),
                                         node.value(QStringLiteral("name")).toString());
    visit(node, here);
    for (const QJsonValue child : node.value(QStringLiteral("children")).toArray())
        walk(child.toObject(), here, visit);
}

// The first node on screen with this role and name, if any.
QJsonObject find(const QJsonObject& tree, const QString& role, const QString& name)
{
    QJsonObject found;
    walk(tree, {}, [&](const QJsonObject& node, const QString&) {
        if (found.isEmpty() && node.value(QStringLiteral("showing")).toBool() &&
            node.value(QStringLiteral("role")).toString() == role &&
            node.value(QStringLiteral("name")).toString() == name)
            found = node;
    });
    return found;
}

// The names of every node on screen under `root` with this role.
QStringList namesOf(const QJsonObject& root, const QString& role)
{
    QStringList names;
    walk(root, {}, [&](const QJsonObject& node, const QString&) {
        if (node.value(QStringLiteral("showing")).toBool() &&
            node.value(QStringLiteral("role")).toString() == role)
            names << node.value(QStringLiteral("name")).toString();
    });
    return names;
}

} // namespace

// The window as a screen reader sees it: the test runs on a private session bus with the
// accessibility bus of at-spi2-core (started by D-Bus activation), on an X server (the offscreen
// platform has no AT-SPI bridge), and reads the tree over AT-SPI the way Orca does, from
// another process.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_home.applyToThisProcess();
        m_capture.applyToThisProcess();
    }

    void aScreenReaderFindsTheControls()
    {
        testing::WindowFixture fixture(QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs"));
        auto [controller, window] = fixture.parts();
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setAlbum(library::LibraryScanner::scan({QStringLiteral(LINER_BUILD_ALBUM_DIR)}));
        controller.playIndex(2);
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() >= 1500, 30000);
        controller.playPause();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), engine::PlaybackState::Paused, 20000);

        auto* views = window.findChild<QStackedWidget*>(QStringLiteral("mainViews"));
        QVERIFY(views);
        views->setCurrentWidget(views->findChild<QWidget*>(QStringLiteral("albumPage")));

        const QJsonObject tree = readTree();
        QVERIFY(!tree.isEmpty());

        // The transport, each control with its role and name.
        for (const char* button : {"Previous track", "Play", "Next track"})
            QVERIFY2(!find(tree, QStringLiteral("push button"), QLatin1String(button)).isEmpty(),
                     button);
        for (const char* toggle : {"Shuffle", "Repeat", "Mute"})
            QVERIFY2(!find(tree, QStringLiteral("check box"), QLatin1String(toggle)).isEmpty(),
                     toggle);
        // The seek bar tells where in the track the music is.
        const QJsonObject seek = find(tree, QStringLiteral("slider"), QStringLiteral("Position"));
        QVERIFY(!seek.isEmpty());
        // (its end within the millisecond the decoder rounds the track's length to)
        QVERIFY(qAbs(seek.value(QStringLiteral("maximum")).toDouble() -
                     double(controller.currentTrack()->durationMs)) <= 1);
        QVERIFY(seek.value(QStringLiteral("value")).toDouble() >= 1500);
        QVERIFY(!find(tree, QStringLiteral("slider"), QStringLiteral("Volume")).isEmpty());

        // The track table reads as a table whose cells carry the album's titles.
        const QJsonObject table = find(tree, QStringLiteral("table"), QStringLiteral("Tracks"));
        QVERIFY(!table.isEmpty());
        const QStringList cells = namesOf(table, QStringLiteral("table cell"));
        for (const char* title : {"The Moment My Heart", "Tears of a Queen", "Promise Me"})
            QVERIFY2(!cells.filter(QLatin1String(title)).isEmpty(),
                     qPrintable(cells.join(QStringLiteral(" | "))));

        // Nothing a listener can operate is left without a name.
        static const QStringList operable{
            QStringLiteral("push button"), QStringLiteral("toggle button"),
            QStringLiteral("check box"),   QStringLiteral("radio button"),
            QStringLiteral("slider"),      QStringLiteral("combo box"),
            QStringLiteral("spin button"), QStringLiteral("text"),
            QStringLiteral("table"),       QStringLiteral("list"),
            QStringLiteral("tree"),        QStringLiteral("menu item")};
        QStringList unnamed;
        walk(tree, {}, [&](const QJsonObject& node, const QString& path) {
            if (node.value(QStringLiteral("showing")).toBool() &&
                operable.contains(node.value(QStringLiteral("role")).toString()) &&
                node.value(QStringLiteral("name")).toString().isEmpty())
                unnamed << path;
        });
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));

        // The booklet's pages are read as text, not as a picture.
        auto* booklet = window.findChild<gui::BookletView*>(QStringLiteral("bookletView"));
        QVERIFY(booklet);
        views->setCurrentWidget(booklet);
        QTRY_VERIFY_WITH_TIMEOUT(booklet->pages() != nullptr, 30000);
        booklet->showPage(booklet->pages()->openerPage(2));
        const QJsonObject bookletTree = readTree();
        const QJsonObject bookletNode =
            find(bookletTree, QStringLiteral("filler"), QStringLiteral("Booklet"));
        QVERIFY(!bookletNode.isEmpty());
        QStringList texts;
        walk(bookletNode, {}, [&](const QJsonObject& node, const QString&) {
            if (node.value(QStringLiteral("showing")).toBool())
                texts << node.value(QStringLiteral("name")).toString();
        });
        QVERIFY2(texts.contains(QStringLiteral("Tears of a Queen")),
                 qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY2(!texts.filter(QStringLiteral("the slowest new theme on the album")).isEmpty(),
                 qPrintable(texts.join(QStringLiteral(" | "))));

        controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), engine::PlaybackState::Stopped, 20000);
    }

private:
    // The window's tree as another process reads it over AT-SPI; the event loop runs meanwhile,
    // so the window answers.
    static QJsonObject readTree()
    {
        QProcess reader;
        reader.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(LINER_SOURCE_DIR "/tests/gui/atspi_tree.py"),
                      QCoreApplication::applicationName()});
        if (!QTest::qWaitFor([&reader] { return reader.state() == QProcess::NotRunning; },
                             120000)) {
            reader.kill();
            reader.waitForFinished();
            qWarning("atspi_tree.py did not finish");
            return {};
        }
        if (reader.exitCode() != 0) {
            qWarning("atspi_tree.py: %s", reader.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    }

    testing::PrivateHome m_home;
    testing::AudioCapture m_capture;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
