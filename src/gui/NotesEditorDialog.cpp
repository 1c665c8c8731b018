#include "gui/NotesEditorDialog.h"

#include "gui/NotesMarkdown.h"
#include "notes/LinerNotesDocument.h"
#include "ui_NotesEditorDialog.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace liner::gui {

namespace {

constexpr int kPreviewDelayMs = 200;

// The section's fields and prose as the notes file would give them.
notes::TrackNotes parseSection(const QString& body)
{
    const notes::LinerNotesDocument document =
        notes::LinerNotesDocument::parse((QStringLiteral("## Preview\n") + body).toUtf8());
    return document.sections().isEmpty() ? notes::TrackNotes() : document.sections().first().notes;
}

} // namespace

NotesEditorDialog::NotesEditorDialog(const library::Track& track, const QString& text,
                                     const QString& albumFolder, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NotesEditorDialog>()), m_track(track),
      m_folder(albumFolder)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit notes — %1").arg(track.displayTitle()));
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->notesEditor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->notesEditor->setPlainText(text);
    m_ui->editorSplitter->setSizes({1, 1});
    m_typing.setSingleShot(true);
    m_typing.setInterval(kPreviewDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &NotesEditorDialog::showPreview);
    connect(m_ui->notesEditor, &QPlainTextEdit::textChanged, &m_typing,
            qOverload<>(&QTimer::start));
    showPreview();
}

NotesEditorDialog::~NotesEditorDialog() = default;

QString NotesEditorDialog::text() const
{
    return m_ui->notesEditor->toPlainText();
}

QString NotesEditorDialog::previewText() const
{
    return m_ui->notesPreview->toPlainText();
}

void NotesEditorDialog::showPreview()
{
    // The preview keeps its place while the text changes under it.
    const int scrolled = m_ui->notesPreview->verticalScrollBar()->value();
    m_ui->notesPreview->showMarkdown(trackNotesMarkdown(m_track, parseSection(text())), m_folder);
    m_ui->notesPreview->verticalScrollBar()->setValue(scrolled);
}

} // namespace liner::gui
