#pragma once

#include "library/Track.h"

#include <QCollator>
#include <QString>
#include <QStringView>

namespace liner::library {

// The order a library plays in: folders as a person orders them (numbers by value, any script), a
// folder's own files before its subfolders, then disc and track numbers, then file names, then the
// place in a file (CUE tracks). One collator per thread: QCollator is not to be shared.
class PlayingOrder
{
public:
    PlayingOrder();

    // Where a track goes among the tracks of its folder.
    struct Key
    {
        int disc = 0;
        int number = 0;
        QString name; // the file name
        qint64 startUs = 0;

        static Key of(const Track& track);
    };

    bool before(const Key& a, const Key& b) const;
    // Folder paths compared a component at a time, so "A/B" comes right after "A" and before "A
    // 2"; negative, zero or positive.
    int compareFolders(QStringView a, QStringView b) const;
    int compareNames(QStringView a, QStringView b) const { return m_collator.compare(a, b); }

private:
    QCollator m_collator;
};

} // namespace liner::library
