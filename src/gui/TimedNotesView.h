#pragma once

#include "notes/TrackNotes.h"

#include <QListWidget>

namespace liner::gui {

// A track's timed notes as a commentary that follows the music: every note with its time, the
// one for the moment playing marked and kept in view, those still to come dimmed. Clicking a
// note asks to go to its moment.
class TimedNotesView : public QListWidget
{
    Q_OBJECT

public:
    explicit TimedNotesView(QWidget* parent = nullptr);

    void setNotes(const QList<notes::TimedNote>& notes);
    const QList<notes::TimedNote>& notes() const { return m_notes; }
    void setPosition(qint64 positionMs);
    // Index into notes() of the note showing, or -1 (before the first, or none).
    int currentNote() const { return m_current; }

signals:
    void currentNoteChanged(int index);
    void seekRequested(qint64 positionMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCurrent();

    QList<notes::TimedNote> m_notes;
    int m_current = -1;
};

} // namespace liner::gui
