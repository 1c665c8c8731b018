#include "gui/NotesRendering.h"

#include "common/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QUrl>
#include <climits>
#include <md4c-html.h>

namespace liner::gui {

namespace {

// Splits are made at a blank this far back from the limit at most, else at the limit.
constexpr qsizetype kBlankSearch = 200;

void appendHtml(const MD_CHAR* text, MD_SIZE size, void* html)
{
    static_cast<QByteArray*>(html)->append(text, qsizetype(size));
}

// Where the first `limit` characters of `text` end: after the last line break in them, so no line
// is cut (a line longer than the limit is cut at it).
qsizetype cutAt(QStringView text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.size();
    const qsizetype lineBreak = text.lastIndexOf(u'\n', limit - 1);
    if (lineBreak > 0)
        return lineBreak + 1;
    return text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
}

QString markdownHtml(QStringView markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    QByteArray html;
    md_html(utf8.constData(), MD_SIZE(utf8.size()), appendHtml, &html, MD_FLAG_NOHTML, 0);
    // md4c ends each block with a line break, which Qt would show as a blank after the last.
    return QString::fromUtf8(html).trimmed();
}

QString remarkHtml(const QString& remark)
{
    return QStringLiteral("<hr/><p><i>%1</i></p>").arg(remark.toHtmlEscaped());
}

QString plainTextHtml(QStringView text)
{
    QString html = remarkHtml(QCoreApplication::translate(
        "NotesRendering", "These notes go on longer than Liner formats; the rest is shown as "
                          "written."));
    for (QStringView line : text.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        html += QStringLiteral("<p style=\"margin:0; white-space:pre-wrap\">") +
                line.toString().toHtmlEscaped() + QStringLiteral("</p>");
    }
    return html;
}

// Markdown up to its limit, plain text after it up to the page's, and a word on what is left.
QString pageHtml(QStringView markdown)
{
    const qsizetype formatted = cutAt(markdown, kNotesMarkdownLimit);
    QString html = markdownHtml(markdown.first(formatted));
    const qsizetype shown =
        formatted + cutAt(markdown.sliced(formatted), kNotesPageLimit - formatted);
    if (shown > formatted)
        html += plainTextHtml(markdown.sliced(formatted, shown - formatted));
    if (shown == markdown.size())
        return html;
    const int left = int(std::min<qsizetype>(markdown.size() - shown, INT_MAX));
    return html + remarkHtml(QCoreApplication::translate(
                      "NotesRendering",
                      "The notes hold %n more characters, not shown here: open the file in a "
                      "text editor to read them all.",
                      nullptr, left));
}

// The image at `path` if it is inside `folder`, read by the rule for every file (a FIFO or a
// device is never waited on).
QImage readImageInside(const QString& path, const QString& folder)
{
    const QString file = QFileInfo(path).canonicalFilePath();
    const QString root = QFileInfo(folder).canonicalFilePath();
    if (file.isEmpty() || root.isEmpty() || !file.startsWith(root + u'/'))
        return {};
    return QImage::fromData(readInputFile(file, InputKind::Image).bytes);
}

void loadImages(NotesDocument& document, const QString& folder)
{
    QSet<QString> names;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                names.insert(format.toImageFormat().name());
        }
    }
    for (const QString& name : std::as_const(names)) {
        const QUrl url = document.baseUrl().resolved(QUrl(name));
        if (!url.isLocalFile())
            continue;
        if (const QImage image = readImageInside(url.toLocalFile(), folder); !image.isNull())
            document.addResource(QTextDocument::ImageResource, url, image);
    }
}

// Where the pieces of a block of `text`, longer than the limit, begin.
QList<qsizetype> splitPoints(const QString& text)
{
    QList<qsizetype> points;
    qsizetype begin = 0;
    while (text.size() - begin > kNotesPieceLength) {
        qsizetype split = begin + kNotesPieceLength;
        for (qsizetype at = split; at > split - kBlankSearch; --at) {
            if (text.at(at - 1).isSpace()) {
                split = at;
                break;
            }
        }
        if (text.at(split - 1).isHighSurrogate())
            --split;
        points << split;
        begin = split;
    }
    return points;
}

// The pieces of a split block read as one paragraph: no margin between them, no new bullet.
void joinPieces(QTextCursor& cursor, const QTextBlock& first, qsizetype pieces)
{
    QTextList* list = first.textList();
    QTextBlock piece = first;
    for (qsizetype i = 0; i < pieces && piece.isValid(); ++i, piece = piece.next()) {
        // Out of the list, a piece keeps the item's indent (QTextList::remove adds it).
        if (i > 0 && list != nullptr)
            list->remove(piece);
        QTextBlockFormat format = piece.blockFormat();
        if (i > 0) {
            format.setTopMargin(0);
            format.setTextIndent(0);
        }
        if (i + 1 < pieces)
            format.setBottomMargin(0);
        cursor.setPosition(piece.position());
        cursor.setBlockFormat(format);
    }
}

void splitLongBlocks(NotesDocument& document)
{
    QTextCursor cursor(&document);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.length() - 1 <= kNotesBlockLimit)
            continue;
        const QList<qsizetype> points = splitPoints(block.text());
        const int start = block.position();
        // From the end back, so the earlier points stay where they are.
        for (auto it = points.crbegin(); it != points.crend(); ++it) {
            cursor.setPosition(start + int(*it));
            cursor.insertBlock();
        }
        block = document.findBlock(start);
        joinPieces(cursor, block, points.size() + 1);
        for (qsizetype i = 0; i < points.size(); ++i)
            block = block.next();
    }
}

} // namespace

QVariant NotesDocument::loadResource(int, const QUrl&)
{
    return {};
}

std::unique_ptr<NotesDocument> renderNotes(const QString& markdown, const QString& folder,
                                           const QFont& font)
{
    auto document = std::make_unique<NotesDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(font);
    if (!folder.isEmpty())
        document->setBaseUrl(QUrl::fromLocalFile(QDir(folder).absolutePath() + QLatin1Char('/')));
    document->setHtml(pageHtml(markdown));
    if (!folder.isEmpty())
        loadImages(*document, folder);
    splitLongBlocks(*document);
    document->moveToThread(nullptr);
    return document;
}

} // namespace liner::gui
