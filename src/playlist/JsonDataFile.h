#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

namespace liner::playlist {

// What reading one of Liner's own JSON files found.
struct JsonFileRead
{
    QJsonObject root;   // empty when there is no such file yet
    QString cannotRead; // the file is there but could not be read
    QString damage;     // the file is not a JSON object
};

JsonFileRead readJsonFile(const QString& path);

// A user data file Liner cannot understand is kept, renamed beside itself to PATH.damaged (or
// .damaged-2, -3, … when taken), never overwritten; returns where it went, or an empty string
// when it could not be moved.
QString keepDamagedFile(const QString& path);

// One of the listener's JSON files (play counts, smart playlists), {"version": N, ...}. Whatever
// is found where it should be, Liner starts, says what it found, and loses nothing it had:
// - a file that is not of its kind (garbage, another layout) is kept aside as PATH.damaged and
//   the data starts empty; one written by a newer Liner is read for what this one knows of it,
//   and a copy is kept as PATH.version-N;
// - a file that cannot be read (no permission, a folder, a FIFO) is never written over;
// - every write is atomic (common/AtomicWrite), so a full disk leaves the old file whole;
// - every write merges: under a lock on the folder, the file is read again as it is now and
//   this process's changes are made on that, so what another Liner wrote meanwhile stays.
class JsonDataFile
{
public:
    // Says what is wrong with a root that is JSON but not laid out as this file's, or nothing.
    using LayoutCheck = std::function<QString(const QJsonObject&)>;
    // Makes this process's changes on the root the file holds now; `damaged`: the file held
    // something else (now kept aside) and `root` is empty.
    using Merge = std::function<void(QJsonObject& root, bool damaged)>;

    JsonDataFile(const QString& path, int version, LayoutCheck layoutProblem);

    const QString& path() const { return m_path; }

    struct Loaded
    {
        QJsonObject root;
        QString problem; // what to tell the listener, or empty
    };
    // Reads the file, after removing what writes cut short by a crash left beside it.
    Loaded load() const;
    // Writes the file as `merge` makes it. Returns an error message, or an empty string.
    QString update(const Merge& merge) const;

private:
    QString m_path;
    int m_version;
    LayoutCheck m_layoutProblem;
};

} // namespace liner::playlist
