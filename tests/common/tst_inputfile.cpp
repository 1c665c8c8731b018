#include "common/InputFile.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace liner;
using liner::testing::writeBytes;

namespace {

// A sparse file: as large as asked, without using the disk.
bool writeSparse(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void readsARegularFileWhole()
    {
        QTemporaryDir dir;
        QByteArray bytes(300'000, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 31 % 253);
        const QString path = dir.filePath(QStringLiteral("notes.md"));
        QVERIFY(writeBytes(path, bytes));
        const InputBytes read = readInputFile(path, InputKind::Notes);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.bytes, bytes);
        QVERIFY(readInputFile(dir.filePath(QStringLiteral("empty")), InputKind::Lyrics).missing);
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("empty")), {}));
        const InputBytes empty =
            readInputFile(dir.filePath(QStringLiteral("empty")), InputKind::Lyrics);
        QVERIFY(empty.ok());
        QVERIFY(empty.bytes.isEmpty());
    }

    // A FIFO, a device, a socket and a folder are refused, each with its reason, also when a
    // symlink with an innocent name leads to them; nothing waits on a writer or reads for ever.
    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("FIFO");
        QTest::newRow("endless device") << QStringLiteral("/dev/zero") << QStringLiteral("device");
        QTest::newRow("random device")
            << QStringLiteral("/dev/urandom") << QStringLiteral("device");
        QTest::newRow("socket") << QStringLiteral("socket") << QStringLiteral("socket");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("folder");
    }
    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, target);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("fifo"))));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        const int listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray socketPath = QFile::encodeName(dir.filePath(QStringLiteral("socket")));
        QVERIFY(socketPath.size() < qsizetype(sizeof address.sun_path));
        std::copy(socketPath.begin(), socketPath.end(), address.sun_path);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        const QString targetPath = target.startsWith(u'/') ? target : dir.filePath(target);
        const QString link = dir.filePath(QStringLiteral("Song.lrc"));
        QVERIFY(QFile::link(targetPath, link));

        QElapsedTimer timer;
        timer.start();
        for (const QString& path : {targetPath, link}) {
            for (const InputKind kind :
                 {InputKind::Lyrics, InputKind::Notes, InputKind::Playlist, InputKind::CueSheet,
                  InputKind::Image, InputKind::UserData}) {
                const InputBytes read = readInputFile(path, kind);
                QVERIFY2(read.error.contains(reason),
                         qPrintable(path + QStringLiteral(": ") + read.error));
                QVERIFY(read.bytes.isEmpty());
                QVERIFY(!read.missing);
            }
            const InputFile file(path);
            QVERIFY(!file.isOpen());
            QVERIFY(file.error().contains(reason));
            // A name a walk saw as a regular file a moment ago, replaced since, is opened without
            // a look and refused once open (a socket cannot even be opened).
            const InputFile seen(QFile::encodeName(path), InputFile::Seen::AsRegularFile);
            QVERIFY(!seen.isOpen());
            QVERIFY(!seen.missing());
            QVERIFY2(reason == u"socket" ? !seen.error().isEmpty() : seen.error().contains(reason),
                     qPrintable(path + QStringLiteral(": ") + seen.error()));
        }
        ::close(listener);
        // Nothing waited: a blocked open() would never have returned at all.
        QVERIFY(timer.elapsed() < 60'000);
    }

    void refusesAFileOverItsKindsCap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge"));
        for (const InputKind kind : {InputKind::Lyrics, InputKind::Notes, InputKind::Playlist,
                                     InputKind::CueSheet, InputKind::Image}) {
            const qint64 cap = inputSizeCap(kind);
            QVERIFY(cap >= 1024 * 1024);
            QVERIFY(writeSparse(path, cap));
            const InputBytes atCap = readInputFile(path, kind);
            QVERIFY2(atCap.ok(), qPrintable(atCap.error));
            QCOMPARE(atCap.bytes.size(), cap);
            QVERIFY(writeSparse(path, cap + 1));
            const InputBytes overCap = readInputFile(path, kind);
            QVERIFY2(overCap.error.contains(u"too large"), qPrintable(overCap.error));
            QVERIFY(overCap.bytes.isEmpty());
        }
    }

    // A file whose size the kernel does not state (as in /proc) is still read to its end, and
    // never past the cap.
    void readsFilesOfUnstatedSizeWithinTheCap()
    {
        const InputBytes status =
            readInputFile(QStringLiteral("/proc/self/status"), InputKind::Lyrics);
        QVERIFY2(status.ok(), qPrintable(status.error));
        QVERIFY(status.bytes.contains("Name:"));
    }

    // Names are bytes: one that is not valid UTF-8 opens like any other.
    void opensANameThatIsNotUtf8()
    {
        QTemporaryDir dir;
        const QByteArray name = QFile::encodeName(dir.path()) + "/Caf\xe9 \xff.lrc";
        const int descriptor = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(descriptor >= 0);
        QCOMPARE(::write(descriptor, "[00:01.00]la\n", 13), ssize_t(13));
        ::close(descriptor);
        const InputFile byBytes(name);
        QVERIFY2(byBytes.isOpen(), qPrintable(byBytes.error()));
        QCOMPARE(byBytes.size(), 13);
    }
};

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
