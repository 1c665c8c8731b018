#pragma once

#include <QHash>
#include <QImage>
#include <QTextBrowser>

namespace liner::gui {

// Shows liner notes written in Markdown. Notes come from files anyone can write, so: raw HTML in
// them is shown as text, images load only from the album's own folder (nothing is ever fetched
// from the network), and a link opens in the system browser only when the user clicks it.
class NotesBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit NotesBrowser(QWidget* parent = nullptr);

    // `folder` is where relative image paths in the Markdown are looked up.
    void showMarkdown(const QString& markdown, const QString& folder);
    // An image the Markdown can show as ![...](liner:name), e.g. a cover embedded in a file.
    void addImage(const QString& name, const QImage& image);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    QString m_folder;
    QHash<QString, QImage> m_images;
};

} // namespace liner::gui
