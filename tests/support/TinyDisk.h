#pragma once

#include <QString>

namespace liner::testing {

// A file system of a few KiB mounted over a folder, to see what a full disk does to a write: a
// tmpfs in a mount namespace of this thread's own (unshare(CLONE_NEWNS) and mount(2), as
// `unshare -m` and `mount -t tmpfs -o size=...` do), so nothing outside the test sees it. That
// needs root (CAP_SYS_ADMIN); where it is missing, reason() says why and the test skips.
// The namespace belongs to the thread that made the disk: write from that thread.
class TinyDisk
{
public:
    TinyDisk(const QString& folder, qint64 bytes);
    ~TinyDisk();
    TinyDisk(const TinyDisk&) = delete;
    TinyDisk& operator=(const TinyDisk&) = delete;

    bool isMounted() const { return m_mounted; }
    // Why the disk could not be made.
    const QString& reason() const { return m_reason; }
    // Fills the disk until not one more byte fits, with a file of its own; empty() frees it.
    bool fill();
    void empty();

private:
    QString m_folder;
    QString m_reason;
    bool m_mounted = false;
};

} // namespace liner::testing
