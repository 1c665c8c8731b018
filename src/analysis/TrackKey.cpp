#include "analysis/TrackKey.h"

#include <QFile>
#include <sys/stat.h>

namespace liner::analysis {

FileVersion fileVersionOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return {qint64(info.st_size),
            qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

} // namespace liner::analysis
