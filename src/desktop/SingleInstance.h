#pragma once

#include "common/FileLock.h"

#include <QByteArrayList>
#include <QObject>
#include <QStringList>

namespace liner::desktop {

// One Liner window per user, so that two processes never write the same playlists, play counts,
// settings and library cache. The first window takes a lock in the data folder (held until the
// process ends, however it ends) and the name org.liner.Liner on the session bus; a later
// `liner PATH...` finds the lock taken, hands its paths to the first over D-Bus and ends, as
// Strawberry and Elisa do. The lock also covers a second login on another bus, or none: there a
// later window cannot hand its paths over, and says so instead of starting.
//
// The interface (object /org/liner/Liner): Activate() raises the window; Open(aay paths, b play)
// opens absolute paths, given as the bytes the file system names them by, as `liner [--play]
// PATH...` would.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.liner.Liner")

public:
    static constexpr const char* kServiceName = "org.liner.Liner";
    static constexpr const char* kObjectPath = "/org/liner/Liner";

    // Takes the lock in `dataFolder` (made when missing).
    explicit SingleInstance(const QString& dataFolder, QObject* parent = nullptr);

    // This process holds the lock: it is the window.
    bool isFirst() const { return m_lock.isLocked(); }
    // In the first: answers on the session bus. Returns why it cannot, or an empty string.
    QString publish();
    // In a later one: hands `paths` (made absolute here) to the first, waiting a little for one
    // that is still starting. Returns why it could not, or an empty string.
    QString handOver(const QStringList& paths, bool play) const;

public slots:
    Q_SCRIPTABLE void Activate();
    Q_SCRIPTABLE void Open(const QByteArrayList& paths, bool play);

signals:
    void activateRequested();
    void openRequested(const QStringList& paths, bool play);

private:
    common::FileLock m_lock;
};

} // namespace liner::desktop
