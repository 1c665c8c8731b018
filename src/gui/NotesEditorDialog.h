#pragma once

#include "library/Track.h"

#include <QDialog>
#include <QTimer>
#include <memory>

namespace Ui {
class NotesEditorDialog;
}

namespace liner::gui {

// Edits one track's section of a liner-notes.md (laid out in ui/NotesEditorDialog.ui): its fields
// and prose as plain Markdown text on the left, and on the right the notes as the window will show
// them, following each change.
class NotesEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `albumFolder` is where images the notes name are found.
    NotesEditorDialog(const library::Track& track, const QString& text, const QString& albumFolder,
                      QWidget* parent = nullptr);
    ~NotesEditorDialog() override;

    QString text() const;
    // The preview's text, as the reader sees it.
    QString previewText() const;

private:
    void showPreview();

    std::unique_ptr<Ui::NotesEditorDialog> m_ui;
    library::Track m_track;
    QString m_folder;
    QTimer m_typing; // the preview waits for a pause in the typing
};

} // namespace liner::gui
