#include "LinerProcess.h"
#include "demo/FixtureWriter.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using liner::testing::writeBytes;
using testing::runLiner;

namespace {

struct Sheet
{
    QString performer;
    QString album;
    QStringList titles;
};

// A CUE sheet as EAC, foobar2000 and old Korean, Japanese and Chinese rippers write them: CRLF,
// in the code page of the ripper's Windows.
QString cueText(const Sheet& sheet, const QString& audioFile)
{
    QStringList lines{QStringLiteral("REM GENRE Soundtrack"), QStringLiteral("REM DATE 2024"),
                      QStringLiteral("PERFORMER \"%1\"").arg(sheet.performer),
                      QStringLiteral("TITLE \"%1\"").arg(sheet.album),
                      QStringLiteral("FILE \"%1\" WAVE").arg(audioFile)};
    for (int i = 0; i < sheet.titles.size(); ++i)
        lines << QStringLiteral("  TRACK %1 AUDIO").arg(i + 1, 2, 10, QChar(u'0'))
              << QStringLiteral("    TITLE \"%1\"").arg(sheet.titles[i])
              << QStringLiteral("    PERFORMER \"%1\"").arg(sheet.performer)
              << QStringLiteral("    INDEX 01 00:%1:00").arg(i, 2, 10, QChar(u'0'));
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder(text);
    return encoder.hasError() ? QByteArray() : bytes;
}

QMap<QString, Sheet> sheets()
{
    return {
        {QStringLiteral("windows-949"),
         {QStringLiteral("헤이즈"),
          QStringLiteral("눈물의 여왕 OST 모음"),
          {QStringLiteral("멈춰줘"), QStringLiteral("똠방각하의 노래"), QStringLiteral("일기")}}},
        {QStringLiteral("EUC-KR"),
         {QStringLiteral("김나영"),
          QStringLiteral("봄날"),
          {QStringLiteral("일기"), QStringLiteral("봄날"), QStringLiteral("그리움")}}},
        {QStringLiteral("Shift_JIS"),
         {QStringLiteral("久石譲"),
          QStringLiteral("千と千尋の神隠し サウンドトラック"),
          {QStringLiteral("あの夏へ"), QStringLiteral("竜の少年"),
           QStringLiteral("いつも何度でも")}}},
        {QStringLiteral("GBK"),
         {QStringLiteral("周杰伦"),
          QStringLiteral("叶惠美"),
          {QStringLiteral("以父之名"), QStringLiteral("晴天"), QStringLiteral("三年二班")}}},
        {QStringLiteral("GB18030"),
         {QStringLiteral("王菲"),
          QStringLiteral("菲靡靡之音"),
          {QStringLiteral("但愿人长久"), QStringLiteral("红豆"),
           QStringLiteral("容易受伤的女人")}}},
        {QStringLiteral("Big5"),
         {QStringLiteral("五月天"),
          QStringLiteral("後青春期的詩"),
          {QStringLiteral("突然好想你"), QStringLiteral("如煙"),
           QStringLiteral("你不是真正的快樂")}}},
        {QStringLiteral("windows-1252"),
         {QStringLiteral("Björk"),
          QStringLiteral("Début — Œuvres"),
          {QStringLiteral("Jóga"), QStringLiteral("Café Müller"), QStringLiteral("L’été")}}},
        {QStringLiteral("UTF-16LE"),
         {QStringLiteral("최유리"),
          QStringLiteral("Promise"),
          {QStringLiteral("약속"), QStringLiteral("Promise"), QStringLiteral("숲")}}},
    };
}

} // namespace

