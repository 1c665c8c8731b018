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

bool saveNotesFile(const QString& path, const QByteArray& bytes, QString* error)
{
    const QString failure = common::writeFileAtomically(path, bytes);
    if (error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace liner::notes
