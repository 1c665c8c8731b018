#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace liner::testing {

// A home of the test's own, so that what Liner writes (settings, playlists, the library cache,
// a server's listing and songs) lands there and never in the real one: HOME, with the XDG
// folders where they usually are under it (~/.config, ~/.local/share, ~/.cache).
class PrivateHome
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString configFolder() const { return m_dir.filePath(QStringLiteral(".config")); }
    QString dataFolder() const { return m_dir.filePath(QStringLiteral(".local/share")); }
    QString cacheFolder() const { return m_dir.filePath(QStringLiteral(".cache")); }

    // For this process: the XDG folders (QStandardPaths and QSettings read them at each call).
    // HOME stays, which the desktop's keyring and D-Bus may need.
    void applyToThisProcess() const;
    // For a child process: HOME and the XDG folders.
    void applyTo(QProcessEnvironment& environment) const;

private:
    QTemporaryDir m_dir;
};

} // namespace liner::testing
