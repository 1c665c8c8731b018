#include "common/MatchKey.h"
#include "notes/LinerNotesDocument.h"

#include <QTest>

using namespace liner::notes;
using liner::matchKey;

namespace {

const QByteArray example = QByteArrayLiteral(
    "# Queen of Tears \xE2\x80\x94 Liner Demo Album\n"
    "\n"
    "Album-level prose, *any* Markdown.\n"
    "\n"
    "Second paragraph.\n"
    "\n"
    "## 1. The Moment My Heart\n"
    "Mood: Tender, Longing\n"
    "Characters: Baek Hyun-woo, Hong Hae-in\n"
    "Scenes: Episode 1 \xE2\x80\x94 the wedding; Episode 16 \xE2\x80\x94 the snow\n"
    "Composer: Liner Demo Ensemble\n"
    "Lyricist: \xE2\x80\x94\n"
    "Arranger: Liner Demo Ensemble\n"
    "Performer: Liner Demo Ensemble, Guest Pianist\n"
    "Instrument: piano\n"
    "\n"
    "Free prose for the track.\n"
    "\n"
    "More prose: with a colon.\n"
    "\n"
    "## Tears of a Queen\n"
    "\n"
    "mOOD: Sorrowful\n"
    "Conductor: A\n"
    "Producer: B\n"
    "Singer: C, D\n"
    "Episode: Episode 3\n"
    "Character: Hong Hae-in\n"
    "Moods: Bittersweet\n"
    "Prose starts here.\n"
    "\n"
    "## 2-3. Second Disc Song\n"
    "Just prose.\n"
    "\n"
    "## 4 Without Dot\n"
    "## \xEB\x88\x88\xEB\xAC\xBC\xEC\x9D\x98 \xEC\x97\xAC\xEC\x99\x95\n"
    "Mood: \xEC\x8A\xAC\xED\x94\x94\n");

} // namespace

class TestLinerNotesDocument : public QObject
{
    Q_OBJECT

private slots:
    void parsesCompleteExample()
    {
        const auto doc = LinerNotesDocument::parse(example);
        QCOMPARE(doc.title(), QStringLiteral("Queen of Tears — Liner Demo Album"));
        QCOMPARE(doc.albumProse(),
                 QStringLiteral("Album-level prose, *any* Markdown.\n\nSecond paragraph."));
        QVERIFY(doc.albumNames().isEmpty());
        QCOMPARE(doc.sections().size(), 5);
        QVERIFY2(doc.issues().isEmpty(), qPrintable(doc.issues().value(0).message));

        const TrackNotes& first = doc.sections()[0].notes;
        QCOMPARE(first.number, 1);
        QCOMPARE(first.disc, 0);
        QCOMPARE(first.title, QStringLiteral("The Moment My Heart"));
        QCOMPARE(first.moods, (QStringList{"Tender", "Longing"}));
        QCOMPARE(first.characters, (QStringList{"Baek Hyun-woo", "Hong Hae-in"}));
        QCOMPARE(first.scenes, (QStringList{"Episode 1 — the wedding", "Episode 16 — the snow"}));
        QCOMPARE(first.credits.size(), 3); // the lyricist "—" means nobody
        QCOMPARE(first.credits[0], (Credit{"composer", {"Liner Demo Ensemble"}}));
        QCOMPARE(first.credits[1], (Credit{"arranger", {"Liner Demo Ensemble"}}));
        QCOMPARE(first.creditNames(u"performer"),
                 (QStringList{"Liner Demo Ensemble", "Guest Pianist"}));
        QVERIFY(first.creditNames(u"lyricist").isEmpty());
        QCOMPARE(first.otherFields, (QList<NoteField>{{"Instrument", "piano"}}));
        QCOMPARE(first.prose,
                 QStringLiteral("Free prose for the track.\n\nMore prose: with a colon."));
    }

    void everyKnownField()
    {
        const auto doc = LinerNotesDocument::parse(example);
        const TrackNotes& notes = doc.sections()[1].notes;
        QCOMPARE(notes.number, 0);
        QCOMPARE(notes.title, QStringLiteral("Tears of a Queen"));
        QCOMPARE(notes.moods, (QStringList{"Sorrowful", "Bittersweet"}));
        QCOMPARE(notes.characters, QStringList{"Hong Hae-in"});
        QCOMPARE(notes.scenes, QStringList{"Episode 3"});
        QCOMPARE(notes.creditNames(u"conductor"), QStringList{"A"});
        QCOMPARE(notes.creditNames(u"producer"), QStringList{"B"});
        QCOMPARE(notes.creditNames(u"singer"), (QStringList{"C", "D"}));
        QCOMPARE(notes.prose, QStringLiteral("Prose starts here."));
    }

