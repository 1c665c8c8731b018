#include "common/MatchKey.h"
#include "library/SoundtrackTitle.h"

#include <QTest>

using liner::matchKey;
using liner::library::parseSoundtrackTitle;
using liner::library::SoundtrackTitle;

class SoundtrackTitleTest : public QObject
{
    Q_OBJECT

private slots:
    // Every way a store, a tagger or a ripper names a drama's OST part: the same work and part.
    void namesAPart_data()
    {
        QTest::addColumn<QString>("album");
        QTest::addColumn<int>("part");
        QTest::addColumn<QStringList>("works");
        QTest::addColumn<QString>("soundtrack");
        const QStringList korean{QStringLiteral("눈물의 여왕")};
        const QStringList english{QStringLiteral("Queen of Tears")};
        const QStringList both{QStringLiteral("눈물의 여왕"), QStringLiteral("Queen of Tears")};
        QTest::newRow("Melon") << QStringLiteral("눈물의 여왕 OST Part.1") << 1 << korean
                               << QStringLiteral("눈물의 여왕 OST");
        QTest::newRow("Genie, spaced") << QStringLiteral("눈물의 여왕 OST Part 3") << 3 << korean
                                       << QStringLiteral("눈물의 여왕 OST");
        QTest::newRow("Bugs, broadcaster note")
            << QStringLiteral("눈물의 여왕 (tvN 토일드라마) OST - Part.12") << 12 << korean
            << QStringLiteral("눈물의 여왕 (tvN 토일드라마) OST");
        QTest::newRow("FLO, Pt") << QStringLiteral("눈물의 여왕 OST Pt.7") << 7 << korean
                                 << QStringLiteral("눈물의 여왕 OST");
        QTest::newRow("capitals, zero") << QStringLiteral("눈물의 여왕 OST PART.05") << 5 << korean
                                        << QStringLiteral("눈물의 여왕 OST");
        QTest::newRow("glued") << QStringLiteral("눈물의여왕OST Part.2") << 2
                               << QStringList{QStringLiteral("눈물의여왕")}
                               << QStringLiteral("눈물의여왕OST");
        QTest::newRow("full-width") << QStringLiteral("눈물의 여왕 ＯＳＴ Ｐａｒｔ．４") << 4
                                    << korean << QStringLiteral("눈물의 여왕 OST");
        QTest::newRow("Apple Music")
            << QStringLiteral("Queen of Tears (Original Television Soundtrack), Pt. 1") << 1
            << english << QStringLiteral("Queen of Tears (Original Television Soundtrack)");
        QTest::newRow("Spotify, part first")
            << QStringLiteral("Queen of Tears, Pt. 2 (Original Television Soundtrack)") << 2
            << english << QStringLiteral("Queen of Tears (Original Television Soundtrack)");
        QTest::newRow("Original Soundtrack Part")
            << QStringLiteral("Queen of Tears (Original Soundtrack) Part 9") << 9 << english
            << QStringLiteral("Queen of Tears (Original Soundtrack)");
        QTest::newRow("English OST") << QStringLiteral("Queen of Tears OST Part.10") << 10
                                     << english << QStringLiteral("Queen of Tears OST");
        QTest::newRow("Bandcamp dash") << QStringLiteral("Queen of Tears OST - Pt. 11") << 11
                                       << english << QStringLiteral("Queen of Tears OST");
        QTest::newRow("bilingual") << QStringLiteral("눈물의 여왕 (Queen of Tears) OST Part.6") << 6
                                   << both << QStringLiteral("눈물의 여왕 (Queen of Tears) OST");
        QTest::newRow("MusicBrainz doubled")
            << QStringLiteral("눈물의 여왕 OST Part.8 (Queen of Tears OST Part.8)") << 8 << both
            << QStringLiteral("눈물의 여왕 OST (Queen of Tears OST)");
        QTest::newRow("bracketed part") << QStringLiteral("Queen of Tears OST [Part 4]") << 4
                                        << english << QStringLiteral("Queen of Tears OST");
        QTest::newRow("another drama") << QStringLiteral("선재 업고 튀어 OST Part 1") << 1
                                       << QStringList{QStringLiteral("선재 업고 튀어")}
                                       << QStringLiteral("선재 업고 튀어 OST");
        QTest::newRow("season kept") << QStringLiteral("Sweet Home (Season 2) OST Part.3") << 3
                                     << QStringList{QStringLiteral("Sweet Home Season 2")}
                                     << QStringLiteral("Sweet Home (Season 2) OST");
    }

    void namesAPart()
    {
        QFETCH(QString, album);
        QFETCH(int, part);
        QFETCH(QStringList, works);
        QFETCH(QString, soundtrack);
        const SoundtrackTitle title = parseSoundtrackTitle(album);
        QVERIFY(title.isSoundtrack);
        QVERIFY(title.isPart());
        QCOMPARE(title.part, part);
        QCOMPARE(title.workTitles, works);
        QStringList keys;
        for (const QString& work : works)
            keys << matchKey(work);
        QCOMPARE(title.workKeys, keys);
        QCOMPARE(title.soundtrackTitle, soundtrack);
    }

    // Whole soundtracks and albums that only look like parts.
    void namesNoPart_data()
    {
        QTest::addColumn<QString>("album");
        QTest::addColumn<bool>("soundtrack");
        QTest::addColumn<QString>("work");
        QTest::newRow("whole OST, Korean")
            << QStringLiteral("눈물의 여왕 OST") << true << QStringLiteral("눈물의 여왕");
        QTest::newRow("whole OST, Apple")
            << QStringLiteral("Queen of Tears (Original Television Soundtrack)") << true
            << QStringLiteral("Queen of Tears");
        QTest::newRow("Netflix") << QStringLiteral("Squid Game (Music from the Netflix Series)")
                                 << true << QStringLiteral("Squid Game");
        QTest::newRow("film in parts")
            << QStringLiteral("Mockingjay, Part 1 (Original Motion Picture Soundtrack)") << true
            << QStringLiteral("Mockingjay, Part 1");
        QTest::newRow("not a soundtrack")
            << QStringLiteral("Love Yourself 轉 'Tear', Part 2") << false << QString();
        QTest::newRow("ghost is not OST")
            << QStringLiteral("Ghost Stories Part 1") << false << QString();
        QTest::newRow("The Score") << QStringLiteral("The Score") << false << QString();
    }

    void namesNoPart()
    {
        QFETCH(QString, album);
        QFETCH(bool, soundtrack);
        QFETCH(QString, work);
        const SoundtrackTitle title = parseSoundtrackTitle(album);
        QCOMPARE(title.isSoundtrack, soundtrack);
        QCOMPARE(title.part, 0);
        QVERIFY(!title.isPart());
        QCOMPARE(title.workTitles.value(0), work);
    }
};

QTEST_GUILESS_MAIN(SoundtrackTitleTest)
#include "tst_soundtracktitle.moc"
