#include "gui/NotesBrowser.h"

#include "gui/AlbumImages.h"

#include <QDesktopServices>
#include <QDir>
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
    return loadAlbumImage(m_folder, name);
}

} // namespace liner::gui
