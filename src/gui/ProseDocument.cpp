#include "gui/ProseDocument.h"

#include "gui/AlbumImages.h"
#include "gui/Typography.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

namespace liner::gui {

namespace {

constexpr int kLeadInWords = 3;
constexpr qreal kLineHeightPercent = 142;

void setParagraphs(QTextDocument& document, const QFont& font)
{
    QTextCursor cursor(&document);
    bool first = true;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool paragraph = format.headingLevel() == 0 && block.textList() == nullptr;
        format.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
        if (paragraph) {
            format.setTopMargin(0);
            format.setBottomMargin(0);
            format.setAlignment(Qt::AlignJustify);
            // A new paragraph is shown by its indent; the first needs none.
            format.setTextIndent(first ? 0 : font.pixelSize() * 1.4);
            first = false;
        } else {
            format.setTopMargin(font.pixelSize() * 0.5);
            format.setBottomMargin(font.pixelSize() * 0.3);
            first = true;
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

void setLeadIn(QTextDocument& document)
{
    const QTextBlock first = document.begin();
    if (!first.isValid() || first.blockFormat().headingLevel() != 0)
        return;
    const QString text = first.text();
    int end = 0;
    for (int words = 0; words < kLeadInWords && end < text.size(); ++words) {
        while (end < text.size() && text[end].isSpace())
            ++end;
        while (end < text.size() && !text[end].isSpace())
            ++end;
    }
    QTextCursor cursor(&document);
    cursor.setPosition(first.position());
    cursor.setPosition(first.position() + end, QTextCursor::KeepAnchor);
    QTextCharFormat smallCaps;
    smallCaps.setFontCapitalization(QFont::SmallCaps);
    smallCaps.setFontLetterSpacing(104);
    cursor.mergeCharFormat(smallCaps);
}

void loadImages(QTextDocument& document, const QString& folder, qreal width)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            const QUrl url(format.name());
            const QImage image = loadAlbumImage(folder, url);
            if (image.isNull())
                continue;
            document.addResource(QTextDocument::ImageResource, url, image);
            const qreal scale = std::min(1.0, width / image.width());
            format.setWidth(image.width() * scale);
            format.setHeight(image.height() * scale);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace

std::unique_ptr<QTextDocument> proseDocument(const QString& markdown, const QString& albumFolder,
                                             const QFont& font, qreal width, qreal pageHeight)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setDefaultFont(font);
    document->setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    typography::smartenDocument(*document);
    setParagraphs(*document, font);
    setLeadIn(*document);
    loadImages(*document, albumFolder, width);
    document->setPageSize(QSizeF(width, pageHeight));
    return document;
}

QString pageText(const QTextDocument& document, int page)
{
    const qreal height = document.pageSize().height();
    const qreal top = page * height;
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        const QPointF origin = document.documentLayout()->blockBoundingRect(block).topLeft();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qreal y = origin.y() + line.y();
            if (y >= top && y < top + height)
                lines << block.text().mid(line.textStart(), line.textLength()).trimmed();
        }
    }
    return lines.join(QLatin1Char(' '));
}

} // namespace liner::gui
