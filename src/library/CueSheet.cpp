#include "library/CueSheet.h"

#include "common/InputFile.h"
#include "common/TextDecoding.h"
#include "library/LibraryScanner.h"
#include "library/ReplayGainText.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace liner::library {

namespace {

// Splits a line into words, a double-quoted string being one word.
QStringList words(const QString& line)
{
    static const QRegularExpression word(QStringLiteral(R"re("([^"]*)"?|(\S+))re"));
    QStringList result;
    for (const QRegularExpressionMatch& match : word.globalMatch(line))
        result << (match.hasCaptured(1) ? match.captured(1) : match.captured(2));
    return result;
}

// A number written as 1 to `most` ASCII digits, nothing else (no sign, no blank).
std::optional<qint64> unsignedNumber(QStringView text, qsizetype most)
{
    if (text.isEmpty() || text.size() > most)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// mm:ss:ff, ff being 1/75 s (a CD frame). Minutes may run past 99 (a long recording), but not
// past five digits: 69 days is no audio file's length, and the arithmetic below cannot overflow.
std::optional<qint64> cueTimeUs(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    const std::optional<qint64> minutes = unsignedNumber(parts[0], 5);
    const std::optional<qint64> seconds = unsignedNumber(parts[1], 2);
    const std::optional<qint64> frames = unsignedNumber(parts[2], 2);
    if (!minutes || !seconds || !frames || *seconds >= 60 || *frames >= 75)
        return std::nullopt;
    const qint64 cdFrames = (*minutes * 60 + *seconds) * 75 + *frames;
    // Rounded to the microsecond; the engine rounds back to the exact sample.
    return (cdFrames * 1'000'000 + 37) / 75;
}

// REM REPLAYGAIN_TRACK_GAIN -3.2 dB, as foobar2000 and EAC write them.
void readReplayGain(const QStringList& w, ReplayGainTags& gain, bool trackLevel)
{
    if (w.size() < 3)
        return;
    const QString key = w[1].toUpper();
    const QString value = w.mid(2).join(QLatin1Char(' '));
    if (key == (trackLevel ? u"REPLAYGAIN_TRACK_GAIN" : u"REPLAYGAIN_ALBUM_GAIN"))
        (trackLevel ? gain.trackGainDb : gain.albumGainDb) = replayGainValue(value);
    else if (key == (trackLevel ? u"REPLAYGAIN_TRACK_PEAK" : u"REPLAYGAIN_ALBUM_PEAK"))
        (trackLevel ? gain.trackPeak : gain.albumPeak) = replayGainValue(value);
}

} // namespace

CueSheet CueSheet::read(const QString& path)
{
    const InputBytes file = readInputFile(path, InputKind::CueSheet);
    if (!file.ok()) {
        CueSheet sheet;
        sheet.path = path;
        sheet.problems << QStringLiteral("%1: %2").arg(path, file.error);
        return sheet;
    }
    return parse(file.bytes, path);
}

CueSheet CueSheet::parse(const QByteArray& bytes, const QString& path)
{
    CueSheet sheet;
    sheet.path = path;
    const QString folder = QFileInfo(path).absolutePath();
    const DecodedText text = decodeText(bytes);
    sheet.encoding = text.encoding;
    if (!text.isDecided())
        sheet.problems << QStringLiteral("%1: %2").arg(path, undecidedEncodingProblem());
    QStringView content = text.text;
    if (content.startsWith(QChar::ByteOrderMark))
        content = content.sliced(1);
    const QStringList lines =
        content.toString().split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    CueTrack* track = nullptr;
    bool trackHasStart = false;
    const auto problem = [&sheet](int line, const QString& what) {
        sheet.problems << QStringLiteral("%1:%2: %3").arg(sheet.path).arg(line).arg(what);
    };
    const auto closeTrack = [&] {
        if (track != nullptr && !trackHasStart) {
            sheet.files.last().tracks.removeLast();
        }
        track = nullptr;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList w = words(lines[i]);
        if (w.isEmpty())
            continue;
        const QString command = w[0].toUpper();
        const QString argument = w.value(1);
        if (command == u"FILE") {
            closeTrack();
            if (argument.isEmpty()) {
                problem(i + 1, QStringLiteral("FILE without a file name"));
                continue;
            }
            sheet.files << CueFile{resolveAudioFile(folder, argument), {}};
        } else if (command == u"TRACK") {
            closeTrack();
            if (sheet.files.isEmpty()) {
                problem(i + 1, QStringLiteral("TRACK before any FILE"));
                continue;
            }
            if (w.value(2).toUpper() != u"AUDIO")
                continue; // data tracks of an enhanced CD
            track = &sheet.files.last().tracks.emplace_back();
            track->number = argument.toInt();
            trackHasStart = false;
        } else if (command == u"INDEX" && track != nullptr) {
            if (argument.toInt() != 1)
                continue; // the pregap (INDEX 00) belongs to the track before
            const std::optional<qint64> start = cueTimeUs(w.value(2));
            if (!start) {
                problem(i + 1, QStringLiteral("unreadable INDEX time \"%1\"").arg(w.value(2)));
                continue;
            }
            track->startUs = *start;
            trackHasStart = true;
        } else if (command == u"TITLE") {
            (track != nullptr ? track->title : sheet.title) = argument;
        } else if (command == u"PERFORMER") {
            (track != nullptr ? track->performer : sheet.performer) = argument;
        } else if (command == u"SONGWRITER" && track != nullptr) {
            track->songwriter = argument;
        } else if (command == u"ISRC" && track != nullptr) {
            track->isrc = argument;
        } else if (command == u"REM") {
            const QString key = argument.toUpper();
            if (track != nullptr)
                readReplayGain(w, track->replayGain, true);
            else if (key == u"GENRE")
                sheet.genre = w.mid(2).join(QLatin1Char(' '));
            else if (key == u"DATE")
                sheet.year = w.value(2).left(4).toInt();
            else
                readReplayGain(w, sheet.albumGain, false);
        }
    }
    closeTrack();
    for (qsizetype f = sheet.files.size() - 1; f >= 0; --f) {
        if (sheet.files[f].tracks.isEmpty())
            sheet.files.removeAt(f);
    }
    if (sheet.files.isEmpty() && sheet.problems.isEmpty())
        problem(0, QStringLiteral("no audio tracks"));
    return sheet;
}

QString CueSheet::resolveAudioFile(const QString& sheetFolder, const QString& fileName)
{
    const QDir folder(sheetFolder);
    QString named = QDir::cleanPath(folder.absoluteFilePath(QDir::fromNativeSeparators(fileName)));
    if (QFileInfo(named).isFile())
        return named;
    const QFileInfo info(named);
    for (const QString& extension : LibraryScanner::audioExtensions()) {
        QString candidate = info.dir().filePath(info.completeBaseName() + u'.' + extension);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return named;
}

} // namespace liner::library
