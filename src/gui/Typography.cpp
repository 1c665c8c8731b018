#include "gui/Typography.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextLayout>

namespace liner::gui::typography {

namespace {

// After these a quote opens; after anything else it closes.
bool opensAfter(QChar c)
{
    return c.isNull() || c.isSpace() || QStringView(u"([{<“‘–—-/").contains(c);
}

QStringList installedFirst(const QStringList& preferred)
{
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString& family : preferred) {
        if (installed.contains(family))
            families << family;
    }
    return families;
}

QFont withFamilies(const QStringList& preferred, const QString& generic, qreal pixelSize,
                   QFont::Weight weight)
{
    QFont font;
    QStringList families = installedFirst(preferred);
    families << generic;
    font.setFamilies(families);
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Each glyph stays the one its character maps to: ligatures and contextual alternates would
    // reach a PDF as glyphs without text (a "ﬁ" or a swash "Q" that search and copy cannot read).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QString smartText(QStringView text, QChar before)
{
    QString out;
    out.reserve(text.size());
    QChar previous = before;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        if (c == u'"') {
            out += opensAfter(previous) ? u'“' : u'”';
        } else if (c == u'\'') {
            // A letter before it: an apostrophe (it's) or a closing quote; both are ’. Before a
            // figure it stands for the century ('90s) and is one too.
            out += opensAfter(previous) && !next.isSpace() && !next.isNull() && !next.isDigit()
                       ? u'‘'
                       : u'’';
        } else if (c == u'.' && text.mid(i, 3) == u"...") {
            out += u'…';
            i += 2;
        } else if (c == u'-' && text.mid(i, 3) == u"---") {
            out += u'—';
            i += 2;
        } else if (c == u'-' && next == u'-') {
            out += u'–';
            i += 1;
        } else if (c == u'-' && previous == u' ' && next == u' ') {
            out += u'–';
        } else {
            out += c;
        }
        previous = out.back();
    }
    return out;
}

void smartenDocument(QTextDocument& document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        struct Edit
        {
            int position;
            int length;
            QString text;
            QTextCharFormat format;
        };
        QList<Edit> edits;
        QChar before;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const QString text = fragment.text();
            // Code is quoted as typed; links and images are not prose.
            const bool keep =
                format.isAnchor() || format.isImageFormat() || format.fontFixedPitch();
            if (!keep) {
                const QString smart = smartText(text, before);
                if (smart != text)
                    edits << Edit{fragment.position(), fragment.length(), smart, format};
            }
            if (!text.isEmpty())
                before = text.back();
        }
        // From the end, so the positions of the edits still to come stay right.
        QTextCursor cursor(&document);
        for (auto edit = edits.crbegin(); edit != edits.crend(); ++edit) {
            cursor.setPosition(edit->position);
            cursor.setPosition(edit->position + edit->length, QTextCursor::KeepAnchor);
            cursor.insertText(edit->text, edit->format);
        }
    }
}

QString elidedLines(const QString& text, const QFont& font, qreal width, int lines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    QString shown;
    for (int line = 0; line < lines; ++line) {
        QTextLine row = layout.createLine();
        if (!row.isValid())
            break;
        row.setLineWidth(width);
        const QString part = text.mid(row.textStart(), row.textLength());
        if (line + 1 == lines && row.textStart() + row.textLength() < text.size()) {
            shown += QFontMetricsF(font).elidedText(part.trimmed() + QStringLiteral(" …"),
                                                    Qt::ElideRight, width);
            break;
        }
        shown += part;
    }
    layout.endLayout();
    return shown;
}

QString plainProse(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    return smartText(document.toPlainText());
}

QFont proseFont(qreal pixelSize, bool italic)
{
    QFont font = withFamilies({QStringLiteral("EB Garamond 12"), QStringLiteral("EB Garamond"),
                               QStringLiteral("Noto Serif"), QStringLiteral("Noto Serif CJK KR"),
                               QStringLiteral("DejaVu Serif")},
                              QStringLiteral("serif"), pixelSize, QFont::Normal);
    font.setItalic(italic);
    return font;
}

QFont displayFont(qreal pixelSize, QFont::Weight weight)
{
    QFont font = proseFont(pixelSize);
    font.setWeight(weight);
    return font;
}

QFont sansFont(qreal pixelSize, QFont::Weight weight)
{
    return withFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK KR"),
                         QStringLiteral("DejaVu Sans")},
                        QStringLiteral("sans-serif"), pixelSize, weight);
}

} // namespace liner::gui::typography
