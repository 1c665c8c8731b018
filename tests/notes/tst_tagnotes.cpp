#include "notes/TagNotes.h"

#include <QTest>

using namespace liner::notes;

class TestTagNotes : public QObject
{
    Q_OBJECT

private slots:
    void buildsNotesFromTags()
    {
        const TagProperties tags{
            {"COMMENT", {"A tender ballad."}},
            {"DESCRIPTION", {"Second thought.", "A tender ballad."}},
            {"MOOD", {"Tender; Longing", "Warm"}},
            {"COMPOSER", {"Nam Hye-seung, Park Se-jun"}},
            {"lyricist", {"Someone"}},
            {"CONDUCTOR", {"Maestro"}},
            {"PERFORMER", {"Singer A"}},
            {"PERFORMER:PIANO", {"Pianist B"}},
            {"PERFORMERS", {"not a role"}},
            {"TITLE", {"ignored"}},
        };
        const TrackNotes notes = notesFromTags(tags);
        QCOMPARE(notes.prose, QStringLiteral("A tender ballad.\n\nSecond thought."));
        QCOMPARE(notes.moods, (QStringList{"Tender", "Longing", "Warm"}));
        QCOMPARE(notes.creditNames(u"composer"), (QStringList{"Nam Hye-seung", "Park Se-jun"}));
        QCOMPARE(notes.creditNames(u"lyricist"), QStringList{"Someone"});
        QCOMPARE(notes.creditNames(u"conductor"), QStringList{"Maestro"});
        QCOMPARE(notes.creditNames(u"performer"), (QStringList{"Singer A", "Pianist B"}));
        QCOMPARE(notes.credits.size(), 4);
        QCOMPARE(notes.credits[0].role, QStringLiteral("composer"));
        QVERIFY(notes.hasContent());
    }

    void emptyTagsGiveNoNotes()
    {
        QVERIFY(!notesFromTags({}).hasContent());
        QVERIFY(!notesFromTags({{"COMMENT", {"  "}}, {"MOOD", {""}}}).hasContent());
    }
};

QTEST_GUILESS_MAIN(TestTagNotes)
#include "tst_tagnotes.moc"
