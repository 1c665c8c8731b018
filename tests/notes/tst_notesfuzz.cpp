#include "notes/NotesEditing.h"
#include "notes/SyncedLyrics.h"
#include "support/FuzzInput.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace liner;
using namespace liner::notes;

namespace {

const QByteArray validNotes = "\xEF\xBB\xBF# Album \xEB\x88\x88\xEB\xAC\xBC\r\n"
                              "Album: A; B\r\n\r\nProse.\r\n"
                              "## 1. One\r\nMood: Tender, Longing\r\nComposer: X\r\n\r\nText.\r\n"
                              "## 1-2. Two\nScenes: a; b\nInstrument: piano\n```\n## x\n```\n"
                              "## Title Only ##\n\nCharacters: \xED\x95\xB4\xEC\x9D\xB8\nEnd";
const QByteArray validLrc = "\xEF\xBB\xBF[ar:X]\n[offset:+250]\n[00:01.00][00:05.5]a\n"
                            "[00:01.00]\xEC\x95\x84\n[00:03.123]<00:03.123>w1 <00:03.500>w2\n"
                            "[99:59.999]end\r\n";

// The format's own characters, for mutations that stay nearly valid.
const QByteArray kAlphabet = "#[]<>:.-;, \r\n0123456789\xEF\xBB\xBF\xEB`~";

void checkNotes(const QByteArray& bytes)
{
    const auto doc = LinerNotesDocument::parse(bytes);
    qsizetype previousEnd = 0;
    for (int i = 0; i < doc.sections().size(); ++i) {
        const NotesSection& s = doc.sections()[i];
        QVERIFY(previousEnd <= s.begin);
        QVERIFY(s.begin < s.bodyBegin || s.bodyBegin == bytes.size());
        QVERIFY(s.bodyBegin <= s.bodyEnd && s.bodyEnd <= s.end && s.end <= bytes.size());
        previousEnd = s.end;
        const QByteArray edited = withSectionBody(doc, i, u"Mood: x\n\nEdited.");
        QCOMPARE(edited.left(s.bodyBegin), bytes.left(s.bodyBegin));
        QVERIFY(edited.endsWith(bytes.mid(s.bodyEnd)));
        QVERIFY(doc.findIndex(s.notes.disc, s.notes.number, s.notes.title) >= 0 ||
                (s.notes.number == 0 && s.notes.title.isEmpty()));
    }
    for (const ParseIssue& issue : doc.issues())
        QVERIFY(issue.line >= 1 && issue.line <= bytes.count('\n') + 1);
}

void checkLyrics(const QByteArray& bytes)
{
    auto lyrics = SyncedLyrics::parse(QString::fromUtf8(bytes));
    const QList<LyricLine>& lines = lyrics.lines();
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY(lines[i - 1].timeMs <= lines[i].timeMs);
    if (!lines.isEmpty() && lyrics.isSynced()) {
        const qint64 at = lines[lines.size() / 2].timeMs;
        const int index = lyrics.currentLineIndex(at);
        QVERIFY(index >= 0 && lines[index].timeMs == at && lines[index].layer == 0);
        lyrics.currentWordIndex(index, at);
        lyrics.applyUserOffset(std::numeric_limits<qint64>::max());
        QCOMPARE(lyrics.currentLineIndex(std::numeric_limits<qint64>::min()), -1);
    }
}

} // namespace

class TestNotesFuzz : public QObject
{
    Q_OBJECT

private slots:
    void parsersSurviveRandomAndMutatedInput()
    {
        QRandomGenerator random(20240309);
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 3000;
        for (int round = 0; round < rounds; ++round) {
            const QByteArray noise = testing::randomBytes(random, 600);
            checkNotes(noise);
            checkLyrics(noise);
            checkNotes(testing::mutated(random, validNotes, kAlphabet));
            checkLyrics(testing::mutated(random, validLrc, kAlphabet));
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("failed in round %1").arg(round)));
        }
        // Generous for a sanitised debug build on a shared machine; a quadratic blow-up or a hang
        // in either parser overshoots it by far.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    void largeInputsParseInBoundedTime()
    {
        QByteArray notes;
        QByteArray lrc;
        for (int i = 0; i < 20000; ++i) {
            notes += "## " + QByteArray::number(i + 1) + ". Title\nMood: a, b\nProse line.\n";
            lrc += "[" + QByteArray::number(i / 60 % 1000) + ":" +
                   QByteArray::number(i % 60).rightJustified(2, '0') + ".00]<00:00.10>w w\n";
        }
        QElapsedTimer timer;
        timer.start();
        const auto doc = LinerNotesDocument::parse(notes);
        QCOMPARE(doc.sections().size(), 20000);
        QCOMPARE(SyncedLyrics::parse(QString::fromUtf8(lrc)).lines().size(), 20000);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestNotesFuzz)
#include "tst_notesfuzz.moc"
