#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <memory>

class QThreadPool;

namespace liner::gui {

// Shows liner notes written in Markdown. Notes come from files anyone can write, so: a page is
// rendered off the UI thread (see NotesRendering: a page of any size keeps the window answering),
// raw HTML in it is shown as text, images load only from the album's own folder (nothing is ever
// fetched from the network), and a link opens in the system browser only when the user clicks it.
class NotesBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NotesBrowser(QWidget* parent = nullptr);
    ~NotesBrowser() override;

    // Shows `markdown` as soon as it is rendered; until then the page shown before stays. `folder`
    // is where relative image paths in the Markdown are looked up.
    void showMarkdown(const QString& markdown, const QString& folder);
    // Shows nothing, and forgets a page still being rendered.
    void clearNotes();
    // An image the Markdown can show as ![...](liner:name), e.g. a cover embedded in a file.
    void addImage(const QString& name, const QImage& image);
    // A page asked for is not shown yet.
    bool isRendering() const { return m_rendering; }

signals:
    // The page last asked for is shown.
    void pageShown();

private:
    QHash<QString, QImage> m_images;
    // Renders one page at a time; a page asked for after it skips those still waiting.
    std::unique_ptr<QThreadPool> m_renderer;
    // The number of the page last asked for, shared with the renderer.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    bool m_rendering = false;
};

} // namespace liner::gui
