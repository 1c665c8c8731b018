#include "gui/NotesBrowser.h"

#include "common/InputFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImage>

namespace liner::gui {

NotesBrowser::NotesBrowser(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        const QString scheme = url.scheme();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
}

void NotesBrowser::showMarkdown(const QString& markdown, const QString& folder)
{
    m_folder = folder;
    document()->setBaseUrl(QUrl::fromLocalFile(QDir(folder).absolutePath() + QLatin1Char('/')));
    document()->setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
    moveCursor(QTextCursor::Start);
}

void NotesBrowser::addImage(const QString& name, const QImage& image)
{
    m_images.insert(name, image);
}

QVariant NotesBrowser::loadResource(int type, const QUrl& name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    if (name.scheme() == u"liner")
        return m_images.value(name.path());
    if (m_folder.isEmpty())
        return {};
    const QUrl resolved = document()->baseUrl().resolved(name);
    if (!resolved.isLocalFile())
        return {};
    // Only files inside the album's folder: no "../../" walk to elsewhere on the disk.
    const QString file = QFileInfo(resolved.toLocalFile()).canonicalFilePath();
    const QString folder = QFileInfo(m_folder).canonicalFilePath();
    if (file.isEmpty() || !file.startsWith(folder + QLatin1Char('/')))
        return {};
    return QImage::fromData(readInputFile(file, InputKind::Image).bytes);
}

} // namespace liner::gui