    void headingForms()
    {
        const auto doc = LinerNotesDocument::parse(example);
        QCOMPARE(doc.sections()[2].notes.disc, 2);
        QCOMPARE(doc.sections()[2].notes.number, 3);
        QCOMPARE(doc.sections()[2].notes.title, QStringLiteral("Second Disc Song"));
        QCOMPARE(doc.sections()[3].notes.number, 4);
        QCOMPARE(doc.sections()[3].notes.title, QStringLiteral("Without Dot"));
        QVERIFY(doc.sections()[3].notes.prose.isEmpty());
        QCOMPARE(doc.sections()[4].notes.title, QStringLiteral("눈물의 여왕"));
        QCOMPARE(doc.sections()[4].notes.moods, QStringList{"슬픔"});

        const auto odd = LinerNotesDocument::parse("## 1984 Love Song\n## C# Minor ##\n## 7\n");
        QCOMPARE(odd.sections()[0].notes.number, 0);
        QCOMPARE(odd.sections()[0].notes.title, QStringLiteral("1984 Love Song"));
        QCOMPARE(odd.sections()[1].notes.title, QStringLiteral("C# Minor"));
        QCOMPARE(odd.sections()[2].notes.number, 7);
        QVERIFY(odd.issues().isEmpty());
    }

    void matchesByNumberThenTitle()
    {
        const auto doc = LinerNotesDocument::parse(example);
        QCOMPARE(doc.findIndex(1, 1, u"Whatever the tag says"), 0);
        QCOMPARE(doc.findIndex(0, 3, u""), 2); // disc unknown on the track
        QCOMPARE(doc.findIndex(2, 3, u""), 2);
        QCOMPARE(doc.findIndex(1, 3, u""), -1); // the section is disc 2
        QCOMPARE(doc.findIndex(2, 4, u""), 3);  // the section gives no disc
        QCOMPARE(doc.findIndex(0, 9, u"ＴＥＡＲＳ  of a Queen!"), 1);
        QCOMPARE(doc.findIndex(0, 0, u"tears OF a “queen”"), 1);
        QCOMPARE(doc.findIndex(0, 0, u"Tears of the Queen"), -1);
        QCOMPARE(doc.findIndex(0, 0, u""), -1);
        QVERIFY(doc.find(0, 0, u"No Such Song") == nullptr);
        QCOMPARE(doc.find(0, 0, u"the moment my heart")->number, 1);
    }

    void matchesHangulComposedOrNot()
    {
        const auto doc = LinerNotesDocument::parse(example);
        const QString decomposed =
            QStringLiteral("눈물의 여왕").normalized(QString::NormalizationForm_D);
        QVERIFY(decomposed != QStringLiteral("눈물의 여왕"));
        QCOMPARE(doc.findIndex(0, 0, decomposed), 4);
        QCOMPARE(doc.findIndex(0, 0, u"눈물의여왕"), 4);
        QCOMPARE(matchKey(u"Fallin'"), matchKey(u"FALLIN’"));
        QVERIFY(matchKey(u"★") != QString());
    }

    void matchesByArtistWhenSectionNamesOne()
    {
        const auto doc = LinerNotesDocument::parse(
            "## Promise\nArtist: Choi Yu-ree\nOne.\n## Promise\nArtist: Someone Else\nTwo.\n");
        QCOMPARE(doc.findIndex(0, 0, u"Promise", u"Someone Else"), 1);
        QCOMPARE(doc.findIndex(0, 0, u"Promise", u"CHOI YU-REE"), 0);
        QCOMPARE(doc.findIndex(0, 0, u"Promise", u"Nobody"), -1);
        QCOMPARE(doc.findIndex(0, 0, u"Promise"), 0);
    }

