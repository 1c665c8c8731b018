#pragma once

#include "playlist/SmartPlaylist.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace liner::gui {

// Makes or edits a smart playlist: its name, whether all rules or any one must hold, and rows of
// field / comparison / value, added and removed with their buttons. The comparisons offered follow
// the field: text fields (mood, character, artist, genre) take is, is not, contains; numbers
// (year, rating, play count) take is, is not, at least, at most.
class SmartPlaylistDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SmartPlaylistDialog(const playlist::SmartPlaylist& playlist,
                                 QWidget* parent = nullptr);

    playlist::SmartPlaylist playlist() const;
    void addRule(const playlist::SmartRule& rule = {});
    int ruleCount() const;

private:
    void fillComparisons(QComboBox* comparisons, playlist::SmartRule::Field field);
    void updateOk();

    QLineEdit* m_name;
    QComboBox* m_match;
    QVBoxLayout* m_rules;
    QPushButton* m_ok;
};

} // namespace liner::gui
