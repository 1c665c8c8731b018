#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace liner::gui {

// Edits one track's section of a liner-notes.md: its fields and prose, as plain Markdown text.
class NotesEditorDialog : public QDialog
{
    Q_OBJECT

public:
    NotesEditorDialog(const QString& trackTitle, const QString& text, QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_editor;
};

} // namespace liner::gui
