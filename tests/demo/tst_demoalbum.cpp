#include "demo/DemoAlbum.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <taglib/flacfile.h>
#include <taglib/tpropertymap.h>

using namespace liner::demo;

class TestDemoAlbum : public QObject
{
    Q_OBJECT

private slots:
    void trackTable()
    {
        const auto tracks = demoAlbumTracks();
        QVERIFY(tracks.size() >= 8);
        QCOMPARE(demoAlbumTitle(),
                 QString::fromUtf8("Queen of Tears \xE2\x80\x94 Liner Demo Album"));
        QCOMPARE(demoAlbumArtist(), QStringLiteral("Liner Demo Ensemble"));
        for (const char* title : {"The Moment My Heart", "Tears of a Queen", "Promise Me"}) {
            QVERIFY2(
                std::any_of(tracks.begin(), tracks.end(),
                            [&](const DemoTrack& t) { return t.title == QLatin1String(title); }),
                title);
        }
        int number = 0;
        for (const DemoTrack& track : tracks) {
            QCOMPARE(track.number, ++number);
            QVERIFY(!track.mood.isEmpty());
            QVERIFY(!track.artist.isEmpty());
            QVERIFY2(track.frames >= 40 * kDemoSampleRate && track.frames <= 90 * kDemoSampleRate,
                     qPrintable(track.title));
        }
        QVERIFY(
            std::any_of(tracks.begin(), tracks.end(), [](const DemoTrack& t) { return t.ballad; }));
        QVERIFY(std::any_of(tracks.begin(), tracks.end(),
                            [](const DemoTrack& t) { return !t.ballad; }));
    }

    // The build's OUTPUT list (DemoAlbumFiles.cmake) must name exactly what the code writes.
    void fileNamesMatchTheBuild()
    {
        const QStringList fromCMake = QStringLiteral(LINER_DEMO_ALBUM_FILES).split(u'|');
        QCOMPARE(demoAlbumFileNames(), fromCMake);
        QCOMPARE(demoTrackFileName(demoAlbumTracks().front()),
                 QStringLiteral("01 The Moment My Heart.flac"));
    }

    void rendersTheSameBytesTwice()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QCOMPARE(renderDemoAlbum(first.path()), QString());
        QCOMPARE(renderDemoAlbum(second.path()), QString());
        const QStringList written = QDir(first.path()).entryList(QDir::Files, QDir::Name);
        QStringList expected = demoAlbumFileNames();
        expected.sort();
        QCOMPARE(written, expected);
        for (const QString& name : written) {
            QFile a(QDir(first.path()).filePath(name));
            QFile b(QDir(second.path()).filePath(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(name));
        }

        const DemoTrack track = demoAlbumTracks().front();
        const QString path = QDir(first.path()).filePath(demoTrackFileName(track));
        TagLib::FLAC::File file(QFile::encodeName(path).constData());
        QVERIFY(file.isValid());
        QCOMPARE(qint64(file.audioProperties()->sampleFrames()), track.frames);
        QCOMPARE(file.audioProperties()->bitsPerSample(), 16);
        const TagLib::PropertyMap props = file.properties();
        const auto value = [&props](const char* key) {
            return props.contains(key) ? QString::fromStdString(props[key].front().to8Bit(true))
                                       : QString();
        };
        QCOMPARE(value("TITLE"), track.title);
        QCOMPARE(value("ALBUM"), demoAlbumTitle());
        QCOMPARE(value("ALBUMARTIST"), demoAlbumArtist());
        QCOMPARE(value("MOOD"), track.mood);
        QCOMPARE(value("GENRE"), QStringLiteral("Soundtrack"));
        QCOMPARE(value("DATE"), QStringLiteral("2024"));
        QCOMPARE(value("TRACKNUMBER"), QStringLiteral("1"));
        QCOMPARE(value("DISCNUMBER"), QStringLiteral("1"));
        QVERIFY(!file.pictureList().isEmpty());
    }

    void reportsAnUnwritableDirectory()
    {
        QVERIFY(!renderDemoAlbum(QStringLiteral("/proc/liner-cannot-write-here")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoAlbum)
#include "tst_demoalbum.moc"
