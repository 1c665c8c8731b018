#include "LinerProcess.h"
#include "support/RealWorldCorpus.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using testing::RealWorldCorpus;
using testing::runLiner;
using testing::Store;

Q_DECLARE_METATYPE(liner::testing::Store)
Q_DECLARE_METATYPE(liner::testing::RealWorldCorpus::CompilationTags)

namespace {

QJsonArray albumsOf(const QStringList& paths,
                    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    const auto run =
        runLiner(QStringList{QStringLiteral("--albums")} << paths << QStringLiteral("--json"),
                 std::move(environment));
    if (run.exitCode != 0)
        qWarning() << run.err;
    QJsonParseError error;
    const QJsonArray albums = QJsonDocument::fromJson(run.out, &error).array();
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << run.out.left(500);
    return albums;
}

QStringList titlesOf(const QJsonArray& albums)
{
    QStringList titles;
    for (const QJsonValue& album : albums)
        titles << album[u"title"].toString();
    return titles;
}

QList<int> rangeOf(int first, int last)
{
    QList<int> numbers;
    for (int n = first; n <= last; ++n)
        numbers << n;
    return numbers;
}

// Every track of the album has its notes from the Queen of Tears pack.
bool allTracksHavePackNotes(const QJsonObject& album, QString* missing)
{
    for (const QJsonValue& track : album[u"tracks"].toArray()) {
        if (track[u"notes"].toString().isEmpty() ||
            !track[u"albumNotes"].toString().contains(u"Nam Hye-seung")) {
            *missing = track[u"path"].toString();
            return false;
        }
    }
    return true;
}

} // namespace

class TestAlbums : public QObject
{
    Q_OBJECT

private slots:
    // The twelve singles under each store's naming are one soundtrack, parts in order, each part
    // with its own song and instrumental, and the notes pack attaches to every track.
    void assemblesTheSinglesOfEveryStore_data()
    {
        QTest::addColumn<Store>("store");
        QTest::addColumn<QString>("title");
        const QStringList titles{QStringLiteral("눈물의 여왕 OST"),
                                 QStringLiteral("눈물의 여왕 OST"),
                                 QStringLiteral("눈물의 여왕 (tvN 토일드라마) OST"),
                                 QStringLiteral("눈물의 여왕 OST"),
                                 QStringLiteral("Queen of Tears (Original Television Soundtrack)"),
                                 QStringLiteral("Queen of Tears (Original Television Soundtrack)"),
                                 QStringLiteral("Queen of Tears (Original Soundtrack)"),
                                 QStringLiteral("눈물의 여왕 OST (Queen of Tears OST)")};
        for (const Store store : testing::allStores())
            QTest::newRow(qPrintable(testing::storeName(store))) << store << titles.at(int(store));
    }

