#pragma once

#include <QString>

namespace liner::gui {

// How a credit role of the notes ("composer", "lyricist", ...: lower-case English, see
// notes::TrackNotes) is named in the interface's language; a role Liner does not know is shown as
// written, its first letter capitalised.
QString creditRoleLabel(const QString& role);
// The same for a field Liner keeps without a meaning of its own ("Instrument: piano").
QString otherFieldLabel(const QString& key);

} // namespace liner::gui
