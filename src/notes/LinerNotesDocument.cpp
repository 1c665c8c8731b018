#include "notes/LinerNotesDocument.h"

#include "common/InputFile.h"
#include "common/MatchKey.h"
#include "common/TextDecoding.h"
#include "notes/NoteFields.h"
#include "notes/SectionHeading.h"
#include "notes/SongMatching.h"
#include "notes/TimedNotes.h"

#include <QStringDecoder>
#include <algorithm>
#include <map>

namespace liner::notes {

namespace {

struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0; // after the line break, if any
    bool hasBreak = false;
    bool crlf = false;
    QString text; // without the line break
};

QList<Line> splitLines(const QByteArray& bytes, qsizetype start, QList<ParseIssue>& issues)
{
    QList<Line> lines;
    qsizetype begin = start;
    while (begin < bytes.size()) {
        Line line;
        line.begin = begin;
        const qsizetype newline = bytes.indexOf('\n', begin);
        qsizetype contentEnd = newline < 0 ? bytes.size() : newline;
        line.hasBreak = newline >= 0;
        line.end = line.hasBreak ? newline + 1 : bytes.size();
        if (line.hasBreak && contentEnd > begin && bytes[contentEnd - 1] == '\r') {
            --contentEnd;
            line.crlf = true;
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        line.text = decoder(QByteArrayView(bytes).sliced(begin, contentEnd - begin));
        if (decoder.hasError()) {
            issues.append({int(lines.size()) + 1,
                           QStringLiteral("line is not valid UTF-8; unreadable bytes are shown "
                                          "as \uFFFD")});
        }
        lines.append(std::move(line));
        begin = lines.constLast().end;
    }
    return lines;
}

bool isBlank(const Line& line)
{
    return line.text.trimmed().isEmpty();
}

bool opensWithHashes(QStringView text, qsizetype hashes)
{
    if (text.size() < hashes)
        return false;
    for (qsizetype i = 0; i < hashes; ++i) {
        if (text[i] != u'#')
            return false;
    }
    return text.size() == hashes || text[hashes] == u' ' || text[hashes] == u'\t';
}

bool isTrackHeading(const Line& line)
{
    return opensWithHashes(line.text, 2);
}

bool isTitleLine(const Line& line)
{
    return opensWithHashes(line.text, 1);
}

// A fence opener/closer ("```" or "~~~"); its character, or a null QChar.
QChar fenceChar(QStringView text)
{
    qsizetype indent = 0;
    while (indent < 3 && indent < text.size() && text[indent] == u' ')
        ++indent;
    const QStringView rest = text.sliced(indent);
    if (rest.startsWith(u"```"))
        return u'`';
    if (rest.startsWith(u"~~~"))
        return u'~';
    return {};
}

bool isAlbumKey(const QString& key)
{
    const QString folded = key.toCaseFolded();
    return folded == u"album" || folded == u"albums";
}

} // namespace

class NotesParser
{
public:
    explicit NotesParser(LinerNotesDocument& document) : m_doc(document) {}

    void run()
    {
        const qsizetype bom = m_doc.m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        m_lines = splitLines(m_doc.m_bytes, bom, m_doc.m_issues);
        for (const Line& line : m_lines) {
            if (line.hasBreak) {
                m_fileCrlf = line.crlf;
                break;
            }
        }
        const QList<qsizetype> headings = trackHeadings();
        parseAlbum(headings.isEmpty() ? m_lines.size() : headings.first());
        for (qsizetype i = 0; i < headings.size(); ++i)
            parseSection(headings[i], i + 1 < headings.size() ? headings[i + 1] : m_lines.size());
        std::stable_sort(m_doc.m_issues.begin(), m_doc.m_issues.end(),
                         [](const ParseIssue& a, const ParseIssue& b) { return a.line < b.line; });
    }

private:
    QList<qsizetype> trackHeadings() const
    {
        QList<qsizetype> headings;
        QChar openFence;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const QChar fence = fenceChar(m_lines[i].text);
            if (openFence.isNull() && !fence.isNull())
                openFence = fence;
            else if (!openFence.isNull() && fence == openFence)
                openFence = QChar();
            else if (openFence.isNull() && isTrackHeading(m_lines[i]))
                headings.append(i);
        }
        return headings;
    }

    qsizetype skipBlank(qsizetype i, qsizetype last) const
    {
        while (i < last && isBlank(m_lines[i]))
            ++i;
        return i;
    }

