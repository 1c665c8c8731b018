#include "library/SoundtrackTitle.h"

#include "common/MatchKey.h"

#include <QRegularExpression>

namespace liner::library {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// "Part.1", "Part 1", "PART.01", "Pt. 1", "pt1", "파트 1".
const QRegularExpression& partPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\p{L}\p{N}])(part|pt|파트)\s*[.#:]?\s*0*(\d{1,3})(?!\p{N}))"),
        kOptions);
    return pattern;
}

const QRegularExpression& markerPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            // OST, O.S.T., glued to Hangul as some stores write it ("여왕OST").
            R"((?<![A-Za-z0-9])O\.?S\.?T(?:\.|(?![A-Za-z0-9])))"
            // "Original Television Soundtrack", "Original Drama Soundtrack", "Soundtrack".
            R"(|(?<![\p{L}\p{N}])(?:original\s+)?(?:(?:korean|k-?drama|drama|television|tv|series|)"
            R"(netflix|motion\s+picture|film|movie|webtoon|web\s+drama|animation|anime|game|)"
            R"(musical)\s+)*sound\s?tracks?(?![\p{L}\p{N}]))"
            // "Original Score", "Original Motion Picture Score": "The Score" alone is an album.
            R"(|(?<![\p{L}\p{N}])original\s+(?:(?:television|tv|drama|series|motion\s+picture|film|)"
            R"(movie)\s+)*score(?![\p{L}\p{N}]))"
            // "Music from the Netflix Series", "Music from the Motion Picture".
            R"(|(?<![\p{L}\p{N}])music\s+from\s+(?:and\s+inspired\s+by\s+)?(?:the\s+|an?\s+)?)"
            R"((?:(?:original|netflix|amazon|apple|disney\+?|hbo|tv|television|drama|motion|korean|)"
            R"(web)\s+)*(?:series|film|movie|drama|picture|show)(?![\p{L}\p{N}]))"
            R"(|(?:오리지널\s*)?사운드\s*트랙|サウンドトラック|原声带|原聲帶|原声大碟|原聲大碟)"),
        kOptions);
    return pattern;
}

// A bracketed note on where the work aired, not a title of it: "(tvN 토일드라마)", "(KBS2
// 월화드라마)",
// "(A Netflix Series)", "[Drama]".
const QRegularExpression& broadcastNotePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(tvN|KBS|MBC|SBS|JTBC|ENA|OCN|MBN|Mnet|TV\s*CHOSUN|TV조선|채널\s*A)"
            R"(|Netflix|넷플릭스|Disney|디즈니|Coupang|쿠팡|TVING|티빙|Wavve|웨이브|Amazon)"
            R"(|드라마|Drama|Series|시리즈|월화|수목|금토|토일|일일|주말|특별기획)"),
        kOptions);
    return pattern;
}

// "(Season 2)", "(시즌 2)": part of the work's title, not another title of it.
const QRegularExpression& seasonPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(?:season|시즌)\s*\d+\s*$)"),
                                            kOptions);
    return pattern;
}

const QString kSeparators = QStringLiteral(" ,-–—:·~|/");

QString trimSeparators(QString text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && kSeparators.contains(text[begin]))
        ++begin;
    while (end > begin && kSeparators.contains(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

QChar closerOf(QChar opener)
{
    switch (opener.unicode()) {
    case u'(':
        return u')';
    case u'[':
        return u']';
    case u'【':
        return u'】';
    case u'「':
        return u'」';
    case u'〈':
        return u'〉';
    case u'《':
        return u'》';
    default:
        return {};
    }
}

struct Segment
{
    QString text;
    bool bracketed = false;
};

// Plain text and top-level bracket groups, in order; an unclosed bracket is plain text.
QList<Segment> segmentsOf(const QString& text)
{
    QList<Segment> segments{Segment()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar closer = closerOf(text[i]);
        const qsizetype close = closer.isNull() ? -1 : text.indexOf(closer, i + 1);
        if (close < 0) {
            segments.last().text += text[i];
            continue;
        }
        segments.append(Segment{text.sliced(i + 1, close - i - 1), true});
        segments.append(Segment());
        i = close;
    }
    return segments;
}

// The name without its part marker, tidied: "Queen of Tears, Pt. 1 (Original Television
// Soundtrack)" → "Queen of Tears (Original Television Soundtrack)".
QString withoutPart(QString text, const QList<QRegularExpressionMatch>& parts)
{
    for (auto it = parts.crbegin(); it != parts.crend(); ++it)
        text.remove(it->capturedStart(), it->capturedLength());
    static const QRegularExpression emptyBrackets(QStringLiteral(R"(\(\s*\)|\[\s*\])"));
    static const QRegularExpression separatorsBeforeBracket(
        QStringLiteral(R"([\s,\-–—:·~|/]+(?=[(\[]))"));
    static const QRegularExpression separatorsInsideBracket(
        QStringLiteral(R"((?<=[(\[])[\s,\-–—:·~|/]+|[\s,\-–—:·~|/]+(?=[)\]]))"));
    text.remove(separatorsInsideBracket);
    text.remove(emptyBrackets);
    text.replace(separatorsBeforeBracket, QStringLiteral(" "));
    return trimSeparators(text.simplified());
}

} // namespace

SoundtrackTitle parseSoundtrackTitle(QStringView album)
{
    SoundtrackTitle result;
    // Full-width letters and brackets as ASCII, so that "ＯＳＴ　Ｐａｒｔ．１" reads as written.
    const QString name = album.toString().normalized(QString::NormalizationForm_KC).simplified();
    const QRegularExpressionMatch marker = markerPattern().match(name);
    result.isSoundtrack = marker.hasMatch();
    if (!result.isSoundtrack)
        return result;

    QList<QRegularExpressionMatch> parts;
    for (const QRegularExpressionMatch& match : partPattern().globalMatch(name)) {
        const bool afterMarker = match.capturedStart() > marker.capturedStart();
        const bool abbreviated = match.captured(1).compare(u"pt", Qt::CaseInsensitive) == 0;
        if (afterMarker || abbreviated)
            parts.append(match);
    }
    if (!parts.isEmpty())
        result.part = parts.first().captured(2).toInt();
    result.soundtrackTitle = withoutPart(name, parts);

    QString main;
    QStringList others;
    for (const Segment& segment : segmentsOf(result.soundtrackTitle)) {
        QString text = segment.text;
        text.remove(markerPattern());
        if (segment.bracketed && seasonPattern().match(text).hasMatch()) {
            main += u' ' + text.trimmed();
            continue;
        }
        if (segment.bracketed && broadcastNotePattern().match(text).hasMatch())
            continue;
        text = trimSeparators(text.simplified());
        if (text.isEmpty())
            continue;
        if (segment.bracketed)
            others.append(text);
        else
            main += u' ' + text;
    }
    main = trimSeparators(main.simplified());
    if (!main.isEmpty())
        others.prepend(main);
    for (const QString& title : std::as_const(others)) {
        const QString key = matchKey(title);
        if (key.isEmpty() || result.workKeys.contains(key))
            continue;
        result.workTitles.append(title);
        result.workKeys.append(key);
    }
    return result;
}

} // namespace liner::library
