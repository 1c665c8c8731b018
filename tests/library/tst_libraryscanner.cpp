#include "library/LibraryScanner.h"

#include <QTest>

using namespace liner;

namespace {

library::Track track(const QString& path, int disc = 0, int number = 0, qint64 startUs = 0)
{
    library::Track track;
    track.path = path;
    track.discNumber = disc;
    track.trackNumber = number;
    track.startUs = startUs;
    return track;
}

QStringList describe(const QList<library::Track>& tracks)
{
    QStringList described;
    for (const library::Track& track : tracks)
        described << QStringLiteral("%1@%2").arg(track.path).arg(track.startUs);
    return described;
}

} // namespace

// The order a library plays in: folders as a person orders them (numbers by value, any script),
// then disc and track numbers, then file names, then place in a file (CUE tracks).
class TestLibraryScanner : public QObject
{
    Q_OBJECT

private slots:
    void playingOrder()
    {
        QList<library::Track> tracks{
            track(QStringLiteral("/m/Album 10/01.flac"), 0, 1),
            track(QStringLiteral("/m/Album 2/b.flac"), 2, 1),
            track(QStringLiteral("/m/Album 2/a.flac"), 1, 2),
            track(QStringLiteral("/m/Album 2/c.flac"), 1, 1),
            track(QStringLiteral("/m/눈물의 여왕/rip.flac"), 0, 2, 300),
            track(QStringLiteral("/m/눈물의 여왕/rip.flac"), 0, 1, 0),
            track(QStringLiteral("/m/Album 2/untagged 10.flac")),
            track(QStringLiteral("/m/Album 2/untagged 9.flac")),
            track(QStringLiteral("/m/album 1/x.flac"), 0, 7),
        };
        library::LibraryScanner::sortForPlayback(tracks);
        QCOMPARE(describe(tracks), QStringList({
                                       QStringLiteral("/m/album 1/x.flac@0"),
                                       QStringLiteral("/m/Album 2/untagged 9.flac@0"),
                                       QStringLiteral("/m/Album 2/untagged 10.flac@0"),
                                       QStringLiteral("/m/Album 2/c.flac@0"),
                                       QStringLiteral("/m/Album 2/a.flac@0"),
                                       QStringLiteral("/m/Album 2/b.flac@0"),
                                       QStringLiteral("/m/Album 10/01.flac@0"),
                                       QStringLiteral("/m/눈물의 여왕/rip.flac@0"),
                                       QStringLiteral("/m/눈물의 여왕/rip.flac@300"),
                                   }));
    }
};

QTEST_GUILESS_MAIN(TestLibraryScanner)
#include "tst_libraryscanner.moc"
