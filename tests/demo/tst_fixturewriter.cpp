#include "demo/FixtureWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <taglib/aifffile.h>
#include <taglib/apefile.h>
#include <taglib/apetag.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/wavpackfile.h>
#include <taglib/xiphcomment.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
}

using namespace liner::demo;

namespace {

struct Decoded
{
    QString error;
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples;  // interleaved
    qint64 containerFrames = -1; // the stream duration the container declares, if any
    qint64 frames() const { return channels ? qint64(samples.size()) / channels : 0; }
};

// Decodes the whole file the way a player would: FFmpeg applies encoder delay and padding
// (skip-samples side data, LAME header, MP4 edit list, Opus pre-skip) itself.
Decoded decode(const QString& path)
{
    Decoded out;
    AVFormatContext* raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (avformat_open_input(&raw, file.constData(), nullptr, nullptr) < 0) {
        out.error = QStringLiteral("cannot open");
        return out;
    }
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> format(
        raw, [](AVFormatContext* f) { avformat_close_input(&f); });
    avformat_find_stream_info(raw, nullptr);
    const AVCodec* codec = nullptr;
    const int stream = av_find_best_stream(raw, AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (stream < 0) {
        out.error = QStringLiteral("no audio stream");
        return out;
    }
    std::unique_ptr<AVCodecContext, void (*)(AVCodecContext*)> ctx(
        avcodec_alloc_context3(codec), [](AVCodecContext* c) { avcodec_free_context(&c); });
    avcodec_parameters_to_context(ctx.get(), raw->streams[stream]->codecpar);
    if (avcodec_open2(ctx.get(), codec, nullptr) < 0) {
        out.error = QStringLiteral("cannot open the decoder");
        return out;
    }
    out.sampleRate = ctx->sample_rate;
    out.channels = ctx->ch_layout.nb_channels;
    if (const AVStream* s = raw->streams[stream]; s->duration != AV_NOPTS_VALUE)
        out.containerFrames = av_rescale_q(s->duration, s->time_base, {1, out.sampleRate});

    SwrContext* swrRaw = nullptr;
    swr_alloc_set_opts2(&swrRaw, &ctx->ch_layout, AV_SAMPLE_FMT_FLT, ctx->sample_rate,
                        &ctx->ch_layout, ctx->sample_fmt, ctx->sample_rate, 0, nullptr);
    std::unique_ptr<SwrContext, void (*)(SwrContext*)> swr(swrRaw,
                                                           [](SwrContext* s) { swr_free(&s); });
    swr_init(swr.get());

    AVPacket* packet = av_packet_alloc();
    AVFrame* frame = av_frame_alloc();
    const auto receive = [&] {
        while (avcodec_receive_frame(ctx.get(), frame) >= 0) {
            const std::size_t at = out.samples.size();
            out.samples.resize(at + std::size_t(frame->nb_samples) * std::size_t(out.channels));
            auto* dst = reinterpret_cast<uint8_t*>(out.samples.data() + at);
            swr_convert(swr.get(), &dst, frame->nb_samples,
                        const_cast<const uint8_t**>(frame->extended_data), frame->nb_samples);
            av_frame_unref(frame);
        }
    };
    while (av_read_frame(raw, packet) >= 0) {
        if (packet->stream_index == stream && avcodec_send_packet(ctx.get(), packet) >= 0)
            receive();
        av_packet_unref(packet);
    }
    avcodec_send_packet(ctx.get(), nullptr);
    receive();
    av_frame_free(&frame);
    av_packet_free(&packet);
    return out;
}

long quantise(float x, int bits)
{
    const double scale = std::ldexp(1.0, bits - 1);
    return long(std::clamp(std::nearbyint(double(x) * scale), -scale, scale - 1));
}

// The lag (in frames) at which the decoded left channel best matches the input: 0 means the
// decoder's delay compensation lines the audio up exactly.
int bestLag(const PcmBuffer& input, const Decoded& decoded)
{
    const int window = 8192;
    const int start = 20000;
    int best = 0;
    double bestScore = -1e300;
    for (int lag = -1200; lag <= 1200; ++lag) {
        double score = 0;
        for (int i = start; i < start + window; ++i)
            score += double(input.samples[std::size_t(2 * i)]) *
                     decoded.samples[std::size_t(2 * (i + lag))];
        if (score > bestScore) {
            bestScore = score;
            best = lag;
        }
    }
    return best;
}

FixtureTags hangulTags()
{
    FixtureTags tags;
    tags.title = QStringLiteral("눈물의 여왕");
    tags.artist = QStringLiteral("김수현");
    tags.albumArtist = QStringLiteral("김지원 & 김수현");
    tags.album = QStringLiteral("눈물의 여왕 OST — 테스트");
    tags.genre = QStringLiteral("드라마 OST");
    tags.mood = QStringLiteral("애틋함");
    tags.lyrics = QStringLiteral("눈물이 흘러도\n다시 웃을게요\nLine three");
    tags.comment = QStringLiteral("테스트 파일");
    tags.trackNumber = 7;
    tags.discNumber = 2;
    tags.year = 2024;
    tags.embedCover = true;
    return tags;
}

bool hasPicture(const QString& path, FixtureFormat format)
{
    const QByteArray file = QFile::encodeName(path);
    switch (format) {
    case FixtureFormat::Mp3: {
        TagLib::MPEG::File f(file.constData());
        return f.ID3v2Tag() && !f.ID3v2Tag()->frameListMap()["APIC"].isEmpty();
    }
    case FixtureFormat::Wav: {
        TagLib::RIFF::WAV::File f(file.constData());
        return f.hasID3v2Tag() && !f.ID3v2Tag()->frameListMap()["APIC"].isEmpty();
    }
    case FixtureFormat::Flac: {
        TagLib::FLAC::File f(file.constData());
        return !f.pictureList().isEmpty() && f.pictureList().front()->data().size() > 1000;
    }
    case FixtureFormat::Vorbis: {
        TagLib::Ogg::Vorbis::File f(file.constData());
        return !f.tag()->pictureList().isEmpty();
    }
    case FixtureFormat::Opus: {
        TagLib::Ogg::Opus::File f(file.constData());
        return !f.tag()->pictureList().isEmpty();
    }
    case FixtureFormat::Aac:
    case FixtureFormat::Alac: {
        TagLib::MP4::File f(file.constData());
        return f.tag()->contains("covr") && !f.tag()->item("covr").toCoverArtList().isEmpty();
    }
    case FixtureFormat::WavPack: {
        TagLib::WavPack::File f(file.constData());
        return f.APETag() && f.APETag()->itemListMap().contains("COVER ART (FRONT)");
    }
    case FixtureFormat::Aiff: {
        TagLib::RIFF::AIFF::File f(file.constData());
        return f.hasID3v2Tag() && !f.tag()->frameListMap()["APIC"].isEmpty();
    }
    }
    return false;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFixtureWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formats_data()
    {
        QTest::addColumn<FixtureFormat>("format");
        for (FixtureFormat format : allFixtureFormats())
            QTest::newRow(qPrintable(formatName(format))) << format;
    }

    void formats()
    {
        QFETCH(FixtureFormat, format);
        // An odd length, so no codec's frame size divides it and the last frame is partial.
        const PcmBuffer pcm = fixtureSignal(44100, 2, 2 * 44100 + 1237, 3);
        QCOMPARE(pcm.frames(), 2 * 44100 + 1237);
        const QString path = m_dir.filePath(
            QStringLiteral("눈물 %1.%2").arg(formatName(format), fileExtension(format)));
        const FixtureTags tags = hangulTags();
        QCOMPARE(writeFixture(path, format, pcm, tags), QString());

        const Decoded decoded = decode(path);
        QCOMPARE(decoded.error, QString());
        QCOMPARE(decoded.channels, 2);
        if (isLossless(format)) {
            QCOMPARE(decoded.sampleRate, 44100);
            QCOMPARE(decoded.frames(), pcm.frames());
            for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
                if (quantise(decoded.samples[i], 16) != quantise(pcm.samples[i], 16))
                    QFAIL(qPrintable(QStringLiteral("sample %1 differs").arg(i)));
            }
        } else {
            const double expected = double(pcm.frames()) * decoded.sampleRate / pcm.sampleRate;
            const qint64 difference = decoded.frames() - qint64(std::llround(expected));
            const int lag = decoded.sampleRate == pcm.sampleRate ? bestLag(pcm, decoded) : 0;
            qInfo("%s: %lld frames decoded at %d Hz, expected %.1f (difference %lld), "
                  "container says %lld, lag %d",
                  qPrintable(formatName(format)), decoded.frames(), decoded.sampleRate, expected,
                  difference, decoded.containerFrames, lag);
            if (format == FixtureFormat::Aac) {
                // FFmpeg 5.1 applies the MP4 edit list's start (priming) but not its end: the
                // decoder returns the last frame's padding too. The edit list itself is exact,
                // so a gapless player trims to the stream duration.
                QCOMPARE(decoded.containerFrames, pcm.frames());
                QVERIFY2(difference >= 0 && difference < 1024,
                         qPrintable(QString::number(difference)));
            } else {
                // LAME header, Vorbis granule positions and Opus pre-skip/end trimming are
                // applied by FFmpeg; Opus may round by one frame after resampling to 48 kHz.
                QVERIFY2(std::abs(difference) <= (format == FixtureFormat::Opus ? 1 : 0),
                         qPrintable(QString::number(difference)));
            }
            QCOMPARE(lag, 0);
        }

        const TagLib::FileRef ref(QFile::encodeName(path).constData());
        QVERIFY(!ref.isNull());
        const TagLib::PropertyMap props = ref.file()->properties();
        const auto check = [&props](const char* key, const QString& expected) {
            QVERIFY2(props.contains(key), key);
            const QString actual = QString::fromStdString(props[key].front().to8Bit(true));
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(key), actual)));
        };
        check("TITLE", tags.title);
        check("ARTIST", tags.artist);
        check("ALBUMARTIST", tags.albumArtist);
        check("ALBUM", tags.album);
        check("GENRE", tags.genre);
        check("MOOD", tags.mood);
        check("LYRICS", tags.lyrics);
        check("COMMENT", tags.comment);
        check("TRACKNUMBER", QStringLiteral("7"));
        check("DISCNUMBER", QStringLiteral("2"));
        check("DATE", QStringLiteral("2024"));
        QVERIFY(hasPicture(path, format));
    }

    void headersWithoutAudio_data()
    {
        QTest::addColumn<FixtureFormat>("format");
        for (const FixtureFormat format :
             {FixtureFormat::Flac, FixtureFormat::Wav, FixtureFormat::Aiff})
            QTest::newRow(qPrintable(formatName(format))) << format;
    }

    // No frames at all: a file a player opens, with its stream, that holds nothing to hear. (The
    // other containers written without frames do not open as audio at all.)
    void headersWithoutAudio()
    {
        QFETCH(FixtureFormat, format);
        const QString path = m_dir.filePath(
            QStringLiteral("empty %1.%2").arg(formatName(format), fileExtension(format)));
        QCOMPARE(encodeAudioFile(path, format, {44100, 2, {}}), QString());
        const Decoded decoded = decode(path);
        QCOMPARE(decoded.error, QString());
        QCOMPARE(decoded.channels, 2);
        QCOMPARE(decoded.frames(), 0);
    }

    void deterministic_data() { formats_data(); }

    void deterministic()
    {
        QFETCH(FixtureFormat, format);
        const PcmBuffer pcm = fixtureSignal(44100, 2, 30000, 9);
        const QString a = m_dir.filePath(QStringLiteral("a.") + fileExtension(format));
        const QString b = m_dir.filePath(QStringLiteral("b.") + fileExtension(format));
        QCOMPARE(writeFixture(a, format, pcm, hangulTags()), QString());
        QCOMPARE(writeFixture(b, format, pcm, hangulTags()), QString());
        QVERIFY(readAll(a) == readAll(b));
    }

    void twentyFourBit_data()
    {
        QTest::addColumn<FixtureFormat>("format");
        for (FixtureFormat format : allFixtureFormats()) {
            if (isLossless(format))
                QTest::newRow(qPrintable(formatName(format))) << format;
        }
    }

    void twentyFourBit()
    {
        QFETCH(FixtureFormat, format);
        const PcmBuffer pcm = fixtureSignal(48000, 2, 48000 + 77, 5);
        const QString path = m_dir.filePath(QStringLiteral("hi.") + fileExtension(format));
        QCOMPARE(encodeAudioFile(path, format, pcm, 24), QString());
        const Decoded decoded = decode(path);
        QCOMPARE(decoded.sampleRate, 48000);
        QCOMPARE(decoded.frames(), pcm.frames());
        for (std::size_t i = 0; i < pcm.samples.size(); ++i) {
            if (quantise(decoded.samples[i], 24) != quantise(pcm.samples[i], 24))
                QFAIL(qPrintable(QStringLiteral("sample %1 differs").arg(i)));
        }
    }

    void monoAndOddRates()
    {
        const PcmBuffer pcm = fixtureSignal(22050, 1, 10000, 2);
        QCOMPARE(pcm.channels, 1);
        const QString path = m_dir.filePath(QStringLiteral("mono.opus"));
        QCOMPARE(encodeAudioFile(path, FixtureFormat::Opus, pcm), QString());
        const Decoded decoded = decode(path);
        QCOMPARE(decoded.channels, 1);
        QCOMPARE(decoded.sampleRate, 48000);
    }

    void reportsFailures()
    {
        const PcmBuffer pcm = fixtureSignal(44100, 2, 1000);
        QVERIFY(!encodeAudioFile(m_dir.filePath(QStringLiteral("no/such/dir/x.flac")),
                                 FixtureFormat::Flac, pcm)
                     .isEmpty());
        QVERIFY(!encodeAudioFile(m_dir.filePath(QStringLiteral("x.mp3")), FixtureFormat::Mp3,
                                 {44100, 0, {}})
                     .isEmpty());
        QVERIFY(!writeTags(m_dir.filePath(QStringLiteral("missing.flac")), FixtureFormat::Flac,
                           hangulTags())
                     .isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestFixtureWriter)
#include "tst_fixturewriter.moc"
