#include "notes/LyricsFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace liner::notes;

namespace {

QStringList texts(const SyncedLyrics& lyrics)
{
    QStringList result;
    for (const LyricLine& line : lyrics.lines())
        result.append(line.text);
    return result;
}

QList<qint64> times(const SyncedLyrics& lyrics)
{
    QList<qint64> result;
    for (const LyricLine& line : lyrics.lines())
        result.append(line.timeMs);
    return result;
}

} // namespace

class TestSyncedLyrics : public QObject
{
    Q_OBJECT

private slots:
    void timestampsAndTags()
    {
        const auto lyrics = SyncedLyrics::parse(u"\uFEFF[ar: Liner Demo Ensemble]\n"
                                                u"[ti:The Moment]\r\n"
                                                u"[al:Demo]\n"
                                                u"[00:01.5]half\n"
                                                u"[00:02.05]twentieth\n"
                                                u"[00:03.123]milli\n"
                                                u"[01:04]whole\n"
                                                u"[120:00.00]long mix\n");
        QVERIFY(lyrics.isSynced());
        QVERIFY(lyrics.issues().isEmpty());
        QCOMPARE(lyrics.tags().value("ar"), QStringLiteral("Liner Demo Ensemble"));
        QCOMPARE(lyrics.tags().value("ti"), QStringLiteral("The Moment"));
        QCOMPARE(lyrics.tags().value("al"), QStringLiteral("Demo"));
        QCOMPARE(times(lyrics), (QList<qint64>{1500, 2050, 3123, 64000, 7200000}));
        QCOMPARE(texts(lyrics), (QStringList{"half", "twentieth", "milli", "whole", "long mix"}));
    }

    void layersAndRepeatedTimestamps()
    {
        const auto lyrics = SyncedLyrics::parse(u"[00:10.00]사랑해\n"
                                                u"[00:10.00]saranghae\n"
                                                u"[00:10.00]I love you\n"
                                                u"[00:05.00][00:20.00]Chorus\n"
                                                u"[00:20.00]Chorus (translation)\n");
        QCOMPARE(texts(lyrics), (QStringList{"Chorus", "사랑해", "saranghae", "I love you",
                                             "Chorus", "Chorus (translation)"}));
        QList<int> layers;
        for (const LyricLine& line : lyrics.lines())
            layers.append(line.layer);
        QCOMPARE(layers, (QList<int>{0, 0, 1, 2, 0, 1}));
        QCOMPARE(lyrics.currentLineIndex(10000), 1);
        QCOMPARE(lyrics.currentLineIndex(19999), 1);
        QCOMPARE(lyrics.currentLineIndex(25000), 4);
    }

    void outOfOrderLinesSortStably()
    {
        const auto lyrics = SyncedLyrics::parse(u"[00:30.00]c\n[00:10.00]a\n[00:20.00]b\n"
                                                u"[00:10.00]a2\n");
        QCOMPARE(texts(lyrics), (QStringList{"a", "a2", "b", "c"}));
        QCOMPARE(times(lyrics), (QList<qint64>{10000, 10000, 20000, 30000}));
    }

    void fileOffsetShowsLinesEarlier()
    {
        const auto later = SyncedLyrics::parse(u"[offset:+500]\n[00:10.00]a\n");
        QCOMPARE(later.fileOffsetMs(), 500);
        QCOMPARE(later.lines()[0].timeMs, 9500);
        const auto earlier = SyncedLyrics::parse(u"[offset:-250]\n[00:10.00]a\n");
        QCOMPARE(earlier.lines()[0].timeMs, 10250);
        const auto bad = SyncedLyrics::parse(u"[offset:soon]\n[00:10.00]a\n");
        QCOMPARE(bad.lines()[0].timeMs, 10000);
        QCOMPARE(bad.issues().size(), 1);
        QCOMPARE(bad.issues()[0].line, 1);
    }

    void userOffsetIsNudgedAndReplaced()
    {
        auto lyrics = SyncedLyrics::parse(u"[offset:100]\n[00:10.00]<00:10.00>a <00:10.40>b\n");
        QCOMPARE(lyrics.lines()[0].timeMs, 9900);
        lyrics.applyUserOffset(300);
        QCOMPARE(lyrics.userOffsetMs(), 300);
        QCOMPARE(lyrics.lines()[0].timeMs, 9600);
        QCOMPARE(lyrics.lines()[0].words[1].timeMs, 10000);
        lyrics.applyUserOffset(lyrics.userOffsetMs() - 500);
        QCOMPARE(lyrics.lines()[0].timeMs, 10100);
        lyrics.applyUserOffset(0);
        QCOMPARE(lyrics.lines()[0].timeMs, 9900);
        QCOMPARE(lyrics.currentLineIndex(9899), -1);
        QCOMPARE(lyrics.currentLineIndex(9900), 0);
    }

    void enhancedWordTiming()
    {
        const auto lyrics = SyncedLyrics::parse(
            u"[00:01.00]<00:01.00>Hello <00:01.50>my <00:02.00>queen<00:03.00>\n"
            u"[00:04.00]lead <00:04.50>in\n");
        const LyricLine& line = lyrics.lines()[0];
        QCOMPARE(line.text, QStringLiteral("Hello my queen"));
        QCOMPARE(line.words.size(), 3);
        QCOMPARE(line.words[1].text, QStringLiteral("my "));
        QCOMPARE(line.words[2].timeMs, 2000);
        QCOMPARE(lyrics.currentWordIndex(0, 999), -1);
        QCOMPARE(lyrics.currentWordIndex(0, 1000), 0);
        QCOMPARE(lyrics.currentWordIndex(0, 1700), 1);
        QCOMPARE(lyrics.currentWordIndex(0, 9000), 2);
        QCOMPARE(lyrics.currentWordIndex(1, 4000), 0);
        QCOMPARE(lyrics.lines()[1].words[0].text, QStringLiteral("lead "));
        QCOMPARE(lyrics.currentWordIndex(5, 4000), -1);
    }

