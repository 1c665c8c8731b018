#include "playlist/PlsFormat.h"

#include "playlist/PlaylistText.h"
#include "playlist/WrittenLocation.h"

#include <QMap>

namespace liner::playlist {

namespace {

struct Slot
{
    QString file;
    QByteArray fileBytes; // as the line holds them
    QString title;
    int durationSeconds = -1;
    int firstLine = 0; // the first line that mentions this N
};

struct NumberedKey
{
    QLatin1String field; // empty for a key that is not FileN, TitleN or LengthN
    int n = 0;           // 0 when N is not a positive number
};

NumberedKey splitKey(const QString& key)
{
    for (const QLatin1String field :
         {QLatin1String("file"), QLatin1String("title"), QLatin1String("length")}) {
        if (!key.startsWith(field))
            continue;
        bool ok = false;
        const int n = QStringView(key).sliced(field.size()).toInt(&ok);
        return {field, ok && n > 0 ? n : 0};
    }
    return {};
}

} // namespace

ReadResult readPls(const QByteArray& bytes, const QString& baseDir)
{
    ReadResult result;
    auto& problems = result.problems;
    const TextLines text = decodeLines(bytes, TextEncoding::Detected);
    for (const auto& [line, problem] : text.problems)
        problems.append({line, problem});

    QMap<int, Slot> numbered;
    const QList<QByteArray> raw = lineBytes(bytes, text.lines.size());
    bool sawHeader = false;
    int declaredCount = -1;
    int declaredCountLine = 0;
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = text.lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (line.compare(QLatin1String("[playlist]"), Qt::CaseInsensitive) == 0)
                sawHeader = true;
            else
                problems.append({lineNumber, QStringLiteral("Unknown section %1").arg(line)});
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            problems.append({lineNumber, QStringLiteral("Not a key=value line")});
            continue;
        }
        const QString key = line.first(equals).trimmed().toLower();
        const QString value = line.sliced(equals + 1).trimmed();
        if (key == u"numberofentries") {
            bool ok = false;
            declaredCount = value.toInt(&ok);
            declaredCountLine = lineNumber;
            if (!ok)
                problems.append({lineNumber, QStringLiteral("NumberOfEntries is not a number")});
            continue;
        }
        const auto [field, n] = splitKey(key);
        if (field.isEmpty())
            continue; // Version and keys other players add
        if (n == 0) {
            problems.append({lineNumber, QStringLiteral("%1 has no entry number").arg(key)});
            continue;
        }
        Slot& slot = numbered[n];
        if (slot.firstLine == 0)
            slot.firstLine = lineNumber;
        if (field == u"file") {
            if (value.isEmpty()) {
                problems.append({lineNumber, QStringLiteral("File%1 is empty").arg(n)});
            } else if (!slot.file.isEmpty()) {
                problems.append(
                    {lineNumber, QStringLiteral("File%1 given twice; the first is kept").arg(n)});
            } else {
                slot.file = value;
                slot.fileBytes = raw.value(i).sliced(raw.value(i).indexOf('=') + 1);
            }
        } else if (field == u"title") {
            slot.title = value;
        } else if (!parseDurationSeconds(value, &slot.durationSeconds)) {
            problems.append({lineNumber, QStringLiteral("Length%1 is not a number").arg(n)});
        }
    }
    if (!sawHeader)
        problems.append({1, QStringLiteral("No [playlist] header")});

    for (auto it = numbered.cbegin(); it != numbered.cend(); ++it) {
        if (it->file.isEmpty()) {
            problems.append({it->firstLine, QStringLiteral("Entry %1 has no File").arg(it.key())});
            continue;
        }
        PlaylistEntry entry = PlaylistEntry::fromLocation(it->file, it->fileBytes, baseDir);
        entry.title = it->title;
        entry.durationSeconds = it->durationSeconds;
        result.playlist.entries.append(entry);
    }
    if (declaredCount >= 0 && declaredCount != result.playlist.entries.size())
        problems.append(
            {declaredCountLine, QStringLiteral("NumberOfEntries says %1, the file has %2")
                                    .arg(declaredCount)
                                    .arg(result.playlist.entries.size())});
    return result;
}

QByteArray writePls(const QList<PlaylistEntry>& entries, const WriteOptions& options)
{
    QString text = QStringLiteral("[playlist]\n");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PlaylistEntry& entry = entries[i];
        const qsizetype n = i + 1;
        text += QStringLiteral("File%1=%2\n")
                    .arg(QString::number(n),
                         writtenLocation(entry, options.relativeTo, LocationSyntax::Path));
        if (!entry.title.isEmpty())
            text += QStringLiteral("Title%1=%2\n").arg(QString::number(n), singleLine(entry.title));
        text += QStringLiteral("Length%1=%2\n")
                    .arg(QString::number(n), QString::number(qMax(entry.durationSeconds, -1)));
    }
    text += QStringLiteral("NumberOfEntries=%1\nVersion=2\n").arg(entries.size());
    return text.toUtf8();
}

} // namespace liner::playlist
