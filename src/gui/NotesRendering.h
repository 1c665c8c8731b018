#pragma once

#include <QFont>
#include <QString>
#include <QTextDocument>
#include <memory>

namespace liner::gui {

// The page NotesBrowser shows. It never reads anything itself: what it shows was loaded when it
// was rendered.
class NotesDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl& name) override;
};

// How much of a page is rendered as Markdown; the rest is shown as written, as plain text, under
// a line saying so, up to kNotesPageLimit characters in all. The UI thread lays a page out again
// at every change of width, in time that grows with the page: the limits keep that short. Beyond
// them a last line says how much more the notes hold.
constexpr qsizetype kNotesMarkdownLimit = qsizetype(128) * 1024;
constexpr qsizetype kNotesPageLimit = qsizetype(384) * 1024;
// The longest block of text a page holds. Qt lays a block out in one go, so one long paragraph
// would hold the UI thread for as long as it takes: a longer one (no real paragraph is, it is
// 700 words) is laid out in blocks of kNotesPieceLength, one after the other with no gap
// between them, each starting on a new line.
constexpr qsizetype kNotesBlockLimit = 4000;
constexpr qsizetype kNotesPieceLength = 1000;

// Liner notes in Markdown, rendered as above, for a thread other than the UI thread to call (md4c
// writes the HTML, in time linear in the text). Raw HTML is shown as text, never run. Images load
// only from inside `folder` (where relative paths are looked up; none without it), by the rule for
// every file (common/InputFile: regular files only, of at most the pictures' cap), here and now;
// nothing is ever fetched from the network. The document belongs to no
// thread: whoever shows it moves it to theirs.
std::unique_ptr<NotesDocument> renderNotes(const QString& markdown, const QString& folder,
                                           const QFont& font);

} // namespace liner::gui
