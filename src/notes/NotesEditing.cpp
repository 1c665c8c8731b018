#include "notes/NotesEditing.h"

#include "common/AtomicWrite.h"

namespace liner::notes {

namespace {

QByteArray encodeLines(QStringView text, bool crlf)
{
    QStringList lines;
    for (const QStringView line : text.split(u'\n'))
        lines.append((line.endsWith(u'\r') ? line.chopped(1) : line).toString());
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(crlf ? QStringLiteral("\r\n") : QStringLiteral("\n")).toUtf8();
}

QByteArray replaceRange(const QByteArray& bytes, qsizetype begin, qsizetype end,
                        QByteArray replacement, bool crlf, bool afterUnbrokenHeading = false)
{
    const QByteArray lineBreak = crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    if (!replacement.isEmpty()) {
        // A file that ended without a line break keeps ending that way.
        const bool endedWithoutBreak = end == bytes.size() && end > 0 && bytes[end - 1] != '\n';
        if (!endedWithoutBreak)
            replacement.append(lineBreak);
        // A heading on the file's last line has no break yet for the new body to follow.
        if (afterUnbrokenHeading)
            replacement.prepend(lineBreak);
    }
    QByteArray result = bytes;
    result.replace(begin, end - begin, replacement);
    return result;
}

} // namespace

QByteArray withSectionBody(const LinerNotesDocument& document, int index, QStringView body)
{
    const NotesSection& section = document.sections().at(index);
    const bool headingUnbroken = document.bytes().at(section.bodyBegin - 1) != '\n';
    return document.inFileEncoding(replaceRange(document.bytes(), section.bodyBegin,
                                                section.bodyEnd, encodeLines(body, section.crlf),
                                                section.crlf, headingUnbroken));
}

QByteArray withSectionText(const LinerNotesDocument& document, int index, QStringView text)
{
    const NotesSection& section = document.sections().at(index);
    return document.inFileEncoding(replaceRange(document.bytes(), section.begin, section.bodyEnd,
                                                encodeLines(text, section.crlf), section.crlf));
}

QByteArray withTrackMood(const LinerNotesDocument* document, const QString& albumTitle,
                         const SectionName& track, const QString& mood)
{
    const QString field = QStringLiteral("Mood: ") + mood;
    const int index =
        document != nullptr ? document->findIndex(track.disc, track.number, track.title) : -1;
    if (index >= 0) {
        const QString body = document->sectionBody(index);
        return withSectionBody(*document, index, body.isEmpty() ? field : field + u'\n' + body);
    }
    const QString number = track.number <= 0 ? QString()
                           : track.disc > 1
                               ? QStringLiteral("%1-%2. ").arg(track.disc).arg(track.number)
                               : QStringLiteral("%1. ").arg(track.number);
    QByteArray bytes =
        document != nullptr ? document->bytes() : QStringLiteral("# %1\n").arg(albumTitle).toUtf8();
    const bool crlf = bytes.contains("\r\n");
    QString section = QStringLiteral("\n## %1%2\n%3\n").arg(number, track.title, field);
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        section.prepend(u'\n');
    if (crlf)
        section.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    return bytes + section.toUtf8();
}

bool saveNotesFile(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString failure = common::writeFileAtomically(path, bytes);
    if (error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace liner::notes
