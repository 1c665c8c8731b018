#include "common/FileLock.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using liner::common::FileLock;

class TestFileLock : public QObject
{
    Q_OBJECT

private slots:
    // One holder at a time; another waits up to its timeout, then says why it has no lock; the
    // lock is free again the moment its holder lets go.
    void oneHolderAtATime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral(".liner-data.lock"));
        auto first = std::make_unique<FileLock>(path);
        QVERIFY2(first->isLocked(), qPrintable(first->problem()));
        QElapsedTimer waited;
        waited.start();
        const FileLock second(path, 200);
        QVERIFY(!second.isLocked());
        QVERIFY(waited.elapsed() >= 200);
        QVERIFY(!second.problem().isEmpty());
        first.reset();
        const FileLock third(path);
        QVERIFY(third.isLocked());
    }

    void saysWhyWhenTheFileCannotBeMade()
    {
        const FileLock lock(QStringLiteral("/nonexistent-folder/.lock"));
        QVERIFY(!lock.isLocked());
        QVERIFY(!lock.problem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFileLock)
#include "tst_filelock.moc"
