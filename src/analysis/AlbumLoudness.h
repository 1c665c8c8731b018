#pragma once

#include "analysis/AnalysisStore.h"
#include "analysis/LibraryAnalyzer.h"

#include <functional>

namespace liner::analysis {

// The albums of the folders' tracks (grouped as the library groups them) with their loudness
// measured over all their analysed tracks' gating blocks, and their true peak the highest of their
// tracks'. An album is measured again only when one of its tracks changed; the measure is kept in
// the store.
QList<AlbumMeasure> measureAlbums(AnalysisStore& store,
                                  const QList<library::FolderTracksPtr>& folders,
                                  const std::function<FileVersion(const QString&)>& versionOf);

} // namespace liner::analysis
