#include "gui/AlbumKindLabel.h"

#include <QCoreApplication>

namespace liner::gui {

QString albumKindLabel(library::AlbumKind kind)
{
    // In the window's context, where these were first translated.
    switch (kind) {
    case library::AlbumKind::Compilation:
        return QCoreApplication::translate("liner::gui::MainWindow", "COMPILATION");
    case library::AlbumKind::Soundtrack:
        return QCoreApplication::translate("liner::gui::MainWindow", "SOUNDTRACK");
    case library::AlbumKind::Album:
        break;
    }
    return QCoreApplication::translate("liner::gui::MainWindow", "ALBUM");
}

} // namespace liner::gui
