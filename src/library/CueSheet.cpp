#include "library/CueSheet.h"

#include "common/TextDecoding.h"
#include "library/LibraryScanner.h"
#include "library/ReplayGainText.h"

#include <QDir>
#include <QFile>
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

// mm:ss:ff, ff being 1/75 s (a CD frame).
std::optional<qint64> cueTimeUs(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    bool okMinutes = false;
    bool okSeconds = false;
    bool okFrames = false;
    const qint64 minutes = parts[0].toLongLong(&okMinutes);
    const qint64 seconds = parts[1].toLongLong(&okSeconds);
    const qint64 frames = parts[2].toLongLong(&okFrames);
    if (!okMinutes || !okSeconds || !okFrames || seconds >= 60 || frames >= 75 || minutes < 0)
        return std::nullopt;
    const qint64 cdFrames = (minutes * 60 + seconds) * 75 + frames;
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CueSheet sheet;
        sheet.path = path;
        sheet.problems << QStringLiteral("%1: %2").arg(path, file.errorString());
        return sheet;
    }
    // A sheet is a few kilobytes; anything far larger is not one.
    constexpr qint64 kMaxSheetBytes = 1 << 20;
    return parse(file.read(kMaxSheetBytes), path);
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
