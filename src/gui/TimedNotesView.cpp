#include "gui/TimedNotesView.h"

#include "library/TrackModel.h"
#include "notes/TimedNotes.h"

#include <QEvent>

namespace liner::gui {

TimedNotesView::TimedNotesView(QWidget* parent) : QListWidget(parent)
{
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    setSpacing(2);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const int index = row(item); index >= 0 && index < m_notes.size())
            emit seekRequested(m_notes.at(index).timeMs);
    });
    connect(this, &QListWidget::itemClicked, this, &QListWidget::itemActivated);
}

void TimedNotesView::setNotes(const QList<notes::TimedNote>& notes)
{
    m_notes = notes;
    clear();
    for (const notes::TimedNote& note : m_notes)
        addItem(QStringLiteral("%1   %2").arg(library::TrackModel::formatClock(note.timeMs),
                                              note.text));
    const int previous = m_current;
    m_current = -1;
    showCurrent();
    if (previous != -1)
        emit currentNoteChanged(-1);
}

void TimedNotesView::setPosition(qint64 positionMs)
{
    const int current = notes::timedNoteAt(m_notes, positionMs);
    if (current == m_current)
        return;
    m_current = current;
    showCurrent();
    if (current >= 0)
        scrollToItem(item(current), QAbstractItemView::PositionAtCenter);
    emit currentNoteChanged(current);
}

void TimedNotesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        showCurrent();
    QListWidget::changeEvent(event);
}

void TimedNotesView::showCurrent()
{
    const qint64 currentTime = m_current >= 0 ? m_notes.at(m_current).timeMs : -1;
    for (int i = 0; i < count(); ++i) {
        // Notes given for one moment show together.
        const bool current = m_current >= 0 && m_notes.at(i).timeMs == currentTime;
        const bool coming = m_notes.at(i).timeMs > currentTime;
        QFont font = QListWidget::font();
        font.setBold(current);
        item(i)->setFont(font);
        item(i)->setForeground(
            palette().brush(coming ? QPalette::PlaceholderText : QPalette::Text));
        item(i)->setBackground(current ? palette().brush(QPalette::AlternateBase) : QBrush());
    }
}

} // namespace liner::gui