    void crlfAndBom()
    {
        QByteArray crlf = example;
        crlf.replace("\n", "\r\n");
        crlf.prepend("\xEF\xBB\xBF");
        const auto doc = LinerNotesDocument::parse(crlf);
        const auto plain = LinerNotesDocument::parse(example);
        QCOMPARE(doc.title(), plain.title());
        QCOMPARE(doc.albumProse(), plain.albumProse());
        QCOMPARE(doc.sections().size(), plain.sections().size());
        for (int i = 0; i < doc.sections().size(); ++i) {
            QCOMPARE(doc.sections()[i].notes.prose, plain.sections()[i].notes.prose);
            QCOMPARE(doc.sections()[i].notes.moods, plain.sections()[i].notes.moods);
            QVERIFY(doc.sections()[i].crlf);
        }
        QCOMPARE(doc.sections()[0].begin, plain.sections()[0].begin + 3 + 6);
        QCOMPARE(doc.sectionBody(1), plain.sectionBody(1));
    }

    void reportsMalformedLinesAndKeepsTheRest()
    {
        const QByteArray text = "# Album\n"             // 1
                                "\n"                    // 2
                                "## \n"                 // 3 empty heading
                                "Mood:\n"               // 4 empty value
                                "## 1. One\n"           // 5
                                "## 1. Again\n"         // 6 duplicate
                                "## 0. Zero\n"          // 7 bad number
                                "## 99999999999. Big\n" // 8 bad number
                                "## 2. Good \xFF\n"     // 9 invalid UTF-8
                                "Mood: Fine\n";         // 10
        const auto doc = LinerNotesDocument::parse(text);
        QList<int> lines;
        for (const ParseIssue& issue : doc.issues())
            lines.append(issue.line);
        QCOMPARE(lines, (QList<int>{3, 4, 6, 7, 8, 9}));
        QCOMPARE(doc.sections().size(), 6);
        QCOMPARE(doc.findIndex(0, 1, u"Again"), 1);
        QCOMPARE(doc.findIndex(0, 0, u"Again"), 2);
        QCOMPARE(doc.sections()[3].notes.title, QStringLiteral("Zero"));
        QCOMPARE(doc.sections()[3].notes.number, 0);
        QCOMPARE(doc.find(0, 2, u"")->moods, QStringList{"Fine"});
    }

    void headingsInsideCodeFencesAreProse()
    {
        const auto doc = LinerNotesDocument::parse("## 1. A\n```\n## not a track\n```\n## 2. B\n");
        QCOMPARE(doc.sections().size(), 2);
        QCOMPARE(doc.sections()[0].notes.prose, QStringLiteral("```\n## not a track\n```"));
    }

    void packAlbumBlock()
    {
        const auto doc = LinerNotesDocument::parse(
            "# Pack\n\nAlbum: Queen of Tears OST; 눈물의 여왕 OST\nSource: Liner\n\nProse.\n");
        QCOMPARE(doc.albumNames(), (QStringList{"Queen of Tears OST", "눈물의 여왕 OST"}));
        QCOMPARE(doc.albumFields(), (QList<NoteField>{{"Source", "Liner"}}));
        QCOMPARE(doc.albumProse(), QStringLiteral("Prose."));
        // Without the Album key, a colon line opening the prose stays prose.
        const auto plain = LinerNotesDocument::parse("# T\nNote: hello\n");
        QCOMPARE(plain.albumProse(), QStringLiteral("Note: hello"));
    }

    void byteRanges()
    {
        const auto doc = LinerNotesDocument::parse(example);
        const NotesSection& s = doc.sections()[0];
        QVERIFY(example.mid(s.begin).startsWith("## 1. The Moment"));
        QVERIFY(example.mid(s.bodyBegin).startsWith("Mood: Tender"));
        QVERIFY(example.left(s.bodyEnd).endsWith("with a colon.\n"));
        QCOMPARE(s.end, doc.sections()[1].begin);
        QCOMPARE(s.headingLine, 7);
        QCOMPARE(doc.sections().constLast().end, example.size());
    }

    void bundledAlbumHasNotesAndMoodForEveryTrack()
    {
        const auto doc =
            LinerNotesDocument::load(QStringLiteral(LINER_BUILD_ALBUM_DIR "/liner-notes.md"));
        QVERIFY(doc);
        QVERIFY(doc->issues().isEmpty());
        QVERIFY(doc->sections().size() >= 9);
        for (const NotesSection& section : doc->sections()) {
            QVERIFY2(section.notes.number > 0, qPrintable(section.notes.title));
            QVERIFY2(!section.notes.moods.isEmpty(), qPrintable(section.notes.title));
            QVERIFY2(!section.notes.prose.isEmpty(), qPrintable(section.notes.title));
        }
    }
};

QTEST_GUILESS_MAIN(TestLinerNotesDocument)
#include "tst_linernotesdocument.moc"
