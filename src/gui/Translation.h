#pragma once

#include <QLocale>
#include <QString>

namespace liner::gui {

// The locale the interface speaks: the preference ("ko", "en") when there is one, else the
// system's.
QLocale interfaceLocale(const QString& preference);

// Installs Liner's translation for `locale` (built into the binary) and Qt's own (standard
// buttons, from Qt's translations folder when installed). True when Liner's was found; English,
// the source language, needs none.
bool installTranslations(const QLocale& locale);

} // namespace liner::gui
