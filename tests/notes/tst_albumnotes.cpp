#include "AlbumNotes.h"

#include <QTest>

using liner::notes::AlbumNotes;

class TestAlbumNotes : public QObject
{
    Q_OBJECT

private slots:
    void takesProseBeforeFirstTrackSection()
    {
        const QString markdown = QStringLiteral("# Album\n\nFirst paragraph.\n\nSecond.\n\n"
                                                "## 1. Opening\nTrack prose.\n");
        QCOMPARE(AlbumNotes::albumProse(markdown), QStringLiteral("First paragraph.\n\nSecond."));
    }

    void acceptsBomAndCrlf()
    {
        const QString markdown = QStringLiteral("\uFEFF# 눈물의 여왕\r\n\r\n노트.\r\n## 1. A\r\n");
        QCOMPARE(AlbumNotes::albumProse(markdown), QStringLiteral("노트."));
    }

    void emptyWithoutFile()
    {
        QVERIFY(AlbumNotes::load(QStringLiteral("/nonexistent-liner-folder")).isEmpty());
    }

    void bundledAlbumHasNotes()
    {
        const QString prose = AlbumNotes::load(QStringLiteral(LINER_BUILD_ALBUM_DIR));
        QVERIFY2(prose.contains(QStringLiteral("Queen of Tears")), qPrintable(prose));
    }
};

QTEST_GUILESS_MAIN(TestAlbumNotes)
#include "tst_albumnotes.moc"
