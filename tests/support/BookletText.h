#pragma once

#include "gui/BookletPages.h"

#include <QStringList>

namespace liner::testing {

// Every run of text on the booklet's pages, one per line, in page order. Links liner_gui.
inline QString bookletText(const gui::BookletPages& pages)
{
    QStringList texts;
    for (int page = 0; page < pages.pageCount(); ++page) {
        for (const gui::BookletText& text : pages.texts(page))
            texts << text.text;
    }
    return texts.join(u'\n');
}

} // namespace liner::testing
