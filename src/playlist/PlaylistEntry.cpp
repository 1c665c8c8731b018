#include "playlist/PlaylistEntry.h"

#include "common/FileName.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace liner::playlist {

namespace {

// Two letters at least, so that "C:/Music" stays a Windows drive path rather than scheme "c".
bool isUrl(const QString& location, LocationSyntax syntax)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+:"));
    static const QRegularExpression schemeAndAuthority(
        QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]+://"));
    if (syntax == LocationSyntax::UriReference)
        return scheme.match(location).hasMatch();
    return schemeAndAuthority.match(location).hasMatch() ||
           location.startsWith(QLatin1String("file:"), Qt::CaseInsensitive);
}

bool isWindowsDrivePath(const QString& path)
{
    return path.size() >= 3 && path[0].isLetter() && path[0].unicode() < 128 && path[1] == u':' &&
           path[2] == u'/';
}

// A drive path names nothing here, and a NUL (percent-decoded "%00") would only make Qt warn.
bool isExistingFile(const QString& path)
{
    return !isWindowsDrivePath(path) && !path.contains(QChar(0)) &&
           pathType(path) == PathType::File;
}

// A URI's percent-encoded bytes are the file name's bytes, which need not be UTF-8.
QString percentDecodedName(QByteArrayView encoded)
{
    return decodeFileName(QByteArray::fromPercentEncoding(encoded.toByteArray()));
}

QString localPathOf(const QUrl& url)
{
    QString path = url.toLocalFile();
    if (path.isEmpty())
        return path;
    const QString bytesPath = percentDecodedName(url.path(QUrl::FullyEncoded).toLatin1());
    if (!hasRawBytes(bytesPath))
        return path;
    return url.host().isEmpty() ? bytesPath : QStringLiteral("//") + url.host() + bytesPath;
}

QString absoluteLocalPath(QString path, const QString& baseDir)
{
    if (!path.startsWith(u'/'))
        path.replace(u'\\', u'/');
    // Cleaned after the drive letter only, so that "C:/.." stays on drive C:.
    if (isWindowsDrivePath(path))
        return path.first(2) + QDir::cleanPath(path.sliced(2));
    // QDir takes ":name" for a Qt resource; in a playlist it is a file name like any other.
    if (path.startsWith(u':'))
        path.prepend(QLatin1String("./"));
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

} // namespace

ResolvedLocation resolveLocation(const QString& location, const QString& baseDir,
                                 LocationSyntax syntax)
{
    if (isUrl(location, syntax)) {
        const QUrl url(location, QUrl::TolerantMode);
        const QString path = url.isLocalFile() ? localPathOf(url) : QString();
        if (path.isEmpty())
            return {{}, true};
        return {absoluteLocalPath(path, baseDir), false};
    }
    const QString path =
        syntax == LocationSyntax::UriReference ? percentDecodedName(location.toUtf8()) : location;
    return {absoluteLocalPath(path, baseDir), false};
}

PlaylistEntry PlaylistEntry::fromLocation(const QString& location, const QString& baseDir,
                                          LocationSyntax syntax)
{
    const ResolvedLocation resolved = resolveLocation(location, baseDir, syntax);
    PlaylistEntry entry;
    entry.location = location;
    entry.localPath = resolved.localPath;
    entry.isStream = resolved.isStream;
    entry.missing = !entry.isStream && !isExistingFile(entry.localPath);
    return entry;
}

PlaylistEntry PlaylistEntry::fromLocation(const QString& location, QByteArrayView bytes,
                                          const QString& baseDir)
{
    PlaylistEntry entry = fromLocation(location, baseDir);
    if (!entry.missing || bytes.isEmpty())
        return entry;
    const QString asBytes = decodeFileName(bytes.trimmed());
    if (asBytes == location)
        return entry;
    PlaylistEntry byBytes = fromLocation(asBytes, baseDir);
    return byBytes.missing ? entry : byBytes;
}

PlaylistEntry PlaylistEntry::fromLocalFile(const QString& path, const QString& title,
                                           int durationSeconds)
{
    PlaylistEntry entry;
    entry.location = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    entry.localPath = entry.location;
    entry.title = title;
    entry.durationSeconds = durationSeconds;
    entry.missing = !isExistingFile(entry.localPath);
    return entry;
}

} // namespace liner::playlist
