#include "notes/NotesRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace liner::notes;

namespace {

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QByteArray pack = "# Queen of Tears OST\n"
                        "Album: Queen of Tears OST; 눈물의 여왕 OST\n"
                        "\n"
                        "About the soundtrack.\n"
                        "\n"
                        "## 1. Promise\n"
                        "Artist: Choi Yu-ree\n"
                        "Composer: Someone\n"
                        "\n"
                        "Part 9.\n"
                        "## Way Home\n"
                        "Artist: Kim Soo-hyun\n"
                        "Part 12.\n";

} // namespace

class TestNotesRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_packs;
    QString m_rip;
    QString m_own;

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QDir root(m_root.path());
        for (const char* dir : {"packs", "rip", "own"})
            QVERIFY(root.mkdir(QLatin1StringView(dir)));
        m_packs = root.filePath("packs");
        m_rip = root.filePath("rip");
        m_own = root.filePath("own");
        write(m_packs + "/queen-of-tears-ost.md", pack);
        write(m_packs + "/no-album-list.md", "# Stray\n## Promise\nWrong.\n");
        write(m_own + "/liner-notes.md", "# Own\nOwn album prose.\n## Promise\nOwn words.\n");
    }

    void packAttachesToMatchingAlbumByTitleAndArtist()
    {
        NotesRepository repository(m_packs);
        QCOMPARE(repository.packPaths(), QStringList{m_packs + "/queen-of-tears-ost.md"});
        // Track 5 in the rip: the pack's "1." must not decide, the title and artist do.
        const ResolvedNotes notes = repository.notesFor(m_rip, QStringLiteral("눈물의 여왕 OST"),
                                                        {1, 5, "Promise", "Choi Yu-ree", {}});
        QCOMPARE(notes.albumSource, NotesSource::Pack);
        QCOMPARE(notes.albumProse, QStringLiteral("About the soundtrack."));
        QCOMPARE(notes.trackSource, NotesSource::Pack);
        QCOMPARE(notes.track.prose, QStringLiteral("Part 9."));
        QCOMPARE(notes.track.creditNames(u"composer"), QStringList{"Someone"});
        QCOMPARE(notes.documentPath, m_packs + "/queen-of-tears-ost.md");

        const ResolvedNotes wayHome = repository.notesFor(
            m_rip, QStringLiteral("QUEEN OF TEARS OST"), {0, 1, "Way Home", "Kim Soo-hyun", {}});
        QCOMPARE(wayHome.track.prose, QStringLiteral("Part 12."));
    }

    void packDoesNotAttachToOtherAlbums()
    {
        NotesRepository repository(m_packs);
        for (const QString& album :
             {QStringLiteral("Queen of Tears"), QStringLiteral("Promise OST"),
              QStringLiteral("Queen of Tears OST 2"), QString()}) {
            const ResolvedNotes notes =
                repository.notesFor(m_rip, album, {0, 1, "Promise", "Choi Yu-ree", {}});
            QCOMPARE(notes.albumSource, NotesSource::None);
            QCOMPARE(notes.trackSource, NotesSource::None);
            QVERIFY(notes.track.prose.isEmpty());
        }
        const ResolvedNotes wrongArtist = repository.notesFor(
            m_rip, QStringLiteral("Queen of Tears OST"), {0, 0, "Promise", "Another Singer", {}});
        QCOMPARE(wrongArtist.albumSource, NotesSource::Pack);
        QCOMPARE(wrongArtist.trackSource, NotesSource::None);
    }

    void fileBesideAudioWinsOverPack()
    {
        NotesRepository repository(m_packs);
        const ResolvedNotes notes = repository.notesFor(m_own, QStringLiteral("Queen of Tears OST"),
                                                        {0, 0, "Promise", "Choi Yu-ree", {}});
        QCOMPARE(notes.albumSource, NotesSource::File);
        QCOMPARE(notes.albumProse, QStringLiteral("Own album prose."));
        QCOMPARE(notes.track.prose, QStringLiteral("Own words."));
        QCOMPARE(notes.documentPath, QDir(m_own).absoluteFilePath("liner-notes.md"));
    }

    void tagsWhenNothingElse()
    {
        NotesRepository repository;
        const ResolvedNotes notes = repository.notesFor(
            m_rip, QStringLiteral("Queen of Tears OST"),
            {0, 1, "Promise", {}, {{"COMMENT", {"From the tag."}}, {"MOOD", {"Calm"}}}});
        QCOMPARE(notes.albumSource, NotesSource::None);
        QCOMPARE(notes.trackSource, NotesSource::Tags);
        QCOMPARE(notes.track.prose, QStringLiteral("From the tag."));
        QCOMPARE(notes.track.moods, QStringList{"Calm"});
        // A track the notes file does not cover still gets its tags.
        const ResolvedNotes uncovered =
            repository.notesFor(m_own, {}, {0, 2, "Other", {}, {{"COMMENT", {"Tag prose."}}}});
        QCOMPARE(uncovered.albumSource, NotesSource::File);
        QCOMPARE(uncovered.trackSource, NotesSource::Tags);
    }

    void rereadsAnEditedNotesFile()
    {
        QTemporaryDir dir;
        write(dir.filePath("liner-notes.md"), "## 1. A\nFirst.\n");
        NotesRepository repository;
        QCOMPARE(repository.notesFor(dir.path(), {}, {0, 1, {}, {}, {}}).track.prose,
                 QStringLiteral("First."));
        write(dir.filePath("liner-notes.md"), "## 1. A\nSecond version.\n");
        QCOMPARE(repository.notesFor(dir.path(), {}, {0, 1, {}, {}, {}}).track.prose,
                 QStringLiteral("Second version."));
        QVERIFY(QFile::remove(dir.filePath("liner-notes.md")));
        QVERIFY(repository.albumDocument(dir.path()) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestNotesRepository)
#include "tst_notesrepository.moc"
