#include "StoreSnapshot.h"
#include "common/AtomicWrite.h"
#include "playlist/PlaylistStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace liner::playlist;

namespace {

// The states the editor meant to reach, in order, from the complete lines of its journal; a line
// cut short by the kill was never acted on.
QList<QJsonObject> journaledStates(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> states;
    const QByteArray bytes = file.readAll();
    for (const QByteArray& line : bytes.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            states << document.object();
    }
    return states;
}

} // namespace

// A child process edits playlists through PlaylistStore in a tight loop (add, remove, move,
// rename, create, delete) and is killed with SIGKILL at a random moment, over and over. After each
// kill every playlist file must parse, and the folder must hold the state before the edit in
// flight or the state after it: never half of a file, a lost playlist or one under two names.
class TestPlaylistCrash : public QObject
{
    Q_OBJECT

private slots:
    void everyKillLeavesAStateThatExisted()
    {
        constexpr int kKills = 200;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("playlists"));
        const QString library = dir.filePath(QStringLiteral("Music"));
        const QString journal = dir.filePath(QStringLiteral("journal"));
        QRandomGenerator random(20261125);

        QJsonObject onDisk; // what the folder held when the last child was killed
        int editsJournaled = 0;
        int killedMidEdit = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            QFile::remove(journal);
            QProcess editor;
            editor.start(QStringLiteral(LINER_CRASH_EDITOR),
                         {folder, library, journal, QString::number(random.generate())});
            QVERIFY2(editor.waitForReadyRead(60000), qPrintable(editor.readAllStandardError()));
            QCOMPARE(editor.readAllStandardOutput(), QByteArray("ready\n"));
            QThread::usleep(random.bounded(20000));
            QVERIFY2(editor.state() == QProcess::Running,
                     qPrintable(editor.readAllStandardError()));
            ::kill(pid_t(editor.processId()), SIGKILL);
            QVERIFY(editor.waitForFinished(60000));
            QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

            PlaylistStore store(folder, library);
            const QStringList problems = store.load();
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            // What the killed write left in Liner's private folder is gone; nothing else was.
            QVERIFY(!QFileInfo::exists(liner::common::unfinishedWritesFolder(folder)));
            const QJsonObject now = storeSnapshot(store);

            const QList<QJsonObject> states = journaledStates(journal);
            editsJournaled += int(states.size());
            const QJsonObject intended = states.isEmpty() ? onDisk : states.constLast();
            const QJsonObject before = states.size() < 2 ? onDisk : states.at(states.size() - 2);
            QVERIFY2(now == intended || now == before,
                     qPrintable(QStringLiteral("after kill %1 the folder holds %2")
                                    .arg(kill)
                                    .arg(QString::fromUtf8(QJsonDocument(now).toJson()))));
            if (now != intended)
                ++killedMidEdit;
            onDisk = now;
        }
        qInfo("%d kills, %d edits journaled, %d kills in the middle of an edit", kKills,
              editsJournaled, killedMidEdit);
        // The kills must land inside edits at times, or the test proves nothing.
        QVERIFY(editsJournaled > kKills);
        QVERIFY(killedMidEdit > 0);
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.damaged*")}, QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlaylistCrash)
#include "tst_playlistcrash.moc"
