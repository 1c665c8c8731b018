#include "playlist/JsonDataFile.h"

#include "common/AtomicWrite.h"
#include "common/FileLock.h"
#include "common/InputFile.h"
#include "common/KeptAside.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace liner::playlist {

namespace {

// How long a write waits for another Liner writing the same folder, before writing anyway.
constexpr int kLockWaitMs = 2000;

const QString kVersionKey = QStringLiteral("version");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

JsonFileRead readJsonFile(const QString& path)
{
    JsonFileRead read;
    const InputBytes file = readInputFile(path, InputKind::UserData);
    if (file.missing)
        return read;
    if (!file.ok()) {
        read.cannotRead = file.error;
        return read;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.bytes, &error);
    if (error.error != QJsonParseError::NoError)
        read.damage = error.errorString();
    else if (!document.isObject())
        read.damage = QStringLiteral("not a JSON object");
    read.root = document.object();
    return read;
}

QString keepDamagedFile(const QString& path)
{
    return common::moveAside(path, QStringLiteral("damaged"));
}

JsonDataFile::JsonDataFile(const QString& path, int version, LayoutCheck layoutProblem)
    : m_path(path), m_version(version), m_layoutProblem(std::move(layoutProblem))
{}

JsonDataFile::Loaded JsonDataFile::load() const
{
    common::removeUnfinishedWrites(QFileInfo(m_path).absolutePath());
    const JsonFileRead read = readJsonFile(m_path);
    if (!read.cannotRead.isEmpty())
        return {{},
                QStringLiteral("Cannot read %1: %2. Liner will not write it until it can read it.")
                    .arg(native(m_path), read.cannotRead)};
    if (read.root.isEmpty() && read.damage.isEmpty())
        return {};
    const QString damage = read.damage.isEmpty() ? m_layoutProblem(read.root) : read.damage;
    if (!damage.isEmpty()) {
        const QString aside = keepDamagedFile(m_path);
        return {{},
                aside.isEmpty()
                    ? QStringLiteral("%1 is damaged (%2) and cannot be moved aside; Liner will not "
                                     "write it")
                          .arg(native(m_path), damage)
                    : QStringLiteral("%1 is damaged (%2); it was kept as %3")
                          .arg(native(m_path), damage, native(aside))};
    }
    const int version = read.root.value(kVersionKey).toInt();
    if (version > m_version) {
        const QString copy = common::copyAside(m_path, QStringLiteral("version-%1").arg(version));
        if (copy.isEmpty())
            return {read.root, QStringLiteral("%1 was written by a newer Liner (version %2), and "
                                              "no copy of it could be kept")
                                   .arg(native(m_path))
                                   .arg(version)};
        return {read.root, QStringLiteral("%1 was written by a newer Liner (version %2); Liner "
                                          "reads what it knows of it and kept a copy as %3")
                               .arg(native(m_path))
                               .arg(version)
                               .arg(native(copy))};
    }
    return {read.root, {}};
}

QString JsonDataFile::update(const Merge& merge) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return QStringLiteral("Cannot write %1: its folder cannot be made").arg(native(m_path));
    // Held until the file is written; if another Liner holds it that long, it has hung.
    const common::FileLock lock(QDir(folder).filePath(QStringLiteral(".liner-data.lock")),
                                kLockWaitMs);
    JsonFileRead now = readJsonFile(m_path);
    if (!now.cannotRead.isEmpty())
        return QStringLiteral("Cannot write %1: it cannot be read (%2), and Liner never writes "
                              "over a file it could not read")
            .arg(native(m_path), now.cannotRead);
    const bool exists = !now.root.isEmpty() || !now.damage.isEmpty();
    const bool damaged =
        exists && !(now.damage.isEmpty() ? m_layoutProblem(now.root) : now.damage).isEmpty();
    if (damaged) {
        const QString aside = keepDamagedFile(m_path);
        if (aside.isEmpty())
            return QStringLiteral("Cannot write %1: it is damaged and cannot be moved aside, and "
                                  "Liner never writes over a file it could not read")
                .arg(native(m_path));
        qWarning("liner: %s was damaged when Liner wrote it again; it was kept as %s",
                 qPrintable(native(m_path)), qPrintable(native(aside)));
        now.root = {};
    }
    merge(now.root, damaged);
    now.root.insert(kVersionKey, m_version);
    return common::writeFileAtomically(m_path,
                                       QJsonDocument(now.root).toJson(QJsonDocument::Indented));
}

} // namespace liner::playlist
