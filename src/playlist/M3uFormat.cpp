#include "playlist/M3uFormat.h"

#include "playlist/WrittenLocation.h"

#include <optional>

namespace liner::playlist {

namespace {

struct ExtInf
{
    int durationSeconds = -1;
    QString title;
    int line = 0;
};

// The first comma outside double quotes ends the duration and its attributes (IPTV lists write
// `#EXTINF:-1 tvg-name="A, B",Title`).
qsizetype titleComma(QStringView body)
{
    bool quoted = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == u'"')
            quoted = !quoted;
        else if (body[i] == u',' && !quoted)
            return i;
    }
    return -1;
}

ExtInf parseExtInf(QStringView body, int line, QList<PlaylistProblem>& problems)
{
    ExtInf info;
    info.line = line;
    const qsizetype comma = titleComma(body);
    if (comma < 0)
        problems.append({line, QStringLiteral("#EXTINF has no comma before the title")});
    else
        info.title = body.sliced(comma + 1).trimmed().toString();
    const QStringView attributes = comma < 0 ? body : body.first(comma);
    const QStringView seconds = attributes.trimmed().split(u' ').constFirst();
    if (!parseDurationSeconds(seconds, &info.durationSeconds))
        problems.append({line, QStringLiteral("#EXTINF duration is not a number of seconds")});
    return info;
}

} // namespace

ReadResult readM3u(const QByteArray& bytes, const QString& baseDir, TextEncoding encoding)
{
    ReadResult result;
    const TextLines text = decodeLines(bytes, encoding);
    for (const auto& [line, problem] : text.problems)
        result.problems.append({line, problem});

    std::optional<ExtInf> pending;
    const QList<QByteArray> raw = lineBytes(bytes, text.lines.size());
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = text.lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("#EXTINF:"), Qt::CaseInsensitive)) {
            if (pending)
                result.problems.append(
                    {pending->line, QStringLiteral("#EXTINF without an entry after it")});
            pending = parseExtInf(QStringView(line).sliced(8), lineNumber, result.problems);
        } else if (line.startsWith(QLatin1String("#PLAYLIST:"), Qt::CaseInsensitive)) {
            result.playlist.title = line.sliced(10).trimmed();
        } else if (!line.startsWith(u'#')) {
            PlaylistEntry entry = PlaylistEntry::fromLocation(line, raw.value(i), baseDir);
            if (pending) {
                entry.title = pending->title;
                entry.durationSeconds = pending->durationSeconds;
                pending.reset();
            }
            result.playlist.entries.append(entry);
        }
    }
    if (pending)
        result.problems.append(
            {pending->line, QStringLiteral("#EXTINF without an entry after it")});
    return result;
}

QByteArray writeM3u(const QList<PlaylistEntry>& entries, const WriteOptions& options)
{
    QString text = QStringLiteral("#EXTM3U\n");
    if (!options.title.isEmpty())
        text += QStringLiteral("#PLAYLIST:%1\n").arg(singleLine(options.title));
    for (const PlaylistEntry& entry : entries) {
        if (!entry.title.isEmpty() || entry.durationSeconds >= 0)
            text +=
                QStringLiteral("#EXTINF:%1,%2\n")
                    .arg(QString::number(qMax(entry.durationSeconds, -1)), singleLine(entry.title));
        text += writtenLocation(entry, options.relativeTo, LocationSyntax::Path) + u'\n';
    }
    return text.toUtf8();
}

} // namespace liner::playlist
