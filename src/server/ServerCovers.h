#pragma once

#include "server/ServerCatalog.h"
#include "server/SubsonicClient.h"

#include <QSet>
#include <QString>
#include <functional>

namespace liner::server {

// Album covers of a server (getCoverArt), kept on disk as the catalog's tracks name them, so the
// library shows them without asking again. Blocking: run it off the UI thread.
class ServerCovers
{
public:
    // The edge covers are asked for at: enough for the album header, a tenth of a full-size scan.
    static constexpr int kPixels = 600;

    // Fetches every cover of `catalog` not yet on disk, but those in `coverless`; returns how many
    // arrived. A cover that cannot be had is left out (the album shows a blank sleeve), as a
    // missing file is, and its coverArt id added to `coverless` (the id, not the file the cover
    // would have been: 2.6 MB less for a server of 10,000 albums without covers), so that a
    // server that names covers it does not have is not asked for them at every listing. Stops
    // early when `stop` says so.
    static int fetchMissing(SubsonicClient& client, const Catalog& catalog,
                            QSet<QString>& coverless, const std::function<bool()>& stop = {});
};

} // namespace liner::server
