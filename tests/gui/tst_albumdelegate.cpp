#include "gui/AlbumDelegate.h"
#include "library/AlbumModel.h"

#include <QApplication>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QTest>
#include <algorithm>
#include <cstdlib>

using namespace liner;

namespace {

library::Track trackAt(const QString& path, const QString& album, const QString& albumFolder = {})
{
    library::Track track;
    track.path = path;
    track.title = QStringLiteral("Song");
    track.artist = QStringLiteral("Liner Demo Ensemble");
    track.album = album;
    track.albumFolder = albumFolder;
    track.durationMs = 60'000;
    return track;
}

// The cover part of an album's tile as the grid paints it (the text under it left out).
QImage coverOfTile(QListView& view, gui::AlbumDelegate& delegate, const QModelIndex& index)
{
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.state &= ~QStyle::State_MouseOver;
    option.decorationSize = view.iconSize();
    option.rect = QRect(QPoint(0, 0), view.gridSize());
    QImage tile(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
    tile.fill(option.palette.color(QPalette::Base));
    QPainter painter(&tile);
    delegate.paint(&painter, option, index);
    painter.end();
    return tile.copy(0, 0, tile.width(), view.iconSize().height() + 12);
}

// Whether two colours differ clearly, not by the rounding of two paints of one picture.
bool clearlyDiffer(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))}) > 16;
}

// The pixels where two pictures of one size differ clearly.
QList<QPoint> differences(const QImage& a, const QImage& b)
{
    QList<QPoint> points;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (clearlyDiffer(a.pixel(x, y), b.pixel(x, y)))
                points << QPoint(x, y);
        }
    }
    return points;
}

} // namespace

// The album grid's tiles: the playing album's badge and a server album's cloud mark both show.
class TestAlbumDelegate : public QObject
{
    Q_OBJECT

private slots:
    void thePlayingBadgeLeavesTheServerMarkVisible()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        library::AlbumModel albums;
        // Neither has a cover: both show the same blank sleeve, so the cloud is all that differs.
        albums.addTracks(
            {trackAt(QStringLiteral("/nowhere/On Disk/1.flac"), QStringLiteral("On Disk")),
             trackAt(QStringLiteral("subsonic://alice@127.0.0.1:4040/song/7"),
                     QStringLiteral("On the Server"),
                     QStringLiteral("subsonic://alice@127.0.0.1:4040/album/3"))});
        QCOMPARE(albums.rowCount(), 2);
        const int remoteRow =
            albums.index(0).data(library::AlbumModel::RemoteRole).toBool() ? 0 : 1;
        const QModelIndex remote = albums.index(remoteRow);
        const QModelIndex local = albums.index(1 - remoteRow);
        QVERIFY(remote.data(library::AlbumModel::RemoteRole).toBool());
        QVERIFY(!local.data(library::AlbumModel::RemoteRole).toBool());

        QListView view;
        view.setViewMode(QListView::IconMode);
        view.setIconSize(
            QSize(library::AlbumModel::kThumbnailPixels, library::AlbumModel::kThumbnailPixels));
        view.setGridSize(gui::AlbumDelegate::gridCell(view.iconSize(), view.fontMetrics()));
        view.setModel(&albums);
        gui::AlbumDelegate delegate(&view);

        const QImage localIdle = coverOfTile(view, delegate, local);
        const QImage remoteIdle = coverOfTile(view, delegate, remote);
        const QList<QPoint> cloud = differences(localIdle, remoteIdle);
        QVERIFY2(cloud.size() > 100, qPrintable(QString::number(cloud.size())));

        delegate.setPlayingAlbum(local.data(library::AlbumModel::KeyRole).toString());
        const QImage localPlaying = coverOfTile(view, delegate, local);
        QVERIFY(differences(localIdle, localPlaying).size() > 100);

        delegate.setPlayingAlbum(remote.data(library::AlbumModel::KeyRole).toString());
        const QImage remotePlaying = coverOfTile(view, delegate, remote);
        // The same ring and badge as the local album's, and every pixel of the cloud unchanged.
        QCOMPARE(differences(localPlaying, remotePlaying), cloud);
        for (const QPoint& point : cloud)
            QVERIFY(!clearlyDiffer(remotePlaying.pixel(point), remoteIdle.pixel(point)));
    }
};

QTEST_MAIN(TestAlbumDelegate)
#include "tst_albumdelegate.moc"
