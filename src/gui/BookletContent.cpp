#include "gui/BookletContent.h"

#include "gui/CoverColours.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPalette>

namespace liner::gui {

namespace {

BookletStyle onPaper(const QColor& paper, const QColor& ink, const QImage& cover)
{
    BookletStyle style;
    style.paper = paper;
    style.ink = ink;
    style.mutedInk = withContrast(blended(ink, 0.62, paper), paper, 4.6);
    style.rule = blended(ink, 0.18, paper);
    style.accent = CoverColours::accentOn(cover, paper);
    style.chipFill = blended(style.accent, 0.13, paper);
    return style;
}

// Large enough for a page at any zoom, small enough to keep a PDF light.
constexpr int kMaxCoverPixels = 1200;

} // namespace

BookletContent BookletContent::fromAlbum(const library::AlbumInfo& album,
                                         const QList<library::Track>& tracks,
                                         const QList<notes::ResolvedNotes>& notes,
                                         const QImage& cover)
{
    BookletContent content;
    if (tracks.isEmpty())
        return content;
    const library::Track& first = tracks.first();
    content.folder = QFileInfo(first.path).absolutePath();
    // The library's names for the album: a soundtrack's, not its first single's.
    content.title = !album.title.isEmpty()  ? album.title
                    : first.album.isEmpty() ? QDir(content.folder).dirName()
                                            : first.album;
    content.artist =
        album.variousArtists
            ? QCoreApplication::translate("liner::gui::BookletContent", "Various Artists")
        : !album.artist.isEmpty()     ? album.artist
        : first.albumArtist.isEmpty() ? first.artist
                                      : first.albumArtist;
    content.kind = album.kind;
    content.genre = first.genre;
    content.year = album.year > 0 ? album.year : first.year;
    content.cover = cover.width() > kMaxCoverPixels || cover.height() > kMaxCoverPixels
                        ? cover.scaled(kMaxCoverPixels, kMaxCoverPixels, Qt::KeepAspectRatio,
                                       Qt::SmoothTransformation)
                        : cover;
    content.prose = notes.value(0).albumProse;
    content.entries.reserve(tracks.size());
    for (qsizetype row = 0; row < tracks.size(); ++row)
        content.entries << BookletEntry{tracks.at(row), notes.value(row).track, {}};
    for (const library::SoundtrackPart& part : album.parts) {
        for (qsizetype row = part.firstRow;
             row < part.firstRow + part.rowCount && row < content.entries.size(); ++row)
            content.entries[row].part = part.album;
    }
    return content;
}

BookletStyle BookletStyle::forScreen(const QPalette& palette, const QImage& cover)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5F;
    // Warm paper and near-black ink; in the dark, the same page with the light turned down.
    return dark ? onPaper(QColor(0x24, 0x21, 0x26), QColor(0xec, 0xe6, 0xdf), cover)
                : onPaper(QColor(0xfb, 0xf8, 0xf3), QColor(0x22, 0x1d, 0x1b), cover);
}

BookletStyle BookletStyle::forPrint(const QImage& cover)
{
    return onPaper(Qt::white, QColor(0x1a, 0x17, 0x16), cover);
}

} // namespace liner::gui
