#include "gui/NotesEditorDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace liner::gui {

NotesEditorDialog::NotesEditorDialog(const QString& trackTitle, const QString& text,
                                     QWidget* parent)
    : QDialog(parent), m_editor(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Edit notes — %1").arg(trackTitle));
    auto* hint = new QLabel(
        tr("Fields first (Mood:, Characters:, Scenes:, Composer:, ...), then a blank line and the "
           "notes in Markdown. Only this track's section of liner-notes.md changes."),
        this);
    hint->setWordWrap(true);
    m_editor->setPlainText(text);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("Notes text"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(640, 480);
}

QString NotesEditorDialog::text() const
{
    return m_editor->toPlainText();
}

} // namespace liner::gui
