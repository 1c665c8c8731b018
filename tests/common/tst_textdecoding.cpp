#include "common/TextDecoding.h"

#include <QStringEncoder>
#include <QTest>

using liner::DecodedText;
using liner::decodeText;

namespace {

// A CUE sheet as rippers write them (EAC, foobar2000, XLD): CRLF, quoted titles and performers.
QString cueSheet(const QString& performer, const QString& title,
                 const QList<std::pair<QString, QString>>& tracks)
{
    QStringList lines{QStringLiteral("REM GENRE Soundtrack"), QStringLiteral("REM DATE 2024"),
                      QStringLiteral("PERFORMER \"%1\"").arg(performer),
                      QStringLiteral("TITLE \"%1\"").arg(title),
                      QStringLiteral("FILE \"%1.flac\" WAVE").arg(title)};
    int number = 0;
    for (const auto& [trackTitle, trackPerformer] : tracks) {
        ++number;
        lines << QStringLiteral("  TRACK %1 AUDIO").arg(number, 2, 10, QChar(u'0'))
              << QStringLiteral("    TITLE \"%1\"").arg(trackTitle)
              << QStringLiteral("    PERFORMER \"%1\"").arg(trackPerformer)
              << QStringLiteral("    INDEX 01 %1:00:00").arg(number * 4, 2, 10, QChar(u'0'));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

// An extended M3U as Winamp and foobar2000 write it in the system's code page.
QString m3u(const QList<std::pair<QString, QString>>& entries)
{
    QStringList lines{QStringLiteral("#EXTM3U")};
    for (const auto& [artist, title] : entries)
        lines << QStringLiteral("#EXTINF:215,%1 - %2").arg(artist, title)
              << QStringLiteral("%1\\%2.mp3").arg(artist, title);
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QByteArray encoded(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    QByteArray bytes = encoder(text);
    Q_ASSERT(!encoder.hasError());
    return bytes;
}

} // namespace

class TextDecodingTest : public QObject
{
    Q_OBJECT

private slots:
    void legacyEncodings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("writtenAs");
        QTest::addColumn<QByteArray>("readAs");

        const QString korean =
            cueSheet(QStringLiteral("눈물의 여왕 OST"), QStringLiteral("눈물의 여왕 OST"),
                     {{QStringLiteral("미소의 이유"), QStringLiteral("부석순")},
                      {QStringLiteral("꿈이 아니라고 말해줘"), QStringLiteral("10CM")},
                      {QStringLiteral("내 마음을 다해 널 사랑해"), QStringLiteral("크러쉬")},
                      {QStringLiteral("그대만 있다면"), QStringLiteral("폴킴")}});
        QTest::newRow("Korean, EUC-KR")
            << korean << QByteArray("EUC-KR") << QByteArray("windows-949");
        QTest::newRow("Korean, CP949")
            << korean << QByteArray("windows-949") << QByteArray("windows-949");
        // Syllables EUC-KR lacks, which only CP949 (Windows' Korean code page) writes.
        QTest::newRow("Korean, CP949 extension")
            << cueSheet(QStringLiteral("똠방각하"), QStringLiteral("뷁 똠얌꿍"),
                        {{QStringLiteral("쌰랄라"), QStringLiteral("똠방각하")}})
            << QByteArray("windows-949") << QByteArray("windows-949");
        // Two names: too little for the detector, so the bias toward Korean decides.
        QTest::newRow("Korean, one short title")
            << cueSheet(QStringLiteral("김나영"), QStringLiteral("봄날"),
                        {{QStringLiteral("봄날"), QStringLiteral("김나영")}})
            << QByteArray("windows-949") << QByteArray("windows-949");
        QTest::newRow("Korean playlist")
            << m3u({{QStringLiteral("헤이즈"), QStringLiteral("내 눈물 모아")},
                    {QStringLiteral("아이유"), QStringLiteral("밤편지")},
                    {QStringLiteral("이소라"), QStringLiteral("바람이 분다")}})
            << QByteArray("windows-949") << QByteArray("windows-949");

        const QString japanese =
            cueSheet(QStringLiteral("久石譲"), QStringLiteral("千と千尋の神隠し サウンドトラック"),
                     {{QStringLiteral("あの夏へ"), QStringLiteral("久石譲")},
                      {QStringLiteral("竜の少年"), QStringLiteral("久石譲")},
                      {QStringLiteral("いつも何度でも"), QStringLiteral("木村弓")}});
        QTest::newRow("Japanese, Shift-JIS")
            << japanese << QByteArray("Shift_JIS") << QByteArray("windows-31j");
        QTest::newRow("Japanese, short")
            << cueSheet(QStringLiteral("米津玄師"), QStringLiteral("Lemon"),
                        {{QStringLiteral("Lemon"), QStringLiteral("米津玄師")},
                         {QStringLiteral("クランベリーとパンケーキ"), QStringLiteral("米津玄師")}})
            << QByteArray("Shift_JIS") << QByteArray("windows-31j");

        const QString simplified =
            cueSheet(QStringLiteral("周杰伦"), QStringLiteral("叶惠美"),
                     {{QStringLiteral("以父之名"), QStringLiteral("周杰伦")},
                      {QStringLiteral("晴天"), QStringLiteral("周杰伦")},
                      {QStringLiteral("三年二班"), QStringLiteral("周杰伦")}});
        QTest::newRow("Chinese, GBK") << simplified << QByteArray("GBK") << QByteArray("GB18030");
        QTest::newRow("Chinese, GB18030")
            << simplified << QByteArray("GB18030") << QByteArray("GB18030");
        // A name said twice: ICU rates the GB18030 and the EUC-KR readings alike.
        QTest::newRow("Chinese playlist, names repeated")
            << m3u({{QStringLiteral("周杰伦"), QStringLiteral("以父之名")}}) << QByteArray("GBK")
            << QByteArray("GB18030");
        QTest::newRow("Chinese, short")
            << cueSheet(QStringLiteral("王菲"), QStringLiteral("菲靡靡之音"),
                        {{QStringLiteral("但愿人长久"), QStringLiteral("王菲")}})
            << QByteArray("GBK") << QByteArray("GB18030");
        QTest::newRow("Chinese, Big5")
            << cueSheet(QStringLiteral("周杰倫"), QStringLiteral("葉惠美"),
                        {{QStringLiteral("以父之名"), QStringLiteral("周杰倫")},
                         {QStringLiteral("晴天"), QStringLiteral("周杰倫")},
                         {QStringLiteral("三年二班"), QStringLiteral("周杰倫")}})
            << QByteArray("Big5") << QByteArray("windows-950");
        QTest::newRow("Chinese, Big5, short")
            << cueSheet(QStringLiteral("五月天"), QStringLiteral("後青春期的詩"),
                        {{QStringLiteral("突然好想你"), QStringLiteral("五月天")}})
            << QByteArray("Big5") << QByteArray("windows-950");

        QTest::newRow("French, Windows-1252")
            << cueSheet(QStringLiteral("Édith Piaf"), QStringLiteral("L’Œuvre — Les années Pathé"),
                        {{QStringLiteral("Non, je ne regrette rien"), QStringLiteral("Édith Piaf")},
                         {QStringLiteral("L'Hymne à l'amour"), QStringLiteral("Édith Piaf")}})
            << QByteArray("windows-1252") << QByteArray("windows-1252");
        QTest::newRow("Icelandic and German, one accent each")
            << cueSheet(QStringLiteral("Björk"), QStringLiteral("Homogenic"),
                        {{QStringLiteral("Jóga"), QStringLiteral("Björk")}})
            << QByteArray("windows-1252") << QByteArray("windows-1252");
        QTest::newRow("Western playlist")
            << m3u({{QStringLiteral("Motörhead"), QStringLiteral("Ace of Spades")},
                    {QStringLiteral("Sigur Rós"), QStringLiteral("Starálfur")},
                    {QStringLiteral("Beyoncé"), QStringLiteral("Déjà Vu")},
                    {QStringLiteral("Rosalía"), QStringLiteral("Malamente – Cap.1: Augurio")}})
            << QByteArray("windows-1252") << QByteArray("windows-1252");
    }

    void legacyEncodings()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, writtenAs);
        QFETCH(QByteArray, readAs);
        const DecodedText decoded = decodeText(encoded(text, writtenAs.constData()));
        QCOMPARE(decoded.encoding, readAs);
        QCOMPARE(decoded.text, text);
        QVERIFY(!decoded.byteOrderMark);
    }

