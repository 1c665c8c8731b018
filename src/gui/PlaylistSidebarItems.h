#pragma once

#include "gui/SymbolicIcons.h"

#include <QTreeWidgetItem>

// The kinds of rows in the playlist sidebar's tree and what they carry, for the files that make
// up PlaylistSidebar.
namespace liner::gui::sidebar {

enum class Kind
{
    Header,
    Queue,
    Playlist,
    Deleted,
    Smart,
    SmartHeader,
};

constexpr int kKindRole = Qt::UserRole;
// A playlist item's name before the listener edited it; a deleted item's file.
constexpr int kKeyRole = Qt::UserRole + 1;

inline Kind kindOf(const QTreeWidgetItem* item)
{
    return item ? Kind(item->data(0, kKindRole).toInt()) : Kind::Header;
}

// The symbol each kind of row wears.
inline QString iconNameOf(Kind kind)
{
    switch (kind) {
    case Kind::Queue:
        return QStringLiteral("view-list-symbolic");
    case Kind::Header:
    case Kind::Playlist:
        return QStringLiteral("view-media-playlist-symbolic");
    case Kind::Smart:
    case Kind::SmartHeader:
        return QStringLiteral("starred-playlist-symbolic");
    case Kind::Deleted:
        return QStringLiteral("user-trash-symbolic");
    }
    return {};
}

inline QTreeWidgetItem* newItem(QTreeWidgetItem* parent, const QString& text, Kind kind,
                                const QString& key = {})
{
    auto* item = new QTreeWidgetItem(parent, {text});
    item->setData(0, kKindRole, int(kind));
    item->setData(0, kKeyRole, key);
    item->setIcon(0, symbolicIcon(iconNameOf(kind)));
    return item;
}

} // namespace liner::gui::sidebar
