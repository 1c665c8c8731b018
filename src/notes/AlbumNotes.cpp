#include "AlbumNotes.h"

#include "LinerNotesDocument.h"

#include <QDir>

namespace liner::notes {

QString AlbumNotes::load(const QString& albumFolder)
{
    const auto document = LinerNotesDocument::load(QDir(albumFolder).filePath(fileName()));
    return document ? document->albumProse() : QString();
}

QString AlbumNotes::albumProse(const QString& markdown)
{
    return LinerNotesDocument::parse(markdown.toUtf8()).albumProse();
}

} // namespace liner::notes
