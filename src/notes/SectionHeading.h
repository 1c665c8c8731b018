#pragma once

#include <QString>

namespace liner::notes {

// The text of a `## ` track heading, read as "N. Title", "N Title", "D-N. Title" or "Title".
struct SectionHeading
{
    int disc = 0;
    int number = 0;
    QString title;
    // Set when the heading clearly meant a number ("0. Title", "99999999999. Title") that is not
    // a usable one; the section is then matched by its title only.
    QString numberError;
};

// `text` is what follows "## " on the line; a closing run of '#' (Markdown allows it) is dropped.
SectionHeading parseSectionHeading(QStringView text);

} // namespace liner::notes
