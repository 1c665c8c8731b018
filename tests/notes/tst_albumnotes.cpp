#include "notes/LinerNotesDocument.h"
#include "notes/NotesRepository.h"

#include <QTest>

using liner::notes::LinerNotesDocument;
using liner::notes::NotesRepository;

// The album-level prose of a liner-notes.md: what the album header and the booklet open with.
class TestAlbumNotes : public QObject
{
    Q_OBJECT

private slots:
    void takesProseBeforeFirstTrackSection()
    {
        const QByteArray markdown = "# Album\n\nFirst paragraph.\n\nSecond.\n\n"
                                    "## 1. Opening\nTrack prose.\n";
        QCOMPARE(LinerNotesDocument::parse(markdown).albumProse(),
                 QStringLiteral("First paragraph.\n\nSecond."));
    }

    void acceptsBomAndCrlf()
    {
        const QString markdown = QStringLiteral("\uFEFF# 눈물의 여왕\r\n\r\n노트.\r\n## 1. A\r\n");
        QCOMPARE(LinerNotesDocument::parse(markdown.toUtf8()).albumProse(),
                 QStringLiteral("노트."));
    }

    void emptyWithoutFile()
    {
        NotesRepository notes;
        QVERIFY(notes.notesFor(QStringLiteral("/nonexistent-liner-folder"), {}, {})
                    .albumProse.isEmpty());
    }

    void bundledAlbumHasNotes()
    {
        NotesRepository notes;
        const QString prose =
            notes.notesFor(QStringLiteral(LINER_BUILD_ALBUM_DIR), {}, {}).albumProse;
        QVERIFY2(prose.contains(QStringLiteral("Queen of Tears")), qPrintable(prose));
    }
};

QTEST_GUILESS_MAIN(TestAlbumNotes)
#include "tst_albumnotes.moc"
