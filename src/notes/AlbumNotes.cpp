#include "AlbumNotes.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace liner::notes {

QString AlbumNotes::load(const QString& albumFolder)
{
    QFile file(QDir(albumFolder).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return albumProse(QString::fromUtf8(file.readAll()));
}

QString AlbumNotes::albumProse(const QString& markdown)
{
    QStringList prose;
    const QStringList lines =
        (markdown.startsWith(QChar(0xFEFF)) ? markdown.mid(1) : markdown).split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        QString line = rawLine;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1String("## ")))
            break;
        if (line.startsWith(QLatin1String("# ")))
            continue;
        prose << line;
    }
    return prose.join(QLatin1Char('\n')).trimmed();
}

} // namespace liner::notes
