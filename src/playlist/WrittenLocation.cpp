#include "playlist/WrittenLocation.h"

#include "common/FileName.h"

#include <QDir>
#include <QUrl>

namespace liner::playlist {

namespace {

QString relativePathUnder(const QString& path, const QString& folder)
{
    if (folder.isEmpty() || !QDir::isAbsolutePath(path))
        return {};
    QString relative = QDir(folder).relativeFilePath(path);
    if (relative.isEmpty() || relative == u".." || relative.startsWith(QLatin1String("../")) ||
        QDir::isAbsolutePath(relative))
        return {};
    return relative;
}

// True when a reader, which trims each line and takes '#' for a comment, gets `text` back.
bool fitsOnALine(const QString& text)
{
    return !text.isEmpty() && !text.contains(u'\n') && !text.contains(u'\r') &&
           !text.startsWith(u'#') && text.trimmed() == text;
}

// Percent-encoded bytes: a name that is not UTF-8 keeps its bytes.
QString percentEncodedName(const QString& name, const QByteArray& unreserved)
{
    return QString::fromLatin1(encodeFileName(name).toPercentEncoding(unreserved));
}

QString fileUrl(const QString& path)
{
    // QUrl would write a byte that is not UTF-8 as U+FFFD.
    if (hasRawBytes(path))
        return QStringLiteral("file://") + percentEncodedName(path, "/");
    return QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded());
}

} // namespace

QString writtenLocation(const PlaylistEntry& entry, const QString& relativeTo,
                        LocationSyntax syntax)
{
    if (entry.isStream || entry.localPath.isEmpty()) {
        // A URL stays a URL when its blanks and line breaks are percent-encoded; everything else in
        // it is kept as is.
        if (syntax == LocationSyntax::Path && !fitsOnALine(entry.location))
            return QString::fromLatin1(
                QUrl::toPercentEncoding(entry.location, ":/?#[]@!$&'()*+,;=%~"));
        return entry.location;
    }

    QStringList candidates;
    const QString relative = relativePathUnder(entry.localPath, relativeTo);
    if (syntax == LocationSyntax::UriReference) {
        if (!relative.isEmpty())
            candidates << percentEncodedName(relative, "/");
        // A Windows drive path is not absolute here, so no file:// URL; percent-encoded as it is,
        // it reads back as the same drive path.
        if (!QDir::isAbsolutePath(entry.localPath))
            candidates << percentEncodedName(entry.localPath, "/:");
    } else if (!hasRawBytes(entry.localPath)) {
        // Plain only when the name is UTF-8: the playlist's text cannot hold other bytes as they
        // are. The file:// URL below carries them percent-encoded, and VLC and mpv read it so.
        if (!relative.isEmpty())
            candidates << relative << QStringLiteral("./") + relative;
        candidates << entry.localPath;
    }
    for (const QString& candidate : std::as_const(candidates)) {
        const ResolvedLocation back = resolveLocation(candidate, relativeTo, syntax);
        if (!back.isStream && back.localPath == entry.localPath &&
            (syntax == LocationSyntax::UriReference || fitsOnALine(candidate)))
            return candidate;
    }
    return fileUrl(entry.localPath);
}

} // namespace liner::playlist
