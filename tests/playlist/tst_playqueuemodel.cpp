#include "playlist/PlayQueue.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace liner;
using playlist::PlayQueue;

namespace {

library::Track track(int number)
{
    library::Track track;
    track.path = QStringLiteral("/music/%1.flac").arg(number);
    track.title = QStringLiteral("Track %1").arg(number);
    track.artist = QStringLiteral("정재일");
    track.trackNumber = number;
    track.durationMs = 1000 * number;
    return track;
}

QList<library::Track> tracks(const QList<int>& numbers)
{
    QList<library::Track> list;
    for (const int number : numbers)
        list << track(number);
    return list;
}

QList<int> numbers(const PlayQueue& queue)
{
    QList<int> list;
    for (int row = 0; row < queue.size(); ++row)
        list << queue.track(row).trackNumber;
    return list;
}

// (first, last) of each rows-inserted/removed signal a spy caught.
QList<std::pair<int, int>> ranges(const QSignalSpy& spy)
{
    QList<std::pair<int, int>> list;
    for (const QList<QVariant>& signal : spy)
        list << std::pair{signal.at(1).toInt(), signal.at(2).toInt()};
    return list;
}

} // namespace

// The play queue's model: every change is told as the rows it touches, under Qt's own model
// checker, and entries keep their ids wherever they move.
class TestPlayQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_queue = std::make_unique<PlayQueue>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_queue.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_queue.reset();
    }

    void showsTitlesAndLengths()
    {
        m_queue->setTracks(tracks({1, 2}));
        const QModelIndex second = m_queue->index(1);
        QCOMPARE(second.data().toString(), QStringLiteral("Track 2"));
        QCOMPARE(second.data(PlayQueue::DurationRole).toLongLong(), 2000);
        QVERIFY(second.data(Qt::ToolTipRole).toString().contains(QStringLiteral("정재일")));
        QCOMPARE(second.data(PlayQueue::TrackRole).value<library::Track>(), track(2));
        QCOMPARE(m_queue->tracks(), tracks({1, 2}));
    }

    void insertsAndRemovesRowRanges()
    {
        QSignalSpy inserted(m_queue.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_queue.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_queue.get(), &QAbstractItemModel::modelReset);
        m_queue->setTracks(tracks({1, 2, 3}));
        QCOMPARE(reset.size(), 1);
        m_queue->insert(1, tracks({7, 8}));
        QCOMPARE(numbers(*m_queue), (QList<int>{1, 7, 8, 2, 3}));
        QCOMPARE(ranges(inserted), (QList<std::pair<int, int>>{{1, 2}}));
        // Runs of neighbouring rows go in one removal each, the lowest last.
        m_queue->remove({0, 4, 1, 2});
        QCOMPARE(numbers(*m_queue), QList<int>{2});
        QCOMPARE(ranges(removed), (QList<std::pair<int, int>>{{4, 4}, {0, 2}}));
        QCOMPARE(reset.size(), 1);
    }

    // An entry keeps its id while it is queued, moved or not; a new entry of the same track gets
    // a new one, and an id that has left is never found again.
    void entriesKeepTheirIds()
    {
        m_queue->setTracks(tracks({1, 2, 3}));
        const quint64 first = m_queue->idAt(0);
        const quint64 third = m_queue->idAt(2);
        QVERIFY(first != 0 && first != third);
        QVERIFY(m_queue->moveRows({}, 0, 1, {}, 3));
        QCOMPARE(numbers(*m_queue), (QList<int>{2, 3, 1}));
        QCOMPARE(m_queue->rowOf(first), 2);
        QCOMPARE(m_queue->rowOf(third), 1);
        m_queue->insert(0, tracks({1}));
        QVERIFY(m_queue->idAt(0) != first);
        m_queue->remove({3});
        QCOMPARE(m_queue->rowOf(first), -1);
        QCOMPARE(m_queue->rowOf(0), -1);
    }

    // A view's drag moves rows with a move, never a removal and an insertion.
    void movesRowsAsAViewDrags()
    {
        m_queue->setTracks(tracks({1, 2, 3, 4}));
        QSignalSpy moved(m_queue.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy removed(m_queue.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_queue->moveRows({}, 2, 2, {}, 0));
        QCOMPARE(numbers(*m_queue), (QList<int>{3, 4, 1, 2}));
        QVERIFY(m_queue->moveRow({}, 0, {}, 4));
        QCOMPARE(numbers(*m_queue), (QList<int>{4, 1, 2, 3}));
        QCOMPARE(moved.size(), 2);
        QVERIFY(removed.isEmpty());
        // Onto itself, or outside the queue: refused.
        QVERIFY(!m_queue->moveRows({}, 1, 1, {}, 1));
        QVERIFY(!m_queue->moveRows({}, 3, 2, {}, 0));
        QVERIFY(m_queue->flags(m_queue->index(0)).testFlag(Qt::ItemIsDragEnabled));
        QVERIFY(m_queue->flags({}).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(!m_queue->flags(m_queue->index(0)).testFlag(Qt::ItemIsDropEnabled));
    }

    // A new order (a shuffle) is a layout change: persistent indexes, such as a view's
    // selection, follow their rows.
    void reordersAsALayoutChange()
    {
        m_queue->setTracks(tracks({1, 2, 3}));
        const QPersistentModelIndex selected(m_queue->index(0));
        QSignalSpy layout(m_queue.get(), &QAbstractItemModel::layoutChanged);
        m_queue->reorder({2, 0, 1});
        QCOMPARE(numbers(*m_queue), (QList<int>{3, 1, 2}));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(selected.row(), 1);
        // Not an order of every row: nothing changes.
        m_queue->reorder({0, 0, 1});
        QCOMPARE(layout.size(), 1);
    }

    // The current entry is marked (for views to show) and followed as rows move around it;
    // removing it leaves none current.
    void marksTheCurrentEntry()
    {
        m_queue->setTracks(tracks({1, 2, 3}));
        QSignalSpy changed(m_queue.get(), &QAbstractItemModel::dataChanged);
        m_queue->setCurrentId(m_queue->idAt(1));
        QCOMPARE(m_queue->currentRow(), 1);
        QVERIFY(m_queue->index(1).data(PlayQueue::CurrentRole).toBool());
        QVERIFY(!m_queue->index(0).data(PlayQueue::CurrentRole).toBool());
        QCOMPARE(changed.size(), 1);
        m_queue->setCurrentId(m_queue->idAt(2));
        QCOMPARE(changed.size(), 3); // the old row and the new
        m_queue->insert(0, tracks({9}));
        QCOMPARE(m_queue->currentRow(), 3);
        m_queue->remove({3});
        QCOMPARE(m_queue->currentRow(), -1);
        QCOMPARE(m_queue->currentId(), quint64(0));
    }

    // New values for queued tracks (known by file and start) reach the rows that hold them.
    void updatesTheRowsOfChangedTracks()
    {
        m_queue->setTracks(tracks({1, 2, 1}));
        QSignalSpy changed(m_queue.get(), &QAbstractItemModel::dataChanged);
        library::Track edited = track(1);
        edited.moods = QStringList{QStringLiteral("Longing")};
        m_queue->updateTracks({edited, track(5)});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_queue->track(0).moods, edited.moods);
        QCOMPARE(m_queue->track(2).moods, edited.moods);
        m_queue->updateTracks({edited});
        QCOMPARE(changed.size(), 2);

        // Two tracks of one CUE sheet share their file: each is known by its start too.
        library::Track first = track(7);
        first.cueSheet = QStringLiteral("/music/album.cue");
        first.endUs = 180'000'000;
        library::Track second = first;
        second.startUs = first.endUs;
        second.endUs = -1;
        second.title = QStringLiteral("Second");
        m_queue->setTracks({first, second});
        changed.clear();
        library::Track renamed = second;
        renamed.title = QStringLiteral("Second, renamed");
        m_queue->updateTracks({first, renamed});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QModelIndex>().row(), 1);
        QCOMPARE(m_queue->track(0).title, first.title);
        QCOMPARE(m_queue->track(1).title, renamed.title);
    }

    // A queue made of an album holds the album's list itself, not a copy of each track (10,000
    // copies took 30 ms of showing a large album); what the queue changes after is its own.
    void sharesTheTracksItIsGiven()
    {
        const QList<library::Track> album = tracks({1, 2, 3});
        m_queue->setTracks(album);
        QCOMPARE(m_queue->tracks().constData(), album.constData());
        library::Track edited = track(2);
        edited.title = QStringLiteral("Edited");
        m_queue->updateTracks({edited});
        m_queue->insert(1, tracks({4}));
        m_queue->remove({0});
        QCOMPARE(numbers(*m_queue), QList<int>({4, 2, 3}));
        QCOMPARE(m_queue->track(1).title, edited.title);
        QCOMPARE(album, tracks({1, 2, 3}));
        // Unchanged tracks leave the list shared.
        m_queue->setTracks(album);
        m_queue->updateTracks(tracks({1, 2}));
        QCOMPARE(m_queue->tracks().constData(), album.constData());
    }

private:
    std::unique_ptr<PlayQueue> m_queue;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPlayQueueModel)
#include "tst_playqueuemodel.moc"