    void assemblesTheSinglesOfEveryStore()
    {
        QFETCH(Store, store);
        QFETCH(QString, title);
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        const QString error = corpus.writeSingles(QStringLiteral("Music"), store, rangeOf(1, 12));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QJsonArray albums = albumsOf({dir.path()});
        QCOMPARE(titlesOf(albums), QStringList{title});
        const QJsonObject soundtrack = albums.first().toObject();
        QCOMPARE(soundtrack[u"kind"].toString(), QStringLiteral("soundtrack"));
        QCOMPARE(soundtrack[u"artist"].toString(), QStringLiteral("Various Artists"));
        QCOMPARE(soundtrack[u"year"].toInt(), 2024);
        QCOMPARE(soundtrack[u"trackCount"].toInt(), 24);
        QCOMPARE(soundtrack[u"notesSource"].toString(), QStringLiteral("pack"));
        QCOMPARE(soundtrack[u"folders"].toArray().size(), 12);
        const QJsonArray parts = soundtrack[u"parts"].toArray();
        QCOMPARE(parts.size(), 12);
        const QJsonArray tracks = soundtrack[u"tracks"].toArray();
        for (int part = 1; part <= 12; ++part) {
            QCOMPARE(parts.at(part - 1)[u"part"].toInt(), part);
            QCOMPARE(parts.at(part - 1)[u"album"].toString(),
                     testing::singleAlbumName(store, part));
            QCOMPARE(parts.at(part - 1)[u"trackCount"].toInt(), 2);
            // Play order: each single's song, then its instrumental.
            const QJsonObject song = tracks.at(2 * (part - 1)).toObject();
            const QJsonObject instrumental = tracks.at(2 * (part - 1) + 1).toObject();
            QCOMPARE(song[u"album"].toString(), testing::singleAlbumName(store, part));
            QCOMPARE(song[u"trackNumber"].toInt(), 1);
            QVERIFY(instrumental[u"title"].toString().endsWith(QStringLiteral("(Inst.)")));
            QCOMPARE(instrumental[u"notes"], song[u"notes"]);
        }
        QString missing;
        QVERIFY2(allTracksHavePackNotes(soundtrack, &missing), qPrintable(missing));
        // Each part's notes are its own song's.
        QVERIFY(tracks.at(2 * 9)[u"moods"].toArray().contains(QStringLiteral("Bright")));
        QVERIFY(tracks.at(2 * 11)[u"notes"].toString().contains(QStringLiteral("Kim Soo-hyun")));

        // --scan attaches the same notes to the same files.
        const auto scan =
            runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        const QJsonArray scanned = QJsonDocument::fromJson(scan.out).array();
        QCOMPARE(scanned.size(), 24);
        for (const QJsonValue& track : scanned)
            QVERIFY2(!track[u"notes"].toString().isEmpty(), qPrintable(track[u"path"].toString()));
    }

    // However the owner has it: singles bought in two stores (Korean and English names), the
    // special album beside them, a part on its own: one soundtrack, one compilation, the pack on
    // every track.
    void attachesThePackToAMixOfSinglesAndTheCompilation()
    {
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        QString error = corpus.writeSingles(QStringLiteral("Melon"), Store::Melon, rangeOf(1, 6));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = corpus.writeSingles(QStringLiteral("iTunes"), Store::AppleMusic, rangeOf(7, 12));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = corpus.writeCompilation(QStringLiteral("Rips/눈물의 여왕 OST"),
                                        RealWorldCorpus::CompilationTags::NoAlbumArtist,
                                        demo::FixtureFormat::Flac);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QJsonArray albums = albumsOf({dir.path()});
        QCOMPARE(albums.size(), 2);
        const bool compilationFirst = albums.at(0)[u"kind"] == QStringLiteral("compilation");
        const QJsonObject compilation = albums.at(compilationFirst ? 0 : 1).toObject();
        const QJsonObject singles = albums.at(compilationFirst ? 1 : 0).toObject();
        QCOMPARE(compilation[u"kind"].toString(), QStringLiteral("compilation"));
        QCOMPARE(compilation[u"title"].toString(), QStringLiteral("눈물의 여왕 OST"));
        QCOMPARE(compilation[u"trackCount"].toInt(), 12);
        QCOMPARE(singles[u"kind"].toString(), QStringLiteral("soundtrack"));
        // Both read "눈물의 여왕 OST — Various Artists": the folder tells them apart.
        QCOMPARE(singles[u"title"].toString(), QStringLiteral("눈물의 여왕 OST"));
        QCOMPARE(compilation[u"distinction"].toString(), QStringLiteral("눈물의 여왕 OST"));
        QCOMPARE(singles[u"distinction"].toString(), QStringLiteral("눈물의 여왕 OST Part.1"));
        QCOMPARE(singles[u"parts"].toArray().size(), 12);
        QCOMPARE(singles[u"parts"].toArray().last()[u"part"].toInt(), 12);
        for (const QJsonObject& album : {compilation, singles}) {
            QCOMPARE(album[u"notesSource"].toString(), QStringLiteral("pack"));
            QString missing;
            QVERIFY2(allTracksHavePackNotes(album, &missing), qPrintable(missing));
        }
    }

