#include "app/AnalyzeCommand.h"

#include "analysis/AnalysisStore.h"
#include "analysis/LibraryAnalyzer.h"
#include "analysis/LoudnessMeter.h"
#include "analysis/TrackCharacter.h"
#include "library/LibraryScanner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace liner::app {

namespace {

using analysis::AlbumMeasure;
using analysis::TrackAnalysis;
using analysis::TrackKey;

QJsonValue rounded(std::optional<double> value, int decimals = 2)
{
    if (!value)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString faceName(notes::Face face)
{
    switch (face) {
    case notes::Face::Ballad:
        return QStringLiteral("ballad");
    case notes::Face::Anthem:
        return QStringLiteral("anthem");
    case notes::Face::Unknown:
        break;
    }
    return {};
}

QJsonValue waveformJson(const analysis::Waveform& waveform)
{
    if (waveform.isEmpty())
        return QJsonValue::Null;
    QJsonArray peak;
    QJsonArray rms;
    for (int bin = 0; bin < waveform.bins(); ++bin) {
        peak.append(rounded(waveform.peakAt(bin), 3));
        rms.append(rounded(waveform.rmsAt(bin), 3));
    }
    return QJsonObject{{QStringLiteral("bins"), waveform.bins()},
                       {QStringLiteral("peak"), peak},
                       {QStringLiteral("rms"), rms}};
}

std::optional<double> decibels(double linear)
{
    return linear > 0.0 ? std::optional(20.0 * std::log10(linear)) : std::nullopt;
}

QJsonObject trackJson(const library::Track& track, const TrackAnalysis* analysis,
                      const AlbumMeasure* album)
{
    const QString error = !track.isReadable()   ? track.error
                          : analysis == nullptr ? QStringLiteral("not analysed")
                                                : analysis->error;
    QJsonObject object{
        {QStringLiteral("path"), track.path},
        {QStringLiteral("title"), textOrNull(track.title)},
        {QStringLiteral("cueSheet"), textOrNull(track.cueSheet)},
        {QStringLiteral("startMs"),
         track.cueSheet.isEmpty() ? QJsonValue() : QJsonValue(track.startUs / 1000)},
        {QStringLiteral("error"), textOrNull(error)},
    };
    const bool measured = error.isEmpty();
    const auto put = [&object, measured](const char* name, const QJsonValue& value) {
        object.insert(QLatin1StringView(name), measured ? value : QJsonValue());
    };
    const TrackAnalysis none;
    const TrackAnalysis& a = measured ? *analysis : none;
    // Filled in place: GCC 12 at -O3 takes a copied optional for uninitialised.
    std::optional<double> albumGainDb;
    if (album != nullptr && album->loudnessLufs.has_value())
        albumGainDb = analysis::replayGainDb(album->loudnessLufs.value());
    put("durationMs", a.durationMs);
    put("loudnessLufs", rounded(a.loudnessLufs));
    put("truePeakDb", rounded(a.truePeakDb()));
    put("loudnessRangeLu", rounded(a.loudnessRangeLu));
    put("trackGainDb", rounded(a.trackGainDb()));
    put("trackPeak", rounded(a.truePeak, 6));
    put("albumGainDb", rounded(albumGainDb));
    put("albumPeak", album != nullptr ? rounded(album->truePeak, 6) : QJsonValue());
    put("albumTruePeakDb", album != nullptr ? rounded(decibels(album->truePeak)) : QJsonValue());
    put("tempoBpm", rounded(a.tempoBpm));
    put("key", a.key ? QJsonValue(a.key->tonicName()) : QJsonValue());
    put("mode", a.key ? QJsonValue(a.key->modeName()) : QJsonValue());
    put("energy", rounded(a.energy, 3));
    put("face", textOrNull(faceName(analysis::faceOf(a))));
    put("suggestedMood", textOrNull(analysis::suggestedMood(a)));
    put("waveform", waveformJson(a.waveform));
    return object;
}

QString trackText(const library::Track& track, const QJsonObject& object)
{
    if (!object.value(u"error").isNull())
        return QStringLiteral("%1\n  error: %2\n")
            .arg(track.path, object.value(u"error").toString());
    const auto number = [&object](const char* name, int decimals = 1) {
        const QJsonValue value = object.value(QLatin1StringView(name));
        return value.isNull() ? QStringLiteral("—")
                              : QString::number(value.toDouble(), 'f', decimals);
    };
    const QString key = object.value(u"key").isNull() ? QStringLiteral("key unknown")
                                                      : object.value(u"key").toString() + u' ' +
                                                            object.value(u"mode").toString();
    return QStringLiteral("%1\n  %2 LUFS, true peak %3 dBTP, range %4 LU, track gain %5 dB, album "
                          "gain %6 dB\n  %7 BPM, %8, energy %9 (%10)\n")
        .arg(track.path, number("loudnessLufs"), number("truePeakDb"), number("loudnessRangeLu"),
             number("trackGainDb", 2), number("albumGainDb", 2), number("tempoBpm"), key,
             number("energy", 2), object.value(u"face").toString());
}

} // namespace

int runAnalyze(const QStringList& paths, bool json, const QString& cachePath, QTextStream& out,
               QTextStream& err)
{
    const QList<library::Track> tracks = library::LibraryScanner::scan(paths);
    QHash<TrackKey, const AlbumMeasure*> albumOf;
    QList<AlbumMeasure> albums;
    int analysed = 0;
    int fromCache = 0;
    {
        analysis::LibraryAnalyzer analyzer(cachePath);
        QEventLoop loop;
        QObject::connect(&analyzer, &analysis::LibraryAnalyzer::albumsMeasured, &loop,
                         [&albums](const QList<AlbumMeasure>& measured) { albums = measured; });
        QObject::connect(&analyzer, &analysis::LibraryAnalyzer::finished, &loop,
                         [&](int fresh, int cached) {
                             analysed = fresh;
                             fromCache = cached;
                             loop.quit();
                         });
        analyzer.analyse(tracks);
        loop.exec();
    }
    for (const AlbumMeasure& album : std::as_const(albums)) {
        for (const TrackKey& key : album.tracks)
            albumOf.insert(key, &album);
    }

    analysis::AnalysisStore store(cachePath);
    QJsonArray report;
    int measured = 0;
    for (const library::Track& track : tracks) {
        const TrackKey key = analysis::keyOf(track);
        const std::optional<analysis::StoredTrack> stored =
            track.isReadable() ? store.load(key) : std::nullopt;
        const QJsonObject object =
            trackJson(track, stored ? &stored->analysis : nullptr, albumOf.value(key));
        measured += int(object.value(u"error").isNull());
        if (json)
            report.append(object);
        else
            out << trackText(track, object);
    }
    if (json)
        out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    err << QStringLiteral("liner: analysed %1 tracks, %2 from the cache\n")
               .arg(analysed)
               .arg(fromCache);
    return measured > 0 ? 0 : 1;
}

} // namespace liner::app
