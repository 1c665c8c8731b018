#include "library/PlayingOrder.h"

namespace liner::library {

namespace {

// The C locale (services, containers, CI) collates by code point, which puts "Album 10" before
// "Album 2" and every capital before every small letter; English rules follow the Unicode default
// order for other scripts and put numbers in order of value.
QLocale collationLocale()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale(QLocale::English) : system;
}

} // namespace

PlayingOrder::PlayingOrder() : m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
}

PlayingOrder::Key PlayingOrder::Key::of(const Track& track)
{
    return {track.discNumber, track.trackNumber, track.path.mid(track.path.lastIndexOf(u'/') + 1),
            track.startUs};
}

bool PlayingOrder::before(const Key& a, const Key& b) const
{
    if (a.disc != b.disc)
        return a.disc < b.disc;
    if (a.number != b.number)
        return a.number < b.number;
    if (a.name != b.name)
        return m_collator.compare(a.name, b.name) < 0;
    return a.startUs < b.startUs;
}

int PlayingOrder::compareFolders(QStringView a, QStringView b) const
{
    qsizetype atA = 0;
    qsizetype atB = 0;
    while (atA < a.size() && atB < b.size()) {
        qsizetype endA = a.indexOf(u'/', atA);
        qsizetype endB = b.indexOf(u'/', atB);
        endA = endA < 0 ? a.size() : endA;
        endB = endB < 0 ? b.size() : endB;
        const QStringView partA = a.mid(atA, endA - atA);
        const QStringView partB = b.mid(atB, endB - atB);
        if (partA != partB) {
            if (const int order = m_collator.compare(partA, partB); order != 0)
                return order;
            // Names the collator holds equal ("a" and "A" under some rules) still differ.
            return partA.compare(partB);
        }
        atA = endA + 1;
        atB = endB + 1;
    }
    return int(atA < a.size()) - int(atB < b.size());
}

} // namespace liner::library