    void attachesThePackToOnePartOnItsOwn()
    {
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        const QString error = corpus.writeSingles(QStringLiteral("."), Store::Genie, {10});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray albums = albumsOf({dir.path()});
        QCOMPARE(albums.size(), 1);
        const QJsonObject album = albums.first().toObject();
        QCOMPARE(album[u"kind"].toString(), QStringLiteral("soundtrack"));
        QCOMPARE(album[u"artist"].toString(), QStringLiteral("도리"));
        QString missing;
        QVERIFY2(allTracksHavePackNotes(album, &missing), qPrintable(missing));
        QVERIFY(album[u"tracks"][0][u"moods"].toArray().contains(QStringLiteral("Bright")));
    }

    // A rip of the whole soundtrack: one album of various artists however it is tagged.
    void groupsACompilationHoweverItIsTagged_data()
    {
        QTest::addColumn<RealWorldCorpus::CompilationTags>("tags");
        QTest::addColumn<demo::FixtureFormat>("format");
        QTest::newRow("each singer as ARTIST, no ALBUMARTIST")
            << RealWorldCorpus::CompilationTags::NoAlbumArtist << demo::FixtureFormat::Flac;
        QTest::newRow("ALBUMARTIST Various Artists")
            << RealWorldCorpus::CompilationTags::VariousArtists << demo::FixtureFormat::Mp3;
        QTest::newRow("ID3 TCMP only")
            << RealWorldCorpus::CompilationTags::CompilationFlagOnly << demo::FixtureFormat::Mp3;
        QTest::newRow("MP4 cpil only")
            << RealWorldCorpus::CompilationTags::CompilationFlagOnly << demo::FixtureFormat::Aac;
        QTest::newRow("Vorbis COMPILATION only")
            << RealWorldCorpus::CompilationTags::CompilationFlagOnly << demo::FixtureFormat::Vorbis;
    }

    void groupsACompilationHoweverItIsTagged()
    {
        QFETCH(RealWorldCorpus::CompilationTags, tags);
        QFETCH(demo::FixtureFormat, format);
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        const QString error = corpus.writeCompilation(QStringLiteral("OST"), tags, format);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray albums = albumsOf({dir.path()});
        QCOMPARE(titlesOf(albums), QStringList{QStringLiteral("눈물의 여왕 OST")});
        const QJsonObject album = albums.first().toObject();
        QCOMPARE(album[u"kind"].toString(), QStringLiteral("compilation"));
        QCOMPARE(album[u"artist"].toString(), QStringLiteral("Various Artists"));
        QCOMPARE(album[u"trackCount"].toInt(), 12);
        QCOMPARE(album[u"notesSource"].toString(), QStringLiteral("pack"));
        QString missing;
        QVERIFY2(allTracksHavePackNotes(album, &missing), qPrintable(missing));
    }

