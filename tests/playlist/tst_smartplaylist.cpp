#include "playlist/PlayStats.h"
#include "playlist/SmartPlaylist.h"
#include "playlist/SmartPlaylistStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(liner::playlist::SmartRule)

using namespace liner;
using namespace liner::playlist;
using Field = SmartRule::Field;
using Comparison = SmartRule::Comparison;

namespace {

library::Track track(const QString& path, const QString& artist, const QString& genre, int year,
                     const QStringList& moods = {}, const QStringList& characters = {})
{
    library::Track t;
    t.path = path;
    t.title = path;
    t.artist = artist;
    t.genre = genre;
    t.year = year;
    t.moods = moods;
    t.characters = characters;
    return t;
}

QStringList paths(const QList<library::Track>& tracks)
{
    QStringList result;
    for (const library::Track& t : tracks)
        result << t.path;
    return result;
}

} // namespace

class TestSmartPlaylist : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PlayStats> m_stats;
    QList<library::Track> m_library;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("stats.json")));
        m_stats = std::make_unique<PlayStats>(m_dir.filePath(QStringLiteral("stats.json")));
        QCOMPARE(m_stats->load(), QString());
        m_library = {
            track("/m/a.flac", "Ana Sol", "Jazz", 1959, {"Calm", "Warm"}, {"Brushed drums"}),
            track("/m/b.flac", "Ben Rey", "Jazz Fusion", 1975, {"Restless"}, {"Electric"}),
            track("/m/c.flac", "Cleo", "Folk", 2003, {}, {"Acoustic"}),
            track("/m/d.flac", "Ana Sol", "Jazz", 1961, {"Melancholy"}, {}),
        };
        m_library[2].mood = QStringLiteral("calm"); // the MOOD tag, where no notes give moods
    }

    void eachFieldAndComparison_data()
    {
        QTest::addColumn<SmartRule>("rule");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char* name, Field field, Comparison comparison,
                            const QString& value, const QStringList& expected) {
            QTest::newRow(name) << SmartRule{field, comparison, value} << expected;
        };
        row("mood is (any of several, or the tag)", Field::Mood, Comparison::Is, "calm",
            {"/m/a.flac", "/m/c.flac"});
        row("mood is not", Field::Mood, Comparison::IsNot, "Calm", {"/m/b.flac", "/m/d.flac"});
        row("character contains", Field::Character, Comparison::Contains, "drum", {"/m/a.flac"});
        row("artist is", Field::Artist, Comparison::Is, "ana sol", {"/m/a.flac", "/m/d.flac"});
        row("genre is", Field::Genre, Comparison::Is, "Jazz", {"/m/a.flac", "/m/d.flac"});
        row("genre contains", Field::Genre, Comparison::Contains, "jazz",
            {"/m/a.flac", "/m/b.flac", "/m/d.flac"});
        row("year at most", Field::Year, Comparison::AtMost, "1961", {"/m/a.flac", "/m/d.flac"});
        row("year at least", Field::Year, Comparison::AtLeast, "1975", {"/m/b.flac", "/m/c.flac"});
        row("year is", Field::Year, Comparison::Is, "2003", {"/m/c.flac"});
        row("year not a number", Field::Year, Comparison::Is, "soon", {});
        row("rating at least", Field::Rating, Comparison::AtLeast, "4", {"/m/b.flac"});
        row("unrated", Field::Rating, Comparison::Is, "0", {"/m/a.flac", "/m/c.flac", "/m/d.flac"});
        row("play count at least", Field::PlayCount, Comparison::AtLeast, "2",
            QStringList{"/m/d.flac"});
        row("never played", Field::PlayCount, Comparison::Is, "0",
            {"/m/a.flac", "/m/b.flac", "/m/c.flac"});
    }

    void eachFieldAndComparison()
    {
        QFETCH(SmartRule, rule);
        QFETCH(QStringList, expected);
        m_stats->setRating("/m/b.flac", 5);
        m_stats->recordPlay("/m/d.flac");
        m_stats->recordPlay("/m/d.flac");
        QCOMPARE(paths(evaluate({"List", {rule}, true}, m_library, *m_stats)), expected);
    }

    void allOrAnyRule()
    {
        const QList<SmartRule> rules{{Field::Artist, Comparison::Is, "Ana Sol"},
                                     {Field::Year, Comparison::AtLeast, "1960"}};
        QCOMPARE(paths(evaluate({"All", rules, true}, m_library, *m_stats)),
                 QStringList{"/m/d.flac"});
        QCOMPARE(paths(evaluate({"Any", rules, false}, m_library, *m_stats)),
                 (QStringList{"/m/a.flac", "/m/b.flac", "/m/c.flac", "/m/d.flac"}));
        QVERIFY(evaluate({"None", {}, true}, m_library, *m_stats).isEmpty());
    }

    void reevaluatedForANewLibraryAndNewCounts()
    {
        SmartPlaylistResults results({"Played", {{Field::PlayCount, Comparison::AtLeast, "1"}}},
                                     *m_stats);
        QSignalSpy changed(&results, &SmartPlaylistResults::changed);
        results.setTracks(m_library);
        QVERIFY(results.tracks().isEmpty());
        QCOMPARE(changed.size(), 0);
        m_stats->recordPlay("/m/c.flac");
        QCOMPARE(paths(results.tracks()), QStringList{"/m/c.flac"});
        QCOMPARE(changed.size(), 1);

        // The library changes: a track goes, one comes, and the played one gets a new tag.
        QList<library::Track> rescanned = m_library;
        rescanned[2].genre = QStringLiteral("Chamber folk");
        rescanned.removeFirst();
        rescanned << track("/m/e.flac", "Eve", "Pop", 2020);
        m_stats->recordPlay("/m/e.flac");
        QCOMPARE(changed.size(), 1); // /m/e.flac is not in the library it knows yet
        results.setTracks(rescanned);
        QCOMPARE(paths(results.tracks()), (QStringList{"/m/c.flac", "/m/e.flac"}));
        QCOMPARE(results.tracks().constFirst().genre, QStringLiteral("Chamber folk"));
        QCOMPARE(changed.size(), 2);
    }

    // Rule sets are kept in a JSON file, written whole on each change: what a restart reads is
    // what was saved; a rename replaces, a taken name is refused; a damaged file is kept aside.
    void rulesAreStoredAndReadBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("smart/smart-playlists.json"));
        playlist::SmartPlaylistStore store(path);
        QCOMPARE(store.load(), QString());
        QSignalSpy changed(&store, &playlist::SmartPlaylistStore::changed);
        playlist::SmartPlaylist sad{
            QStringLiteral("슬픈 노래"),
            {{SmartRule::Field::Mood, SmartRule::Comparison::Is, QStringLiteral("sad")},
             {SmartRule::Field::Rating, SmartRule::Comparison::AtLeast, QStringLiteral("4")}},
            false};
        playlist::SmartPlaylist recent{
            QStringLiteral("Recent"),
            {{SmartRule::Field::Year, SmartRule::Comparison::AtLeast, QStringLiteral("2020")}}};
        QCOMPARE(store.save(sad), QString());
        QCOMPARE(store.save(recent), QString());
        QVERIFY(!store.save(recent).isEmpty());
        QVERIFY(!store.save({QStringLiteral(" "), {}}).isEmpty());
        QCOMPARE(changed.size(), 2);
        recent.name = QStringLiteral("New");
        recent.rules.first().comparison = SmartRule::Comparison::AtMost;
        QCOMPARE(store.save(recent, QStringLiteral("Recent")), QString());
        QCOMPARE(store.names(), (QStringList{"New", "슬픈 노래"}));

        playlist::SmartPlaylistStore reread(path);
        QCOMPARE(reread.load(), QString());
        QCOMPARE(reread.names(), store.names());
        QCOMPARE(reread.playlist(QStringLiteral("슬픈 노래")), sad);
        QCOMPARE(reread.playlist(QStringLiteral("New")), recent);
        QCOMPARE(reread.remove(QStringLiteral("New")), QString());
        QCOMPARE(playlist::SmartPlaylistStore(path).names(), QStringList{});
        playlist::SmartPlaylistStore afterRemove(path);
        QCOMPARE(afterRemove.load(), QString());
        QCOMPARE(afterRemove.names(), QStringList{"슬픈 노래"});

        for (const QByteArray& damage :
             {QByteArray("{\"playlists\": [{\"name\": \"x\", \"rules\": [{\"field\": "
                         "\"tempo\", \"comparison\": \"is\"}]}]}"),
              QByteArray("{\"playlists\": 3}"), QByteArray("{nope")}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damage);
            file.close();
            playlist::SmartPlaylistStore damaged(path);
            QVERIFY(damaged.load().contains(QStringLiteral("damaged")));
            QCOMPARE(damaged.names(), QStringList{});
            QVERIFY(!QFile::exists(path));
            QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
            QFile::remove(path + QStringLiteral(".damaged"));
        }
    }

    // Two Liners on one home: a playlist one saved while the other ran is still there after the
    // other saves, renames or removes its own.
    void twoWritersMergeTheirChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("merge/smart-playlists.json"));
        playlist::SmartPlaylistStore first(path);
        playlist::SmartPlaylistStore second(path);
        QCOMPARE(first.load(), QString());
        QCOMPARE(second.load(), QString());
        const SmartRule sad{SmartRule::Field::Mood, SmartRule::Comparison::Is,
                            QStringLiteral("sad")};
        QCOMPARE(first.save({QStringLiteral("Sad"), {sad}}), QString());
        QCOMPARE(second.save({QStringLiteral("Happy"), {sad}}), QString());
        QCOMPARE(second.names(), (QStringList{"Happy", "Sad"}));
        QCOMPARE(first.save({QStringLiteral("Blue"), {sad}}, QStringLiteral("Sad")), QString());
        QCOMPARE(first.names(), (QStringList{"Blue", "Happy"}));
        QCOMPARE(second.remove(QStringLiteral("Happy")), QString());
        playlist::SmartPlaylistStore after(path);
        QCOMPARE(after.load(), QString());
        QCOMPARE(after.names(), QStringList{"Blue"});
    }
};

QTEST_GUILESS_MAIN(TestSmartPlaylist)
#include "tst_smartplaylist.moc"