    void malformedLinesReportedAndSkipped()
    {
        const auto lyrics = SyncedLyrics::parse(u"[00:01.00]one\n"
                                                u"[00:75.00]bad seconds\n"
                                                u"no timestamp\n"
                                                u"[00:02.00\n"
                                                u"[Chorus]\n"
                                                u"\n"
                                                u"[00:03.00]three\n");
        QCOMPARE(texts(lyrics), (QStringList{"one", "three"}));
        QList<int> lines;
        for (const ParseIssue& issue : lyrics.issues())
            lines.append(issue.line);
        QCOMPARE(lines, (QList<int>{2, 3, 4, 5}));
    }

    void unsyncedLyricsKeepTheirLines()
    {
        const auto lyrics = SyncedLyrics::parse(u"\n[Verse]\nFirst line\r\n\nSecond verse\n\n");
        QVERIFY(!lyrics.isSynced());
        QCOMPARE(texts(lyrics), (QStringList{"[Verse]", "First line", "", "Second verse"}));
        QCOMPARE(lyrics.lines()[0].timeMs, -1);
        QCOMPARE(lyrics.currentLineIndex(5000), -1);
        QVERIFY(lyrics.issues().isEmpty());
    }

    void currentLineAtManyPositions()
    {
        QString text;
        for (int i = 0; i < 200; ++i)
            text += QStringLiteral("[%1:%2.00]line %3\n")
                        .arg(i * 3 / 60, 2, 10, QChar(u'0'))
                        .arg(i * 3 % 60, 2, 10, QChar(u'0'))
                        .arg(i);
        const auto lyrics = SyncedLyrics::parse(text);
        QCOMPARE(lyrics.lines().size(), 200);
        QCOMPARE(lyrics.currentLineIndex(-1), -1);
        for (qint64 position = 0; position < 650000; position += 250) {
            const int expected = int(std::min<qint64>(position / 3000, 199));
            QCOMPARE(lyrics.currentLineIndex(position), expected);
        }
    }

    void lrcSidecarPath()
    {
        QTemporaryDir dir;
        const QString audio = dir.filePath(QStringLiteral("01 [Live] Song.v2.flac"));
        QCOMPARE(lrcPathFor(audio), QString());
        QFile upper(dir.filePath(QStringLiteral("01 [Live] Song.v2.LRC")));
        QVERIFY(upper.open(QIODevice::WriteOnly));
        upper.write("[00:01.00]x\n");
        upper.close();
        QCOMPARE(lrcPathFor(audio), upper.fileName());
        QFile lower(dir.filePath(QStringLiteral("01 [Live] Song.v2.lrc")));
        QVERIFY(lower.open(QIODevice::WriteOnly));
        lower.close();
        QCOMPARE(lrcPathFor(audio), lower.fileName());
        QCOMPARE(lrcPathFor(dir.filePath(QStringLiteral("01 [Live] Song.flac"))), QString());
        const auto loaded = loadLrcFile(upper.fileName());
        QVERIFY(loaded);
        QCOMPARE(loaded->lines().size(), 1);
        QVERIFY(!loadLrcFile(dir.filePath(QStringLiteral("missing.lrc"))));
    }

    // 100,000 timestamps on one line (and as many word times) parse in linear time: ten times the
    // input takes about ten times as long, measured side by side (it took 35 s, growing as the
    // square, when each tag was matched by a regular expression that re-checked the whole line).
    void parsesInTimeLinearInTheLine()
    {
        const auto lineOf = [](int count) {
            QString line;
            for (int i = 0; i < count; ++i)
                line += QStringLiteral("[%1:%2.00]")
                            .arg(i / 60 % 10000)
                            .arg(i % 60, 2, 10, QLatin1Char('0'));
            line += QStringLiteral("la");
            for (int i = 0; i < count; ++i)
                line += QStringLiteral("<00:%1.00>w").arg(i % 60, 2, 10, QLatin1Char('0'));
            return line;
        };
        // The thread's CPU time, not the clock's: on a loaded machine a run of a few milliseconds
        // fits in one time slice while one of seconds shares the CPU, which made the ratio of
        // wall times five times too large.
        const auto cpuSeconds = [] {
            timespec now{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
            return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
        };
        const auto secondsFor = [&cpuSeconds](const QString& text, SyncedLyrics* parsed) {
            double best = 1e9;
            for (int run = 0; run < 3; ++run) {
                const double start = cpuSeconds();
                *parsed = SyncedLyrics::parse(text);
                best = std::min(best, cpuSeconds() - start);
            }
            return best;
        };
        const QString small = lineOf(10'000);
        const QString large = lineOf(100'000);
        SyncedLyrics parsed;
        const double smallSeconds = secondsFor(small, &parsed);
        QCOMPARE(parsed.lines().size(), 10'000);
        const double largeSeconds = secondsFor(large, &parsed);
        QCOMPARE(parsed.lines().size(), 100'000);
        qInfo("10,000 tags: %.3f s, 100,000 tags: %.3f s", smallSeconds, largeSeconds);
        QVERIFY2(
            largeSeconds < 30 * smallSeconds + 0.05,
            qPrintable(QStringLiteral("%1 s against %2 s").arg(largeSeconds).arg(smallSeconds)));
    }
};

QTEST_GUILESS_MAIN(TestSyncedLyrics)
#include "tst_syncedlyrics.moc"
