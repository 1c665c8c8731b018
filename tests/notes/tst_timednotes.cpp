#include "notes/LinerNotesDocument.h"
#include "notes/MoodFace.h"
#include "notes/TimedNotes.h"

#include <QTest>

using namespace liner::notes;

namespace {

const QByteArray notesWithMoments = QByteArrayLiteral(
    "# An Album\n"
    "\n"
    "[0:30] Album prose is never timed: it belongs to no track.\n"
    "\n"
    "## 1. Snow\n"
    "Mood: Tender\n"
    "\n"
    "The piano carries it.\n"
    "\n"
    "[1:12] The strings take the tune while the piano falls silent.\n"
    "[0:00.5] \xED\x94\xBC\xEC\x95\x84\xEB\x85\xB8\xEA\xB0\x80 \xED\x99\x80\xEB\xA1\x9C "
    "\xEC\x8B\x9C\xEC\x9E\x91\xED\x95\x9C\xEB\x8B\xA4.\n" // 피아노가 홀로 시작한다.
    "[0:40]   The drums drop out.  \n"
    "[0:40] A second note for the same moment.\n"
    "\n"
    "And the prose goes on after them.\n"
    "\n"
    "```\n"
    "[0:50] inside a code block this is text\n"
    "```\n"
    "[1]: https://example.org a link definition, not a time\n"
    "\n"
    "## 2. Rain\n"
    "[1:75] seconds out of range\n"
    "[2:0x] not a time at all\n"
    "[3:10]\n"
    "[10:05.25] A note past ten minutes.\n");

} // namespace

class TestTimedNotes : public QObject
{
    Q_OBJECT

private slots:
    // Timed lines leave the prose and come back in time order, Hangul and all; notes given for
    // one moment keep their order.
    void readsNotesOutOfOrder()
    {
        const auto doc = LinerNotesDocument::parse(notesWithMoments);
        QCOMPARE(doc.sections().size(), 2);
        const TrackNotes& snow = doc.sections()[0].notes;
        const QList<TimedNote> expected = {
            {500, QStringLiteral("피아노가 홀로 시작한다."), 11},
            {40000, QStringLiteral("The drums drop out."), 12},
            {40000, QStringLiteral("A second note for the same moment."), 13},
            {72000, QStringLiteral("The strings take the tune while the piano falls silent."), 10},
        };
        QCOMPARE(snow.timedNotes, expected);
        QVERIFY2(!snow.prose.contains(QStringLiteral("The strings take")), qPrintable(snow.prose));
        QVERIFY(snow.prose.startsWith(QStringLiteral("The piano carries it.")));
        QVERIFY(snow.prose.contains(QStringLiteral("And the prose goes on after them.")));
        QVERIFY(snow.prose.contains(QStringLiteral("[0:50] inside a code block")));
        QVERIFY(snow.prose.contains(QStringLiteral("[1]: https://example.org")));
        QVERIFY(snow.hasContent());
        QVERIFY(doc.albumProse().startsWith(QStringLiteral("[0:30] Album prose")));
    }

    // Lines meant as timed notes that cannot be read are reported with their line numbers; the
    // good ones around them still count.
    void reportsMalformedLines()
    {
        const auto doc = LinerNotesDocument::parse(notesWithMoments);
        const TrackNotes& rain = doc.sections()[1].notes;
        QCOMPARE(rain.timedNotes,
                 (QList<TimedNote>{{605250, QStringLiteral("A note past ten minutes."), 26}}));
        QCOMPARE(rain.prose, QString());
        QList<int> lines;
        for (const ParseIssue& issue : doc.issues())
            lines << issue.line;
        QCOMPARE(lines, (QList<int>{23, 24, 25}));
        QVERIFY(doc.issues()[0].message.contains(QStringLiteral("out of range")));
        QVERIFY(doc.issues()[1].message.contains(QStringLiteral("[1:12]")));
        QVERIFY(doc.issues()[2].message.contains(QStringLiteral("no text")));
    }

    // Files written before timed notes existed read exactly as they did: no notes, same prose.
    void oldFilesAreUnchanged()
    {
        const QByteArray old = "## 1. Song\nMood: Hopeful\n\nProse [with brackets] and 1:12 in "
                               "it.\n\n[link]: https://example.org\n";
        const auto doc = LinerNotesDocument::parse(old);
        QVERIFY(doc.issues().isEmpty());
        QVERIFY(doc.sections()[0].notes.timedNotes.isEmpty());
        QCOMPARE(doc.sections()[0].notes.prose,
                 QStringLiteral("Prose [with brackets] and 1:12 in it.\n\n[link]: "
                                "https://example.org"));
    }

    void findsTheNoteShowingAtAPosition()
    {
        const QList<TimedNote> notes =
            LinerNotesDocument::parse(notesWithMoments).sections()[0].notes.timedNotes;
        QCOMPARE(timedNoteAt(notes, 0), -1);
        QCOMPARE(timedNoteAt(notes, 499), -1);
        QCOMPARE(timedNoteAt(notes, 500), 0);
        QCOMPARE(timedNoteAt(notes, 39999), 0);
        QCOMPARE(timedNoteAt(notes, 40000), 1); // the first of the two at 0:40
        QCOMPARE(timedNoteAt(notes, 71999), 1);
        QCOMPARE(timedNoteAt(notes, 72000), 3);
        QCOMPARE(timedNoteAt(notes, 10 * 60 * 1000), 3);
        QCOMPARE(timedNoteAt({}, 1000), -1);
    }

    void facesFollowTheMainMood()
    {
        QCOMPARE(faceOfMoods({QStringLiteral("Tender"), QStringLiteral("Longing")}), Face::Ballad);
        QCOMPARE(faceOfMoods({QStringLiteral("Warm"), QStringLiteral("Hopeful")}), Face::Anthem);
        QCOMPARE(faceOfMoods({QStringLiteral("JOYFUL"), QStringLiteral("Sad")}), Face::Anthem);
        QCOMPARE(faceOfMoods({QStringLiteral("애절한")}), Face::Ballad);
        QCOMPARE(faceOfMoods({QStringLiteral("신나는")}), Face::Anthem);
        QCOMPARE(faceOfMoods({QStringLiteral("Warm")}), Face::Unknown);
        QCOMPARE(faceOfMoods({}), Face::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTimedNotes)
#include "tst_timednotes.moc"
