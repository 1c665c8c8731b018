#include "library/FolderTracks.h"
#include "library/LibraryTrackModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace liner;
using library::TrackModel;

namespace {

library::Track track(const QString& path, const QString& title, const QString& album,
                     const QString& artist = QStringLiteral("Someone"))
{
    library::Track t;
    t.path = path;
    t.title = title;
    t.album = album;
    t.artist = artist;
    return t;
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, TrackModel::TitleColumn).data().toString();
    return shown;
}

} // namespace

// The library-wide track search, as the listener types into it.
class TestLibraryTrackModel : public QObject
{
    Q_OBJECT

private slots:
    // Typing on narrows what the shorter text found, a backspace goes back to what its text
    // found, and a change to the library is searched afresh: each step finds exactly what a search
    // of that text alone finds, by title, album or artist, case-insensitive, Hangul included.
    void searchFindsTheSameAsTypedAsAlone()
    {
        QList<library::Track> tracks{
            track(QStringLiteral("/m/A/1.flac"), QStringLiteral("Morning Rain"),
                  QStringLiteral("Alpha")),
            track(QStringLiteral("/m/A/2.flac"), QStringLiteral("Rainbow"),
                  QStringLiteral("Alpha")),
            track(QStringLiteral("/m/B/1.flac"), QStringLiteral("Dry"),
                  QStringLiteral("RAIN ÄLBUM")),
            track(QStringLiteral("/m/C/1.flac"), QString::fromUtf8("눈물의 여왕"),
                  QStringLiteral("OST"), QStringLiteral("Rainer")),
            track(QStringLiteral("/m/C/2.flac"), QString::fromUtf8("눈물"), QStringLiteral("OST"),
                  QString::fromUtf8("크러쉬")),
        };
        library::LibraryTrackModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Searched before any library came: nothing, and nothing waited for.
        model.setSearchText(QStringLiteral("rain"));
        QCOMPARE(model.rowCount(), 0);
        model.setFolders(library::foldersOf(tracks));

        const auto alone = [&tracks](const QString& text) {
            library::LibraryTrackModel fresh;
            fresh.setFolders(library::foldersOf(tracks));
            fresh.setSearchText(text);
            return titles(fresh);
        };
        const QStringList typed{
            QStringLiteral("r"),       QStringLiteral("ra"),      QStringLiteral("rai"),
            QStringLiteral("rain"),    QStringLiteral("rainb"),   QStringLiteral("rain"),
            QStringLiteral("rai"),     QStringLiteral("RAIN ä"),  QStringLiteral("rain"),
            QStringLiteral("rainer"),  QStringLiteral("x"),       QString(),
            QString::fromUtf8("눈"),   QString::fromUtf8("눈물"), QString::fromUtf8("눈물의"),
            QString::fromUtf8("눈물"), QString::fromUtf8("크")};
        for (const QString& text : typed) {
            model.setSearchText(text);
            QCOMPARE(titles(model), alone(text));
        }
        model.setSearchText(QStringLiteral("rain"));
        QCOMPARE(titles(model).size(), 4);
        QCOMPARE(titles(model), alone(QStringLiteral("rain")));
        model.setSearchText(QStringLiteral("rainb"));
        QCOMPARE(titles(model), QStringList{QStringLiteral("Rainbow")});

        // A track added since: found by a text searched before it came.
        tracks << track(QStringLiteral("/m/D/1.flac"), QStringLiteral("Rainbow Road"),
                        QStringLiteral("Delta"));
        model.setFolders(library::foldersOf(tracks));
        QCOMPARE(titles(model),
                 (QStringList{QStringLiteral("Rainbow"), QStringLiteral("Rainbow Road")}));
        model.setSearchText(QStringLiteral("rain"));
        QCOMPARE(titles(model).size(), 5);
        QCOMPARE(titles(model), alone(QStringLiteral("rain")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryTrackModel)
#include "tst_librarytrackmodel.moc"
