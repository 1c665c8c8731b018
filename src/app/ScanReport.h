#pragma once

#include "Track.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace liner::app {

// The `liner --scan --json` contract: one object per file, null where a value is unknown.
class ScanReport
{
public:
    static QJsonObject toJson(const library::Track& track);
    static QJsonArray toJson(const QList<library::Track>& tracks);
};

} // namespace liner::app