    // The pack never attaches to another drama's soundtrack, to a same-titled song by another
    // singer, or to an album that only shares the drama's name; another drama's parts make a
    // soundtrack of their own.
    void keepsThePackToItsOwnWork()
    {
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        for (int part = 1; part <= 3; ++part) {
            demo::FixtureTags tags;
            tags.album = QStringLiteral("선재 업고 튀어 OST Part.%1").arg(part);
            tags.title =
                part == 3 ? QStringLiteral("Promise") : QStringLiteral("Song %1").arg(part);
            tags.artist = QStringLiteral("Another Singer %1").arg(part);
            tags.trackNumber = 1;
            const QString error =
                corpus.write(QStringLiteral("Lovely Runner/Part %1/01.mp3").arg(part),
                             demo::FixtureFormat::Mp3, tags);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        demo::FixtureTags promise;
        promise.album = QStringLiteral("Promise");
        promise.title = QStringLiteral("Promise");
        promise.artist = QStringLiteral("Someone Else");
        promise.trackNumber = 1;
        QVERIFY(
            corpus.write(QStringLiteral("Singles/Promise.flac"), demo::FixtureFormat::Flac, promise)
                .isEmpty());
        demo::FixtureTags band;
        band.album = QStringLiteral("Queen of Tears");
        band.title = QStringLiteral("Hold Me Back");
        band.artist = QStringLiteral("A Rock Band");
        band.trackNumber = 1;
        QVERIFY(corpus.write(QStringLiteral("Band/01.flac"), demo::FixtureFormat::Flac, band)
                    .isEmpty());

        const QJsonArray albums = albumsOf({dir.path()});
        QCOMPARE(titlesOf(albums),
                 (QStringList{QStringLiteral("Promise"), QStringLiteral("Queen of Tears"),
                              QStringLiteral("선재 업고 튀어 OST")}));
        const QJsonObject other = albums.at(2).toObject();
        QCOMPARE(other[u"kind"].toString(), QStringLiteral("soundtrack"));
        QCOMPARE(other[u"parts"].toArray().size(), 3);
        for (const QJsonValue& album : albums) {
            QVERIFY(album[u"notesSource"].isNull());
            for (const QJsonValue& track : album[u"tracks"].toArray())
                QVERIFY2(track[u"notes"].isNull(), qPrintable(track[u"path"].toString()));
        }
    }

    // Two copies of one album in two folders are two albums, told apart by their folders; a
    // damaged file of one copy is reported and belongs to neither.
    void keepsCopiesInTwoFoldersApart()
    {
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        for (const char* copy : {"Music", "Backup"}) {
            for (int number = 1; number <= 3; ++number) {
                demo::FixtureTags tags;
                tags.album = QStringLiteral("Happen");
                tags.albumArtist = QStringLiteral("Heize");
                tags.artist = QStringLiteral("Heize");
                tags.title = QStringLiteral("Track %1").arg(number);
                tags.trackNumber = number;
                tags.year = 2020;
                QVERIFY(corpus
                            .write(QStringLiteral("%1/Heize - Happen/%2.flac")
                                       .arg(QString::fromLatin1(copy))
                                       .arg(number),
                                   demo::FixtureFormat::Flac, tags)
                            .isEmpty());
            }
        }
        QFile damaged(corpus.path(QStringLiteral("Backup/Heize - Happen/4.flac")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("fLaC but nothing after");
        damaged.close();

        const auto run =
            runLiner({QStringLiteral("--albums"), dir.path(), QStringLiteral("--json")});
        QVERIFY2(run.err.contains("4.flac"), run.err.constData());
        const QJsonArray albums = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(albums.size(), 2);
        QStringList distinctions;
        for (const QJsonValue& album : albums) {
            QCOMPARE(album[u"title"].toString(), QStringLiteral("Happen"));
            QCOMPARE(album[u"trackCount"].toInt(), 3);
            QCOMPARE(album[u"folders"].toArray().size(), 1);
            QList<int> numbers;
            for (const QJsonValue& track : album[u"tracks"].toArray())
                numbers << track[u"trackNumber"].toInt();
            QCOMPARE(numbers, (QList<int>{1, 2, 3}));
            distinctions << album[u"distinction"].toString();
        }
        distinctions.sort();
        QCOMPARE(distinctions, (QStringList{QStringLiteral("Backup/Heize - Happen"),
                                            QStringLiteral("Music/Heize - Happen")}));
    }

    // A two-disc set ripped into CD1/ and CD2/ (with or without disc numbers) is one album.
    void keepsDiscSubfoldersTogether_data()
    {
        QTest::addColumn<QStringList>("discFolders");
        QTest::addColumn<bool>("discTags");
        QTest::newRow("CD1, CD2") << QStringList{QStringLiteral("CD1"), QStringLiteral("CD2")}
                                  << true;
        QTest::newRow("Disc 1, Disc 2, untagged")
            << QStringList{QStringLiteral("Disc 1"), QStringLiteral("Disc 2")} << false;
        QTest::newRow("[Disc 1 of 2]") << QStringList{QStringLiteral("Album [Disc 1 of 2]"),
                                                      QStringLiteral("Album [Disc 2 of 2]")}
                                       << true;
    }

    void keepsDiscSubfoldersTogether()
    {
        QFETCH(QStringList, discFolders);
        QFETCH(bool, discTags);
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        for (int disc = 1; disc <= 2; ++disc) {
            for (int number = 1; number <= 2; ++number) {
                demo::FixtureTags tags;
                tags.album = QStringLiteral("Two Discs");
                tags.artist = QStringLiteral("Someone");
                tags.title = QStringLiteral("%1-%2").arg(disc).arg(number);
                tags.trackNumber = number;
                tags.discNumber = discTags ? disc : 0;
                QVERIFY(corpus
                            .write(QStringLiteral("Two Discs/%1/%2.flac")
                                       .arg(discFolders.at(disc - 1))
                                       .arg(number),
                                   demo::FixtureFormat::Flac, tags)
                            .isEmpty());
            }
        }
        const QJsonArray albums = albumsOf({dir.path()});
        QCOMPARE(albums.size(), 1);
        const QJsonObject album = albums.first().toObject();
        QCOMPARE(album[u"kind"].toString(), QStringLiteral("album"));
        QCOMPARE(album[u"folders"].toArray(),
                 QJsonArray{QDir(dir.path()).filePath(QStringLiteral("Two Discs"))});
        QStringList order;
        for (const QJsonValue& track : album[u"tracks"].toArray())
            order << track[u"title"].toString();
        QCOMPARE(order, (QStringList{QStringLiteral("1-1"), QStringLiteral("1-2"),
                                     QStringLiteral("2-1"), QStringLiteral("2-2")}));
    }

    // Sort tags order the library, and Hangul sorts in Korean dictionary order, decomposed jamo
    // (as macOS writes names) included; Latin letters regardless of case.
    void ordersBySortTagsAndKoreanCollation()
    {
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        const QString decomposedNabi =
            QStringLiteral("나비").normalized(QString::NormalizationForm_D);
        const QList<std::pair<QString, QString>> albums{
            {QStringLiteral("하늘"), {}}, {QStringLiteral("The Wall"), QStringLiteral("Wall, The")},
            {decomposedNabi, {}},         {QStringLiteral("Unplugged"), {}},
            {QStringLiteral("가을"), {}}, {QStringLiteral("abba gold"), {}},
        };
        int folder = 0;
        for (const auto& [album, sort] : albums) {
            demo::FixtureTags tags;
            tags.album = album;
            tags.title = album;
            tags.artist = QStringLiteral("Artist");
            tags.trackNumber = 1;
            if (!sort.isEmpty())
                tags.extra.insert(QStringLiteral("ALBUMSORT"), sort);
            QVERIFY(corpus
                        .write(QStringLiteral("%1/01.mp3").arg(++folder), demo::FixtureFormat::Mp3,
                               tags)
                        .isEmpty());
        }
        QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
        english.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
        QCOMPARE(titlesOf(albumsOf({dir.path()}, english)),
                 (QStringList{QStringLiteral("abba gold"), QStringLiteral("Unplugged"),
                              QStringLiteral("The Wall"), QStringLiteral("가을"), decomposedNabi,
                              QStringLiteral("하늘")}));
        QProcessEnvironment korean = QProcessEnvironment::systemEnvironment();
        korean.insert(QStringLiteral("LC_ALL"), QStringLiteral("ko_KR.UTF-8"));
        const QStringList inKorean = titlesOf(albumsOf({dir.path()}, korean));
        const QStringList hangul{QStringLiteral("가을"), decomposedNabi, QStringLiteral("하늘")};
        QCOMPARE(inKorean.size(), 6);
        QVERIFY2(inKorean.mid(0, 3) == hangul || inKorean.mid(3, 3) == hangul,
                 qPrintable(inKorean.join(u", ")));
    }

    // A folder named beside one that holds it is walked once: every track once.
    void listsNestedFoldersOnce()
    {
        QTemporaryDir dir;
        RealWorldCorpus corpus(dir.path());
        QVERIFY(corpus.writeSingles(QStringLiteral("Music"), Store::Bugs, {1, 2}).isEmpty());
        const QString inner = QDir(dir.path()).filePath(QStringLiteral("Music"));
        const QJsonArray albums = albumsOf({dir.path(), inner, dir.path()});
        QCOMPARE(albums.size(), 1);
        QCOMPARE(albums.first()[u"trackCount"].toInt(), 4);
        const auto scan =
            runLiner({QStringLiteral("--scan"), inner, dir.path(), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(scan.out).array().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestAlbums)
#include "tst_albums.moc"