    // The lines [first, last) but those in `taken` (a section's timed notes), without the blank
    // lines at either end.
    QString prose(qsizetype first, qsizetype last, const QList<qsizetype>& taken = {}) const
    {
        QStringList text;
        for (qsizetype i = first; i < last; ++i) {
            if (!taken.contains(i) && (!text.isEmpty() || !isBlank(m_lines[i])))
                text.append(m_lines[i].text);
        }
        while (!text.isEmpty() && text.constLast().trimmed().isEmpty())
            text.removeLast();
        return text.join(u'\n');
    }

    // Takes the section's timed notes out of its prose lines (outside code fences), reporting
    // lines that look meant as one but are not; returns the lines taken.
    QList<qsizetype> readTimedNotes(qsizetype first, qsizetype last, TrackNotes& notes)
    {
        QList<qsizetype> taken;
        QChar openFence;
        for (qsizetype i = first; i < last; ++i) {
            const QChar fence = fenceChar(m_lines[i].text);
            if (openFence.isNull() && !fence.isNull())
                openFence = fence;
            else if (!openFence.isNull() && fence == openFence)
                openFence = QChar();
            if (!openFence.isNull() || !fence.isNull())
                continue;
            const TimedNoteLine timed = readTimedNoteLine(m_lines[i].text, lineNumber(i));
            if (!timed.isTimed())
                continue;
            taken.append(i);
            if (timed.note)
                notes.timedNotes.append(*timed.note);
            else
                m_doc.m_issues.append({lineNumber(i), timed.problem});
        }
        sortTimedNotes(notes.timedNotes);
        return taken;
    }

    int lineNumber(qsizetype index) const { return int(index) + 1; }

    void parseAlbum(qsizetype last)
    {
        qsizetype proseStart = skipBlank(0, last);
        if (proseStart < last && isTitleLine(m_lines[proseStart])) {
            m_doc.m_title = m_lines[proseStart].text.sliced(1).trimmed();
            ++proseStart;
            proseStart = parseAlbumFields(proseStart, last);
        }
        m_doc.m_albumProse = prose(proseStart, last);
    }

    // A pack's `Album:` block; only a block that opens with that key is one, so prose that
    // happens to start "Note: ..." stays prose.
    qsizetype parseAlbumFields(qsizetype afterTitle, qsizetype last)
    {
        qsizetype i = skipBlank(afterTitle, last);
        auto field = i < last ? fieldFromLine(m_lines[i].text) : std::nullopt;
        if (!field || !isAlbumKey(field->key))
            return afterTitle;
        for (; i < last && (field = fieldFromLine(m_lines[i].text)); ++i) {
            if (field->value.isEmpty())
                m_doc.m_issues.append(
                    {lineNumber(i), QStringLiteral("field \"%1\" has no value").arg(field->key)});
            if (isAlbumKey(field->key))
                m_doc.m_albumNames.append(splitOnSemicolons(field->value));
            else
                m_doc.m_albumFields.append(*field);
        }
        return i;
    }

    void parseSection(qsizetype heading, qsizetype next)
    {
        const Line& headingLine = m_lines[heading];
        const SectionHeading parsed = parseSectionHeading(QStringView(headingLine.text).sliced(2));
        NotesSection section;
        section.headingLine = lineNumber(heading);
        section.notes.disc = parsed.disc;
        section.notes.number = parsed.number;
        section.notes.title = parsed.title;
        if (!parsed.title.isEmpty())
            section.titleKeys.append(matchKey(parsed.title));
        if (!parsed.numberError.isEmpty())
            m_doc.m_issues.append({section.headingLine, parsed.numberError});
        else if (parsed.title.isEmpty() && parsed.number == 0)
            m_doc.m_issues.append({section.headingLine, QStringLiteral("empty track heading")});
        reportDuplicate(section);

        section.begin = headingLine.begin;
        section.bodyBegin = headingLine.end;
        section.end = next < m_lines.size() ? m_lines[next].begin : m_doc.m_bytes.size();
        section.crlf = headingLine.hasBreak ? headingLine.crlf : m_fileCrlf;
        section.bodyEnd = section.bodyBegin;
        for (qsizetype i = next - 1; i > heading; --i) {
            if (!isBlank(m_lines[i])) {
                section.bodyEnd = m_lines[i].end;
                break;
            }
        }

        qsizetype i = skipBlank(heading + 1, next);
        qsizetype proseStart = heading + 1;
        for (; i < next; ++i) {
            const auto field = fieldFromLine(m_lines[i].text);
            if (!field)
                break;
            applyField(section.notes, *field, lineNumber(i), m_doc.m_issues);
            proseStart = i + 1;
        }
        const QList<qsizetype> timed = readTimedNotes(proseStart, next, section.notes);
        section.notes.prose = prose(proseStart, next, timed);
        for (const QString& other : std::as_const(section.notes.otherTitles))
            section.titleKeys.append(matchKey(other));
        m_doc.m_sections.append(std::move(section));
    }

