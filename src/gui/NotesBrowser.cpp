#include "gui/NotesBrowser.h"

#include "gui/NotesRendering.h"

#include <QDesktopServices>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace liner::gui {

NotesBrowser::NotesBrowser(QWidget* parent)
    : QTextBrowser(parent), m_renderer(std::make_unique<QThreadPool>()),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_renderer->setMaxThreadCount(1);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl& url) {
        const QString scheme = url.scheme();
        if (scheme == u"http" || scheme == u"https" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
    });
}

NotesBrowser::~NotesBrowser()
{
    // Pages still waiting are skipped; the one being rendered is finished and dropped.
    ++*m_latest;
    m_renderer->waitForDone();
}

void NotesBrowser::showMarkdown(const QString& markdown, const QString& folder)
{
    const quint64 page = ++*m_latest;
    m_rendering = true;
    using Rendered = std::unique_ptr<NotesDocument>;
    auto* watcher = new QFutureWatcher<Rendered>(this);
    connect(watcher, &QFutureWatcher<Rendered>::finished, this, [this, watcher, page] {
        watcher->deleteLater();
        Rendered document = watcher->future().takeResult();
        if (page != *m_latest || !document)
            return;
        document->moveToThread(thread());
        for (auto it = m_images.cbegin(); it != m_images.cend(); ++it)
            document->addResource(QTextDocument::ImageResource,
                                  QUrl(QStringLiteral("liner:") + it.key()), it.value());
        // As the document's parent the browser deletes the page it replaces.
        document->setParent(this);
        setDocument(document.release());
        m_rendering = false;
        emit pageShown();
    });
    watcher->setFuture(QtConcurrent::run(
        m_renderer.get(), [markdown, folder, font = font(), page, latest = m_latest]() -> Rendered {
            if (page != *latest)
                return nullptr;
            return renderNotes(markdown, folder, font);
        }));
}

void NotesBrowser::clearNotes()
{
    ++*m_latest;
    m_rendering = false;
    clear();
}

void NotesBrowser::addImage(const QString& name, const QImage& image)
{
    m_images.insert(name, image);
}

} // namespace liner::gui
