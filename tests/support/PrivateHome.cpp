#include "support/PrivateHome.h"

#include <QFile>

namespace liner::testing {

void PrivateHome::applyToThisProcess() const
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configFolder()));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataFolder()));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(cacheFolder()));
}

void PrivateHome::applyTo(QProcessEnvironment& environment) const
{
    environment.insert(QStringLiteral("HOME"), path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configFolder());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataFolder());
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheFolder());
}

} // namespace liner::testing
