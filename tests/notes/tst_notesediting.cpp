#include "notes/NotesEditing.h"
#include "support/TinyDisk.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace liner::notes;

namespace {

const QByteArray lf = QByteArrayLiteral("# Album\n"
                                        "\n"
                                        "Prose.\n"
                                        "\n"
                                        "## 1. One\n"
                                        "Mood: Tender\n"
                                        "\n"
                                        "Old prose.\n"
                                        "\n"
                                        "\n"
                                        "## 2. Two\n"
                                        "Two prose.\n"
                                        "## 3. Three\n"
                                        "Last line without break");

QByteArray mixed()
{
    // BOM, CRLF around the edited section, LF after it: none of it may change.
    QByteArray bytes = lf;
    const qsizetype two = bytes.indexOf("## 2.");
    QByteArray head = bytes.left(two);
    head.replace("\n", "\r\n");
    return "\xEF\xBB\xBF" + head + bytes.mid(two);
}

} // namespace

class TestNotesEditing : public QObject
{
    Q_OBJECT

private slots:
    void unchangedBodyRoundTripsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lf") << lf;
        QByteArray crlf = lf;
        QTest::newRow("crlf+bom") << QByteArray("\xEF\xBB\xBF" + crlf.replace("\n", "\r\n"));
        QTest::newRow("mixed") << mixed();
    }
    void unchangedBodyRoundTripsByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        const auto doc = LinerNotesDocument::parse(bytes);
        QCOMPARE(doc.sections().size(), 3);
        for (int i = 0; i < doc.sections().size(); ++i)
            QCOMPARE(withSectionBody(doc, i, doc.sectionBody(i)), bytes);
    }

    void editKeepsEverythingElse()
    {
        const QByteArray bytes = mixed();
        const auto doc = LinerNotesDocument::parse(bytes);
        QCOMPARE(doc.sectionBody(0), QStringLiteral("Mood: Tender\n\nOld prose."));
        const QByteArray edited = withSectionBody(doc, 0, u"Mood: Joyful\n\nNew 산문.\n\n\n");
        const NotesSection& s = doc.sections()[0];
        QCOMPARE(edited.left(s.bodyBegin), bytes.left(s.bodyBegin));
        QVERIFY(edited.endsWith(bytes.mid(s.bodyEnd)));
        QCOMPARE(edited.mid(s.bodyBegin, edited.size() - bytes.size() + s.bodyEnd - s.bodyBegin),
                 QByteArray("Mood: Joyful\r\n\r\nNew 산문.\r\n"));
        const auto reparsed = LinerNotesDocument::parse(edited);
        QCOMPARE(reparsed.sections()[0].notes.moods, QStringList{"Joyful"});
        QCOMPARE(reparsed.sections()[0].notes.prose, QStringLiteral("New 산문."));
        QCOMPARE(reparsed.sections()[1].notes.prose, QStringLiteral("Two prose."));
    }

    void editSectionWithoutBlankLineBeforeNextHeading()
    {
        const auto doc = LinerNotesDocument::parse(lf);
        const QByteArray edited = withSectionBody(doc, 1, u"Changed.");
        QVERIFY(edited.contains("## 2. Two\nChanged.\n## 3. Three\n"));
        QCOMPARE(edited.size(), lf.size() - 2);
    }

    void lastSectionKeepsMissingFinalBreak()
    {
        const auto doc = LinerNotesDocument::parse(lf);
        const QByteArray edited = withSectionBody(doc, 2, u"New last");
        QVERIFY(edited.endsWith("## 3. Three\nNew last"));
        const auto headingOnly = LinerNotesDocument::parse("## 1. A");
        QCOMPARE(withSectionBody(headingOnly, 0, u"Body"), QByteArray("## 1. A\nBody"));
        const auto emptyBody = LinerNotesDocument::parse("## 1. A\n\n## 2. B\n");
        QCOMPARE(withSectionBody(emptyBody, 0, u"Body"), QByteArray("## 1. A\nBody\n\n## 2. B\n"));
    }

    void replaceWholeSection()
    {
        const auto doc = LinerNotesDocument::parse(lf);
        const QByteArray edited = withSectionText(doc, 1, u"## 2. Renamed\nText.");
        QCOMPARE(edited,
                 QByteArray(lf).replace("## 2. Two\nTwo prose.\n", "## 2. Renamed\nText.\n"));
        const auto bom = LinerNotesDocument::parse("\xEF\xBB\xBF## 1. A\nx\n");
        QCOMPARE(withSectionText(bom, 0, u"## 1. B\ny"), QByteArray("\xEF\xBB\xBF## 1. B\ny\n"));
    }

    // An accepted mood becomes the track's first field: in its section, in a new section at the
    // end, or in a new file; every other byte stays, line breaks included.
    void givesATrackItsMood()
    {
        const QByteArray crlf = "# Album\r\n\r\n## 1. One\r\nProse one.\r\n\r\n## 2. Two\r\n"
                                "Characters: A\r\n";
        const auto doc = LinerNotesDocument::parse(crlf);
        const QByteArray inSection =
            withTrackMood(&doc, {}, {0, 1, QStringLiteral("One")}, QStringLiteral("Melancholy"));
        QCOMPARE(inSection,
                 QByteArray(crlf).replace("## 1. One\r\n", "## 1. One\r\nMood: Melancholy\r\n"));
        QCOMPARE(LinerNotesDocument::parse(inSection).sections()[0].notes.moods,
                 QStringList{QStringLiteral("Melancholy")});
        QCOMPARE(LinerNotesDocument::parse(inSection).sections()[0].notes.prose,
                 QStringLiteral("Prose one."));

        const QByteArray appended =
            withTrackMood(&doc, {}, {1, 3, QStringLiteral("새 노래")}, QStringLiteral("Joyful"));
        QVERIFY(appended.startsWith(crlf));
        QCOMPARE(appended.mid(crlf.size()),
                 QByteArray("\r\n## 3. \xEC\x83\x88 \xEB\x85\xB8\xEB\x9E\x98\r\nMood: "
                            "Joyful\r\n"));
        const auto withThird = LinerNotesDocument::parse(appended);
        QVERIFY(withThird.issues().isEmpty());
        QCOMPARE(withThird.find(1, 3, u"새 노래")->moods, QStringList{QStringLiteral("Joyful")});

        const QByteArray fresh =
            withTrackMood(nullptr, QStringLiteral("Album"), {2, 4, QStringLiteral("Four")},
                          QStringLiteral("Tender"));
        QCOMPARE(fresh, QByteArray("# Album\n\n## 2-4. Four\nMood: Tender\n"));
    }

    void savesAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liner-notes.md"));
        QString error;
        QVERIFY(saveNotesFile(path, mixed(), &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), mixed());
        QVERIFY(!saveNotesFile(dir.filePath(QStringLiteral("missing/x.md")), "x", &error));
        QVERIFY(!error.isEmpty());
    }

    // A save on a full disk fails with a message and leaves the notes as they were.
    void aFullDiskLeavesTheNotesAsTheyWere()
    {
        QTemporaryDir dir;
        const QString album = dir.filePath(QStringLiteral("album"));
        liner::testing::TinyDisk disk(album, 64 * 1024);
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.reason()));
        const QString path = album + QStringLiteral("/liner-notes.md");
        QString error;
        QVERIFY(saveNotesFile(path, mixed(), &error));
        QVERIFY(disk.fill());
        QVERIFY(!saveNotesFile(path, mixed().repeated(100), &error));
        QVERIFY2(error.contains(QStringLiteral("liner-notes.md")), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), mixed());
        QCOMPARE(QDir(album).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("filler"), QStringLiteral("liner-notes.md")}));
    }
};

QTEST_GUILESS_MAIN(TestNotesEditing)
#include "tst_notesediting.moc"
