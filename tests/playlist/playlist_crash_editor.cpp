// The crash-safety test's child: edits the playlists in a folder for ever, as a listener would in a
// hurry, until the test kills it with SIGKILL. Before each edit it appends the state the store will
// be in after it to a journal, one JSON line, so the test knows every state that existed.
//
// Usage: playlist_crash_editor FOLDER LIBRARY_ROOT JOURNAL SEED
#include "StoreSnapshot.h"
#include "playlist/PlaylistStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <cstdio>

using namespace liner::playlist;

namespace {

class Editor
{
public:
    Editor(PlaylistStore& store, QFile& journal, const QString& libraryRoot, quint32 seed)
        : m_store(store), m_journal(journal), m_libraryRoot(libraryRoot), m_random(seed)
    {}

    // One random edit; false when it failed, which the test never expects.
    bool editOnce()
    {
        const QStringList names = m_store.names();
        const QString name = names.isEmpty() ? QString() : names.at(pick(names.size()));
        switch (names.isEmpty() ? 4 : pick(7)) {
        case 0:
        case 1: {
            QList<PlaylistEntry> entries = m_store.entries(name);
            if (entries.size() < 40) {
                entries.insert(pick(entries.size() + 1), newEntry());
                return setEntries(name, entries);
            }
            [[fallthrough]];
        }
        case 2: {
            QList<PlaylistEntry> entries = m_store.entries(name);
            if (entries.isEmpty())
                return true;
            entries.removeAt(pick(entries.size()));
            return setEntries(name, entries);
        }
        case 3: {
            QList<PlaylistEntry> entries = m_store.entries(name);
            if (entries.size() < 2)
                return true;
            entries.move(pick(entries.size()), pick(entries.size()));
            return setEntries(name, entries);
        }
        case 4: {
            if (names.size() >= 6)
                return true;
            const QString created = m_store.unusedName(QStringLiteral("Playlist"));
            QList<PlaylistEntry> entries;
            for (int i = pick(4); i > 0; --i)
                entries << newEntry();
            QJsonObject next = storeSnapshot(m_store);
            next.insert(created, describeEntries(entries));
            intend(next);
            return m_store.create(created, entries).isEmpty();
        }
        case 5: {
            const QString to = m_store.unusedName(QStringLiteral("Renamed %1").arg(pick(1000)));
            QJsonObject next = storeSnapshot(m_store);
            next.insert(to, next.take(name));
            intend(next);
            return m_store.rename(name, to).isEmpty();
        }
        default: {
            if (names.size() < 2)
                return true;
            QJsonObject next = storeSnapshot(m_store);
            next.remove(name);
            intend(next);
            return m_store.remove(name).isEmpty();
        }
        }
    }

private:
    int pick(qsizetype bound) { return int(m_random.bounded(qint64(bound))); }

    PlaylistEntry newEntry()
    {
        const int n = pick(100000);
        if (n % 10 == 0)
            return PlaylistEntry::fromLocation(QStringLiteral("http://radio.example/%1").arg(n),
                                               {});
        return PlaylistEntry::fromLocalFile(QStringLiteral("%1/Artist %2/Album/%3 Track é 눈.flac")
                                                .arg(m_libraryRoot)
                                                .arg(n % 7)
                                                .arg(n),
                                            QStringLiteral("Artist - Song %1").arg(n), n % 600);
    }

    bool setEntries(const QString& name, const QList<PlaylistEntry>& entries)
    {
        QJsonObject next = storeSnapshot(m_store);
        next.insert(name, describeEntries(entries));
        intend(next);
        return m_store.setEntries(name, entries).isEmpty();
    }

    // One write(2) per line, unbuffered, so a kill leaves whole lines and at most one partial one.
    void intend(const QJsonObject& state)
    {
        m_journal.write(QJsonDocument(state).toJson(QJsonDocument::Compact) + '\n');
    }

    PlaylistStore& m_store;
    QFile& m_journal;
    QString m_libraryRoot;
    QRandomGenerator m_random;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: playlist_crash_editor FOLDER LIBRARY_ROOT JOURNAL SEED\n", stderr);
        return 2;
    }
    PlaylistStore store(args[1], args[2]);
    const QStringList problems = store.load();
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problems.join(u'\n')));
        return 1;
    }
    QFile journal(args[3]);
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return 1;
    Editor editor(store, journal, args[2], args[4].toUInt());
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (;;) {
        if (!editor.editOnce()) {
            std::fputs("an edit failed\n", stderr);
            return 1;
        }
    }
}
