#include "common/MatchKey.h"

#include <QTest>

using liner::matchKey;

class TestMatchKey : public QObject
{
    Q_OBJECT

private slots:
    void keysWhatTaggersDisagreeOn_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("key");
        QTest::newRow("apostrophes")
            << QStringLiteral("Fallin'") << QStringLiteral("Fallin’") << QStringLiteral("fallin");
        QTest::newRow("full width")
            << QStringLiteral("ＴＥＡＲＳ") << QStringLiteral("Tears") << QStringLiteral("tears");
        QTest::newRow("dashes") << QStringLiteral("Rock-n-Roll") << QStringLiteral("Rock n Roll")
                                << QStringLiteral("rocknroll");
        QTest::newRow("Hangul") << QStringLiteral("눈물의 여왕") << QStringLiteral("눈물의여왕!")
                                << QStringLiteral("눈물의여왕");
        // Decomposed, as macOS writes file names.
        QTest::newRow("decomposed Hangul")
            << QStringLiteral("눈물의 여왕").normalized(QString::NormalizationForm_D)
            << QStringLiteral("눈물의 여왕") << QStringLiteral("눈물의여왕");
        QTest::newRow("umlauts") << QStringLiteral("DIE ÄRZTE") << QStringLiteral("Die Ärzte")
                                 << QStringLiteral("dieärzte");
        QTest::newRow("numbers") << QStringLiteral("Pt. 3") << QStringLiteral("PT 3")
                                 << QStringLiteral("pt3");
        QTest::newRow("symbols only")
            << QStringLiteral("  ***  ") << QStringLiteral("***") << QStringLiteral("***");
        QTest::newRow("a star") << QStringLiteral("★") << QStringLiteral(" ★ ")
                                << QStringLiteral("★");
    }

    void keysWhatTaggersDisagreeOn()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QFETCH(QString, key);
        QCOMPARE(matchKey(one), key);
        QCOMPARE(matchKey(other), key);
    }

    // ASCII is keyed without normalizing (see matchKey): the same key as through the whole way,
    // which a symbol it drops (★) makes the text take.
    void keysAsciiAsTheWholeWayDoes()
    {
        for (const QString& text :
             {QStringLiteral("Queen of Tears (Original Television Soundtrack), Pt. 3"),
              QStringLiteral("Crush (feat. Joy)"), QStringLiteral("  Heize - Happen  "),
              QStringLiteral("Various Artists"), QStringLiteral("AC/DC"),
              QStringLiteral("Tab\there"), QStringLiteral("2024"), QStringLiteral("_x_")}) {
            QCOMPARE(matchKey(text), matchKey(text + u'★'));
        }
    }
};

QTEST_GUILESS_MAIN(TestMatchKey)
#include "tst_matchkey.moc"