class TestLegacyCharsets : public QObject
{
    Q_OBJECT

private slots:
    // A sheet in each code page rippers wrote comes out of --scan as written; a sheet no encoding
    // reads is reported with its path, its tracks still listed.
    void cueSheetsInEveryCharset()
    {
        QTemporaryDir dir;
        const QMap<QString, Sheet> all = sheets();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const QString folder = dir.filePath(it.key());
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(demo::writeFixture(QDir(folder).filePath(QStringLiteral("rip.flac")),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 3 * 44100), {})
                        .isEmpty());
            QString text = cueText(*it, QStringLiteral("rip.wav"));
            QByteArray bytes = it.key() == u"UTF-16LE"
                                   ? QStringEncoder(QStringConverter::Utf16LE,
                                                    QStringConverter::Flag::WriteBom)(text)
                                         .
                                         operator QByteArray()
                                   : encoded(text, it.key().toLatin1().constData());
            QVERIFY2(!bytes.isEmpty(), qPrintable(it.key()));
            QVERIFY(writeBytes(QDir(folder).filePath(QStringLiteral("rip.cue")), bytes));
        }
        const QString bad = dir.filePath(QStringLiteral("Undecidable"));
        QVERIFY(QDir().mkpath(bad));
        QVERIFY(demo::writeFixture(QDir(bad).filePath(QStringLiteral("rip.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 44100),
                                   {})
                    .isEmpty());
        QVERIFY(writeBytes(QDir(bad).filePath(QStringLiteral("rip.cue")),
                           "TITLE \"\xFF\xFE\xFF\xFD\"\r\nFILE \"rip.flac\" WAVE\r\n"
                           "  TRACK 01 AUDIO\r\n    TITLE \"\xDE\xFD\xFF\xFE\"\r\n"
                           "    INDEX 01 00:00:00\r\n"));

        const auto run = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QMap<QString, QStringList> titles;
        QMap<QString, QString> albums;
        QMap<QString, QString> artists;
        QStringList errors;
        for (const QJsonValue& track : tracks) {
            const QString charset =
                QFileInfo(QFileInfo(track[u"path"].toString()).absolutePath()).fileName();
            if (!track[u"error"].isNull()) {
                errors << track[u"path"].toString() + u' ' + track[u"error"].toString();
                continue;
            }
            titles[charset] << track[u"title"].toString();
            albums[charset] = track[u"album"].toString();
            artists[charset] = track[u"artist"].toString();
        }
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            QCOMPARE(titles.value(it.key()), it->titles);
            QCOMPARE(albums.value(it.key()), it->album);
            QCOMPARE(artists.value(it.key()), it->performer);
        }
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QDir(bad).filePath(QStringLiteral("rip.cue"))),
                 qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(QStringLiteral("character encoding")),
                 qPrintable(errors.first()));
        QCOMPARE(titles.value(QStringLiteral("Undecidable")).size(), 1);
    }

    // Winamp's and foobar2000's .m3u and .pls in the code page of their Windows convert to UTF-8
    // with every title and path as written; an .lrc in CP949 gives its lines.
    void playlistsAndLyricsInEveryCharset_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<QString>("artist");
        QTest::addColumn<QString>("title");
        for (const char* extension : {"m3u", "pls"}) {
            const QString ext = QString::fromLatin1(extension);
            QTest::newRow(qPrintable(ext + QStringLiteral(" CP949")))
                << ext << QStringLiteral("windows-949") << QStringLiteral("헤이즈")
                << QStringLiteral("멈춰줘");
            QTest::newRow(qPrintable(ext + QStringLiteral(" EUC-KR")))
                << ext << QStringLiteral("EUC-KR") << QStringLiteral("김나영")
                << QStringLiteral("일기");
            QTest::newRow(qPrintable(ext + QStringLiteral(" Shift-JIS")))
                << ext << QStringLiteral("Shift_JIS") << QStringLiteral("米津玄師")
                << QStringLiteral("クランベリーとパンケーキ");
            QTest::newRow(qPrintable(ext + QStringLiteral(" GBK")))
                << ext << QStringLiteral("GBK") << QStringLiteral("周杰伦")
                << QStringLiteral("以父之名");
            QTest::newRow(qPrintable(ext + QStringLiteral(" Big5")))
                << ext << QStringLiteral("Big5") << QStringLiteral("五月天")
                << QStringLiteral("突然好想你");
            QTest::newRow(qPrintable(ext + QStringLiteral(" Windows-1252")))
                << ext << QStringLiteral("windows-1252") << QStringLiteral("Motörhead")
                << QStringLiteral("Ace of Spades – Live in Zürich");
        }
    }

    void playlistsAndLyricsInEveryCharset()
    {
        QFETCH(QString, extension);
        QFETCH(QString, charset);
        QFETCH(QString, artist);
        QFETCH(QString, title);
        QTemporaryDir dir;
        const QString entry = QStringLiteral("%1\\%2.mp3").arg(artist, title);
        const QString text =
            extension == u"m3u"
                ? QStringLiteral("#EXTM3U\r\n#EXTINF:215,%1 - %2\r\n%3\r\n")
                      .arg(artist, title, entry)
                : QStringLiteral("[playlist]\r\nFile1=%3\r\nTitle1=%1 - %2\r\nLength1=215\r\n"
                                 "NumberOfEntries=1\r\nVersion=2\r\n")
                      .arg(artist, title, entry);
        const QByteArray bytes = encoded(text, charset.toLatin1().constData());
        QVERIFY(!bytes.isEmpty());
        const QString in = dir.filePath(QStringLiteral("list.") + extension);
        const QString out = dir.filePath(QStringLiteral("list.m3u8"));
        QVERIFY(writeBytes(in, bytes));
        const auto run = runLiner({QStringLiteral("--convert-playlist"), in, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QFile converted(out);
        QVERIFY(converted.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(converted.readAll());
        QVERIFY2(written.contains(QStringLiteral("%1 - %2").arg(artist, title)),
                 qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("%1/%2.mp3").arg(artist, title)),
                 qPrintable(written));

        // The same words as synced lyrics beside a track, in the same code page.
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("song.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410),
                                   {})
                    .isEmpty());
        QVERIFY(writeBytes(
            dir.filePath(QStringLiteral("song.lrc")),
            encoded(
                QStringLiteral("[ar:%1]\r\n[00:01.00]%2\r\n[00:02.50]%1\r\n").arg(artist, title),
                charset.toLatin1().constData())));
        const auto scan =
            runLiner({QStringLiteral("--scan"), dir.filePath(QStringLiteral("song.flac")),
                      QStringLiteral("--json")});
        const QJsonArray lines =
            QJsonDocument::fromJson(scan.out).array().first()[u"syncedLyrics"].toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)[u"text"].toString(), title);
        QCOMPARE(lines.at(1)[u"text"].toString(), artist);
        QVERIFY2(scan.err.isEmpty(), scan.err.constData());
    }

    // An .lrc no encoding reads is named on stderr, not shown as mojibake silently.
    void reportsLyricsOfNoDecidableEncoding()
    {
        QTemporaryDir dir;
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("song.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410),
                                   {})
                    .isEmpty());
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("song.lrc")),
                           "[00:01.00]\xFF\xFE\xFF\xFD \xDE\xFD\xFF\r\n"));
        const auto scan =
            runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(scan.exitCode, 0);
        QVERIFY2(scan.err.contains(QDir(dir.path()).filePath(QStringLiteral("song.lrc")).toUtf8()),
                 scan.err.constData());
        QVERIFY2(scan.err.contains("character encoding"), scan.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLegacyCharsets)
#include "tst_legacycharsets.moc"
