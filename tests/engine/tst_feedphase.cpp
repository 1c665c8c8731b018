#include "engine/FeedPhase.h"

#include <QMetaEnum>
#include <QTest>

using namespace liner::engine::feed;

namespace {

struct Transition
{
    Phase from;
    Event event;
    Phase to;
};

// Every move PlaybackWorker's decoding side can make; anything else is refused.
const std::vector<Transition> kTransitions{
    // play(), a seek, a new device or a device back: the heard track decodes from there.
    {Phase::Idle, Event::Started, Phase::Decoding},
    {Phase::Decoding, Event::Started, Phase::Decoding},
    {Phase::AwaitingNext, Event::Started, Phase::Decoding},
    {Phase::Switching, Event::Started, Phase::Decoding},
    {Phase::Draining, Event::Started, Phase::Decoding},
    {Phase::OutputLost, Event::Started, Phase::Decoding},
    // play() of a track that cannot be played waits for the one after it.
    {Phase::Idle, Event::OpenFailed, Phase::StartingWithNext},
    {Phase::StartingWithNext, Event::NothingFollows, Phase::Idle},
    // The chain of tracks.
    {Phase::Decoding, Event::TrackEnded, Phase::AwaitingNext},
    {Phase::AwaitingNext, Event::NextOpened, Phase::Decoding},
    {Phase::AwaitingNext, Event::NextFailed, Phase::AwaitingNext},
    {Phase::AwaitingNext, Event::NextNeedsStream, Phase::Switching},
    {Phase::Switching, Event::StreamSwitched, Phase::Decoding},
    {Phase::Switching, Event::SwitchFailed, Phase::Draining},
    // The end of the queue, and a track added at its last moment.
    {Phase::AwaitingNext, Event::NothingFollows, Phase::Draining},
    {Phase::Draining, Event::NextNamed, Phase::AwaitingNext},
    {Phase::Draining, Event::Drained, Phase::Idle},
    // The device goes away from a stream, whatever it was doing.
    {Phase::Decoding, Event::OutputFailed, Phase::OutputLost},
    {Phase::AwaitingNext, Event::OutputFailed, Phase::OutputLost},
    {Phase::Switching, Event::OutputFailed, Phase::OutputLost},
    {Phase::Draining, Event::OutputFailed, Phase::OutputLost},
    // stop() from anywhere.
    {Phase::Idle, Event::Stopped, Phase::Idle},
    {Phase::Decoding, Event::Stopped, Phase::Idle},
    {Phase::AwaitingNext, Event::Stopped, Phase::Idle},
    {Phase::Switching, Event::Stopped, Phase::Idle},
    {Phase::Draining, Event::Stopped, Phase::Idle},
    {Phase::StartingWithNext, Event::Stopped, Phase::Idle},
    {Phase::OutputLost, Event::Stopped, Phase::Idle},
};

template <typename Enum> QList<Enum> allOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QList<Enum> values;
    for (int i = 0; i < meta.keyCount(); ++i)
        values << Enum(meta.value(i));
    return values;
}

template <typename Enum> const char* nameOf(Enum value)
{
    return QMetaEnum::fromType<Enum>().valueToKey(int(value));
}

} // namespace

// The engine's state machine without the engine: each transition, and that nothing else moves it.
class TestFeedPhase : public QObject
{
    Q_OBJECT

private slots:
    void makesEachTransition_data()
    {
        QTest::addColumn<Phase>("from");
        QTest::addColumn<Event>("event");
        QTest::addColumn<Phase>("to");
        for (const Transition& t : kTransitions)
            QTest::addRow("%s, %s", nameOf(t.from), nameOf(t.event)) << t.from << t.event << t.to;
    }

    void makesEachTransition()
    {
        QFETCH(Phase, from);
        QFETCH(Event, event);
        QFETCH(Phase, to);
        QCOMPARE(after(from, event), std::optional<Phase>(to));
    }

    // An event that cannot happen in a phase (a stale report, a bug) leaves no phase to go to.
    void refusesEverythingElse()
    {
        int refused = 0;
        for (const Phase phase : allOf<Phase>()) {
            for (const Event event : allOf<Event>()) {
                const bool listed =
                    std::any_of(kTransitions.begin(), kTransitions.end(), [&](const Transition& t) {
                        return t.from == phase && t.event == event;
                    });
                if (listed)
                    continue;
                QVERIFY2(
                    !after(phase, event).has_value(),
                    qPrintable(
                        QStringLiteral("%1 moves on from %2").arg(nameOf(event), nameOf(phase))));
                ++refused;
            }
        }
        QCOMPARE(refused,
                 allOf<Phase>().size() * allOf<Event>().size() - qsizetype(kTransitions.size()));
    }

    // From every phase, stop() and a new play() lead back to where anything can begin.
    void everyPhaseCanStopAndStartAgain()
    {
        for (const Phase phase : allOf<Phase>()) {
            const std::optional<Phase> stopped = after(phase, Event::Stopped);
            QCOMPARE(stopped, std::optional<Phase>(Phase::Idle));
            QCOMPARE(after(*stopped, Event::Started), std::optional<Phase>(Phase::Decoding));
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedPhase)
#include "tst_feedphase.moc"
