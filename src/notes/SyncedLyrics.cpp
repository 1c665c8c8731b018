#include "notes/SyncedLyrics.h"

#include "notes/TimeTag.h"

#include <QRegularExpression>
#include <algorithm>

namespace liner::notes {

namespace {

// Beyond a day an offset is a typo, and clamping keeps the time arithmetic from overflowing.
constexpr qint64 maxOffsetMs = qint64(24) * 60 * 60 * 1000;

// A line sung at several times is copied once per time with its word timing; beyond this many
// words in all, the copies keep the text only, so a line cannot multiply into billions of words.
constexpr qsizetype kMaxCopiedWords = 1'000'000;

struct TimedLine
{
    qint64 timeMs = 0;
    LyricLine line;
};

// Splits "<00:01.00>Hello <00:01.50>world" into words; text before the first word tag is a word
// sung at the line's own time.
void readWords(QStringView rest, qint64 lineTime, LyricLine& line)
{
    qint64 wordTime = lineTime;
    qsizetype textStart = 0;
    bool timed = false;
    auto addWord = [&](qsizetype textEnd) {
        const QString word = rest.sliced(textStart, textEnd - textStart).toString();
        if (!word.trimmed().isEmpty())
            line.words.append({wordTime, word});
    };
    for (qsizetype at = rest.indexOf(u'<'); at >= 0; at = rest.indexOf(u'<', at + 1)) {
        const std::optional<TimeTag> tag = timeTagAt(rest.sliced(at), u'<', u'>');
        if (!tag)
            continue;
        timed = true;
        addWord(at);
        if (tag->timeMs >= 0)
            wordTime = tag->timeMs;
        textStart = at + tag->length;
        at = textStart - 1;
    }
    if (!timed) {
        line.text = rest.trimmed().toString();
        return;
    }
    addWord(rest.size());
    QString text;
    for (const LyricWord& word : line.words)
        text += word.text;
    line.text = text.trimmed();
}

} // namespace

SyncedLyrics SyncedLyrics::parse(QStringView text)
{
    static const QRegularExpression metadata(
        QStringLiteral(R"(^\[([A-Za-z#][A-Za-z0-9#_-]*)[ \t]*:(.*)\]$)"));
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    SyncedLyrics lyrics;
    QList<TimedLine> timed;
    // Kept until the end: in a synced file they are errors, in plain lyrics they are the lyrics.
    QList<QPair<int, QString>> untimed;
    QList<ParseIssue> badTimeLines;
    int lineNumber = 0;
    for (QStringView raw : text.split(u'\n')) {
        ++lineNumber;
        const QStringView line = raw.trimmed();
        qsizetype pos = 0;
        QList<qint64> times;
        bool badTime = false;
        while (const std::optional<TimeTag> tag = timeTagAt(line.sliced(pos), u'[', u']')) {
            badTime = badTime || tag->timeMs < 0;
            times.append(tag->timeMs);
            pos += tag->length;
        }
        if (!times.isEmpty() && !badTime) {
            LyricLine lyric;
            readWords(line.sliced(pos), times.first(), lyric);
            const bool copyWords = times.size() * lyric.words.size() <= kMaxCopiedWords;
            for (const qint64 time : std::as_const(times)) {
                // A line sung again later carries its word timing along with it.
                LyricLine copy{-1, lyric.text, 0, {}};
                if (copyWords || time == times.first()) {
                    copy.words = lyric.words;
                    for (LyricWord& word : copy.words)
                        word.timeMs += time - times.first();
                }
                timed.append({time, std::move(copy)});
            }
            continue;
        }
        if (badTime) {
            badTimeLines.append({lineNumber, QStringLiteral("timestamp out of range")});
            continue;
        }
        if (const QRegularExpressionMatch tag = metadata.match(line); tag.hasMatch()) {
            const QString key = tag.captured(1).toLower();
            const QString value = tag.capturedView(2).trimmed().toString();
            if (key == u"offset") {
                bool ok = false;
                const qint64 offset = QString(value).remove(u'+').toLongLong(&ok);
                if (ok && std::abs(offset) <= maxOffsetMs)
                    lyrics.m_fileOffsetMs = offset;
                else
                    lyrics.m_issues.append(
                        {lineNumber, QStringLiteral("offset is not a number of milliseconds")});
            }
            lyrics.m_tags.insert(key, value);
            continue;
        }
        untimed.append({lineNumber, line.toString()});
    }

    lyrics.m_synced = !timed.isEmpty();
    if (lyrics.m_synced) {
        lyrics.m_issues.append(badTimeLines);
        for (const auto& [number, line] : std::as_const(untimed)) {
            if (!line.isEmpty())
                lyrics.m_issues.append({number, QStringLiteral("line has no timestamp")});
        }
        std::stable_sort(timed.begin(), timed.end(), [](const TimedLine& a, const TimedLine& b) {
            return a.timeMs < b.timeMs;
        });
        for (qsizetype i = 0; i < timed.size(); ++i) {
            LyricLine& line = timed[i].line;
            line.timeMs = timed[i].timeMs;
            if (i > 0 && timed[i - 1].timeMs == line.timeMs)
                line.layer = lyrics.m_lines.constLast().layer + 1;
            lyrics.m_lines.append(std::move(line));
        }
        lyrics.shiftTimes(-lyrics.m_fileOffsetMs);
    } else {
        // Blank lines inside plain lyrics separate verses; those at either end mean nothing.
        qsizetype first = 0;
        qsizetype last = untimed.size();
        while (first < last && untimed[first].second.isEmpty())
            ++first;
        while (last > first && untimed[last - 1].second.isEmpty())
            --last;
        for (qsizetype i = first; i < last; ++i)
            lyrics.m_lines.append({-1, untimed[i].second, 0, {}});
    }
    std::sort(lyrics.m_issues.begin(), lyrics.m_issues.end(),
              [](const ParseIssue& a, const ParseIssue& b) { return a.line < b.line; });
    return lyrics;
}

int SyncedLyrics::currentLineIndex(qint64 positionMs) const
{
    if (!m_synced)
        return -1;
    const auto after = std::upper_bound(
        m_lines.cbegin(), m_lines.cend(), positionMs,
        [](qint64 position, const LyricLine& line) { return position < line.timeMs; });
    if (after == m_lines.cbegin())
        return -1;
    int index = int(after - m_lines.cbegin()) - 1;
    return index - m_lines[index].layer;
}

int SyncedLyrics::currentWordIndex(int lineIndex, qint64 positionMs) const
{
    if (lineIndex < 0 || lineIndex >= m_lines.size())
        return -1;
    const QList<LyricWord>& words = m_lines[lineIndex].words;
    const auto after = std::upper_bound(
        words.cbegin(), words.cend(), positionMs,
        [](qint64 position, const LyricWord& word) { return position < word.timeMs; });
    return int(after - words.cbegin()) - 1;
}

void SyncedLyrics::applyUserOffset(qint64 offsetMs)
{
    offsetMs = std::clamp(offsetMs, -maxOffsetMs, maxOffsetMs);
    shiftTimes(m_userOffsetMs - offsetMs);
    m_userOffsetMs = offsetMs;
}

void SyncedLyrics::shiftTimes(qint64 deltaMs)
{
    if (!m_synced || deltaMs == 0)
        return;
    for (LyricLine& line : m_lines) {
        line.timeMs += deltaMs;
        for (LyricWord& word : line.words)
            word.timeMs += deltaMs;
    }
}

} // namespace liner::notes
