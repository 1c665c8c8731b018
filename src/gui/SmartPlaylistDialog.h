#pragma once

#include "library/Track.h"
#include "playlist/SmartPlaylist.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QComboBox;
class QLineEdit;

namespace Ui {
class SmartPlaylistDialog;
}

namespace liner::gui {

// Makes or edits a smart playlist (laid out in ui/SmartPlaylistDialog.ui): its name, whether all
// rules or any one must hold, and rows of field / comparison / value, added and removed with their
// buttons. The comparisons offered follow the field: text fields (mood, character, artist, genre)
// take is, is not, contains; numbers (year, rating, play count) take is, is not, at least, at
// most. Given the library, the value suggests what the library has for the field (its moods, its
// characters, ...) and the dialog counts the tracks the rules pick as they are written.
class SmartPlaylistDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SmartPlaylistDialog(const playlist::SmartPlaylist& playlist,
                                 QWidget* parent = nullptr);
    ~SmartPlaylistDialog() override;

    // The tracks the rules are tried on, and the statistics ratings and plays come from.
    void setLibrary(const QList<library::Track>& tracks, const playlist::PlayStats& stats);

    playlist::SmartPlaylist playlist() const;
    void addRule(const playlist::SmartRule& rule = {});
    int ruleCount() const;
    // "12 tracks match", or empty without a library.
    QString matchCountText() const;
    // What the value field suggests for a field.
    QStringList suggestions(playlist::SmartRule::Field field) const;

private:
    void fillComparisons(QComboBox* comparisons, playlist::SmartRule::Field field);
    void suggest(QLineEdit* value, playlist::SmartRule::Field field);
    void updateOk();
    void countMatches();

    std::unique_ptr<Ui::SmartPlaylistDialog> m_ui;
    QList<library::Track> m_library;
    const liner::playlist::PlayStats* m_stats = nullptr;
    QTimer m_recount; // counting waits for a pause in the typing
};

} // namespace liner::gui