    void unicode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<bool>("mark");
        const QString text =
            QStringLiteral("TITLE \"눈물의 여왕\"\r\nPERFORMER \"Kim Soo-hyun\"\r\n");
        QTest::newRow("UTF-8") << text.toUtf8() << QByteArray("UTF-8") << false;
        QTest::newRow("UTF-8 with BOM")
            << "\xEF\xBB\xBF" + text.toUtf8() << QByteArray("UTF-8") << true;
        for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
            const QByteArray name = QStringConverter::nameForEncoding(encoding);
            QTest::newRow(name + " with BOM")
                << QStringEncoder(encoding, QStringEncoder::Flag::WriteBom)(text).
                   operator QByteArray()
                << name << true;
            // Notepad's "Unicode" without its mark, as some rippers save it.
            QTest::newRow(name + " without BOM")
                << QStringEncoder(encoding)(text).operator QByteArray() << name << false;
        }
    }

    void unicode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, encoding);
        QFETCH(bool, mark);
        const DecodedText decoded = decodeText(bytes);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.byteOrderMark, mark);
        QCOMPARE(decoded.text,
                 QStringLiteral("TITLE \"눈물의 여왕\"\r\nPERFORMER \"Kim Soo-hyun\"\r\n"));
    }

    void undecidableBytesAreNotGuessed()
    {
        // Control bytes and bytes no encoding reads as words: reported, not shown as mojibake.
        const QByteArray bytes("TITLE \"\x01\x8D\x90\x9D\xFF\xFE\xFF\x02\"\r\n", 17);
        const DecodedText decoded = decodeText(bytes);
        QVERIFY2(!decoded.isDecided(), decoded.encoding.constData());
        QVERIFY(decoded.text.contains(QChar::ReplacementCharacter));
        // Runs of accented letters that no Latin word has: no encoding reads these as text.
        QVERIFY(!decodeText("TITLE \"\xFF\xFE\xFF\xFD \xDE\xFD\xFF\"\r\n").isDecided());
    }

    void encodesBackInTheFilesEncoding()
    {
        const QString text = QStringLiteral("## 1. 미소의 이유\nMood: 설렘\n");
        for (const QByteArray& encoding :
             {QByteArray("windows-949"), QByteArray("UTF-8"), QByteArray("UTF-16LE")}) {
            const std::optional<QByteArray> bytes = liner::encodeText(text, encoding, false);
            QVERIFY(bytes);
            QCOMPARE(decodeText(*bytes).text, text);
        }
        const std::optional<QByteArray> marked = liner::encodeText(text, "UTF-16BE", true);
        QVERIFY(marked && marked->startsWith("\xFE\xFF"));
        // A character CP949 has no form for.
        QVERIFY(!liner::encodeText(QStringLiteral("미소 😀"), "windows-949", false));
    }
};

QTEST_GUILESS_MAIN(TextDecodingTest)
#include "tst_textdecoding.moc"
