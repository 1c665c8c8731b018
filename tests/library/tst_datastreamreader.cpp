#include "library/DataStreamReader.h"

#include <QDataStream>
#include <QIODevice>
#include <QTest>
#include <cmath>
#include <limits>
#include <utility>

using liner::library::DataStreamReader;

namespace {

// One of each field a cache row holds, with the values that tell a reader apart from
// QDataStream: signs, NaN and infinities, null against empty, text beyond the BMP, zero bytes.
struct Fields
{
    quint8 layout = 0;
    qint16 sheet = 0;
    quint16 year = 0;
    qint32 duration = 0;
    quint32 count = 0;
    qint64 start = 0;
    double gain = 0;
    double peak = 0;
    double missing = 0;
    bool cover = false;
    bool readable = false;
    QString null;
    QString empty;
    QString korean;
    QString emoji;
    QByteArray nullBytes;
    QByteArray emptyBytes;
    QByteArray binary;
    QStringList texts;

    template <typename Stream> void readFrom(Stream& in)
    {
        in >> layout >> sheet >> year >> duration >> count >> start >> gain >> peak >> missing >>
            cover >> readable >> null >> empty >> korean >> emoji >> nullBytes >> emptyBytes >>
            binary >> texts;
    }
};

// One value of type T read from `bytes`, and whether the reader was still ok after it.
template <typename T> std::pair<T, bool> readOne(const QByteArray& bytes)
{
    DataStreamReader reader(bytes);
    T value;
    reader >> value;
    return {value, reader.ok()};
}

QByteArray written()
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(2) << qint16(-1) << quint16(2024) << qint32(-123456) << quint32(4000000000U)
        << qint64(-9'000'000'000'000LL) << -6.73 << std::numeric_limits<double>::infinity()
        << std::numeric_limits<double>::quiet_NaN() << true << false << QString() << QString(u""_qs)
        << QStringLiteral("눈물의 여왕") << QStringLiteral("🎵 Queen of Tears") << QByteArray()
        << QByteArray("") << QByteArray("a\0b\xff", 4)
        << QStringList{QStringLiteral("백현우"), QString(), QString(u""_qs)};
    return bytes;
}

} // namespace

class TestDataStreamReader : public QObject
{
    Q_OBJECT

private slots:
    // What the reader gives is what QDataStream gives for the same bytes, null strings included.
    void readsWhatQDataStreamReads()
    {
        const QByteArray bytes = written();
        Fields expected;
        QDataStream in(bytes);
        in.setVersion(QDataStream::Qt_6_4);
        expected.readFrom(in);
        QCOMPARE(in.status(), QDataStream::Ok);
        QVERIFY(in.atEnd());

        Fields read;
        DataStreamReader reader(bytes);
        read.readFrom(reader);
        QVERIFY(reader.ok());
        QVERIFY(reader.atEnd());
        QCOMPARE(read.layout, expected.layout);
        QCOMPARE(read.sheet, qint16(-1));
        QCOMPARE(read.year, expected.year);
        QCOMPARE(read.duration, qint32(-123456));
        QCOMPARE(read.count, 4000000000U);
        QCOMPARE(read.start, expected.start);
        QCOMPARE(read.gain, -6.73);
        QVERIFY(std::isinf(read.peak) && read.peak > 0);
        QVERIFY(std::isnan(read.missing));
        QCOMPARE(read.cover, true);
        QCOMPARE(read.readable, false);
        for (const auto& [mine, theirs] :
             {std::pair{&read.null, &expected.null}, std::pair{&read.empty, &expected.empty},
              std::pair{&read.korean, &expected.korean}, std::pair{&read.emoji, &expected.emoji}}) {
            QCOMPARE(*mine, *theirs);
            QCOMPARE(mine->isNull(), theirs->isNull());
        }
        QVERIFY(read.null.isNull());
        QVERIFY(!read.empty.isNull());
        QCOMPARE(read.emoji, QStringLiteral("🎵 Queen of Tears"));
        for (const auto& [mine, theirs] : {std::pair{&read.nullBytes, &expected.nullBytes},
                                           std::pair{&read.emptyBytes, &expected.emptyBytes},
                                           std::pair{&read.binary, &expected.binary}}) {
            QCOMPARE(*mine, *theirs);
            QCOMPARE(mine->isNull(), theirs->isNull());
        }
        QCOMPARE(read.binary.size(), 4);
        QCOMPARE(read.texts, expected.texts);
        QCOMPARE(read.texts.size(), 3);
        QCOMPARE(read.texts[1].isNull(), expected.texts[1].isNull());
        QCOMPARE(read.texts[2].isNull(), expected.texts[2].isNull());
    }

    // Bytes cut short anywhere stop the reader, which touches nothing beyond them (the sanitizers
    // run this too) and gives default values from there on.
    void bytesCutShortAreNotTrusted()
    {
        const QByteArray bytes = written();
        for (qsizetype size = 0; size < bytes.size(); ++size) {
            const QByteArray cut = bytes.left(size);
            DataStreamReader reader(cut);
            Fields read;
            read.readFrom(reader);
            QVERIFY2(!reader.ok(), qPrintable(QString::number(size)));
            QVERIFY(read.texts.isEmpty());
        }
    }

    // Lengths that cannot be (beyond the bytes, odd for UTF-16, a count of strings that could not
    // fit) stop the reader without allocating what they claim.
    void impossibleLengthsAreNotTrusted()
    {
        for (const QByteArray& bytes :
             {QByteArray("\x7f\xff\xff\xf0", 4), QByteArray("\x00\x00\x00\x03xyz", 7),
              QByteArray("\x00\x00\x00\x04\x00", 5)}) {
            const auto [text, ok] = readOne<QString>(bytes);
            QVERIFY(!ok);
            QVERIFY(text.isNull());
        }
        const auto [data, dataOk] = readOne<QByteArray>(QByteArray("\x7f\xff\xff\xf0xy", 6));
        QVERIFY(!dataOk);
        QVERIFY(data.isNull());
        const auto [texts, textsOk] =
            readOne<QStringList>(QByteArray("\x10\x00\x00\x00\x00\x00\x00\x00", 8));
        QVERIFY(!textsOk);
        QVERIFY(texts.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataStreamReader)
#include "tst_datastreamreader.moc"