    void reportDuplicate(const NotesSection& section)
    {
        if (section.notes.number == 0)
            return;
        const auto key = std::pair(section.notes.disc, section.notes.number);
        const auto [earlier, isFirst] = m_numberedLines.try_emplace(key, section.headingLine);
        if (isFirst)
            return;
        m_doc.m_issues.append(
            {section.headingLine, QStringLiteral("track number %1 already used on line %2; this "
                                                 "section is matched by title only")
                                      .arg(section.notes.number)
                                      .arg(earlier->second)});
    }

    LinerNotesDocument& m_doc;
    QList<Line> m_lines;
    bool m_fileCrlf = false;
    std::map<std::pair<int, int>, int> m_numberedLines; // (disc, number) -> heading line
};

LinerNotesDocument LinerNotesDocument::parse(const QByteArray& bytes)
{
    LinerNotesDocument document;
    document.m_bytes = bytes;
    NotesParser(document).run();
    return document;
}

std::optional<LinerNotesDocument> LinerNotesDocument::load(const QString& path)
{
    const InputBytes file = readInputFile(path, InputKind::Notes);
    if (!file.ok())
        return std::nullopt;
    const QByteArray& bytes = file.bytes;
    const DecodedText decoded = decodeText(bytes);
    // UTF-8 is parsed as it is, and so is what cannot be decided: each line that is not UTF-8 is
    // then an issue of its own, and an edit leaves those bytes as they were.
    if (decoded.isUtf8() || !decoded.isDecided())
        return parse(bytes);
    QStringView text = decoded.text;
    if (text.startsWith(QChar::ByteOrderMark))
        text = text.sliced(1);
    LinerNotesDocument document = parse(text.toUtf8());
    document.m_encoding = decoded.encoding;
    document.m_byteOrderMark = decoded.byteOrderMark;
    return document;
}

QByteArray LinerNotesDocument::inFileEncoding(const QByteArray& utf8) const
{
    if (m_encoding.isEmpty())
        return utf8;
    const QString text = QString::fromUtf8(utf8);
    if (std::optional<QByteArray> bytes = encodeText(text, m_encoding, m_byteOrderMark))
        return *bytes;
    return "\xEF\xBB\xBF" + utf8;
}

int LinerNotesDocument::findIndex(int disc, int number, QStringView title, QStringView artist,
                                  int part) const
{
    if (number > 0) {
        int discless = -1;
        for (int i = 0; i < m_sections.size(); ++i) {
            const TrackNotes& notes = m_sections[i].notes;
            if (notes.number != number)
                continue;
            if (notes.disc == disc)
                return i;
            if ((notes.disc == 0 || disc == 0) && discless < 0)
                discless = i;
        }
        if (discless >= 0)
            return discless;
    }
    const QStringList keys = titleKeys(title);
    for (int i = 0; i < m_sections.size(); ++i) {
        const NotesSection& section = m_sections[i];
        const bool titled = std::any_of(keys.cbegin(), keys.cend(), [&](const QString& key) {
            return section.titleKeys.contains(key);
        });
        if (titled && artistsAgree(section.notes.artist, artist))
            return i;
    }
    for (int i = 0; part > 0 && i < m_sections.size(); ++i) {
        const TrackNotes& notes = m_sections[i].notes;
        if (notes.part == part && artistsAgree(notes.artist, artist))
            return i;
    }
    return -1;
}

const TrackNotes* LinerNotesDocument::find(int disc, int number, QStringView title,
                                           QStringView artist, int part) const
{
    const int index = findIndex(disc, number, title, artist, part);
    return index < 0 ? nullptr : &m_sections[index].notes;
}

QString LinerNotesDocument::sectionBody(int index) const
{
    const NotesSection& section = m_sections.at(index);
    QString body = QString::fromUtf8(
        QByteArrayView(m_bytes).sliced(section.bodyBegin, section.bodyEnd - section.bodyBegin));
    body.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    if (body.endsWith(u'\n'))
        body.chop(1);
    return body;
}

} // namespace liner::notes
