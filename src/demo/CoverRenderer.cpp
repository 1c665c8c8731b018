#include "demo/CoverRenderer.h"

#include "demo/Synth.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>
#include <cmath>

namespace liner::demo {

namespace {

QColor shifted(QColor color, int hueShift)
{
    const int hue = (color.hsvHue() + hueShift + 360) % 360;
    return QColor::fromHsv(hue, color.hsvSaturation(), color.value(), color.alpha());
}

void paintSky(QPainter& p, double s, int hueShift)
{
    QLinearGradient sky(0, 0, s * 0.3, s);
    sky.setColorAt(0.0, shifted(QColor(18, 22, 58), hueShift));
    sky.setColorAt(0.55, shifted(QColor(74, 30, 82), hueShift));
    sky.setColorAt(1.0, shifted(QColor(158, 52, 86), hueShift));
    p.fillRect(QRectF(0, 0, s, s), sky);
}

void paintMoon(QPainter& p, double s, Rng& rng)
{
    const QPointF centre(s * (0.58 + 0.2 * rng.uniform()), s * (0.22 + 0.12 * rng.uniform()));
    QRadialGradient glow(centre, s * 0.32);
    glow.setColorAt(0.0, QColor(255, 236, 214, 235));
    glow.setColorAt(0.18, QColor(255, 214, 200, 150));
    glow.setColorAt(0.5, QColor(240, 150, 170, 40));
    glow.setColorAt(1.0, QColor(240, 150, 170, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(glow);
    p.drawEllipse(centre, s * 0.32, s * 0.32);
}

void paintRipples(QPainter& p, double s, Rng& rng)
{
    const QPointF centre(s * (0.3 + 0.4 * rng.uniform()), s * 0.8);
    p.setBrush(Qt::NoBrush);
    for (int ring = 1; ring <= 9; ++ring) {
        const double r = s * 0.035 * ring * (1.0 + 0.08 * ring);
        QPen pen(QColor(255, 220, 230, 150 - ring * 14));
        pen.setWidthF(s * 0.004);
        p.setPen(pen);
        // Flattened circles read as rings on water seen from the side.
        p.drawEllipse(centre, r * 2.2, r * 0.55);
    }
}

void paintTears(QPainter& p, double s, Rng& rng)
{
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 7; ++i) {
        const double size = s * (0.018 + 0.03 * rng.uniform());
        const QPointF at(s * (0.12 + 0.76 * rng.uniform()), s * (0.3 + 0.42 * rng.uniform()));
        QPainterPath drop;
        drop.moveTo(at.x(), at.y() - size * 2.2);
        drop.cubicTo(at.x() + size * 0.2, at.y() - size * 1.2, at.x() + size, at.y() - size * 0.4,
                     at.x() + size, at.y());
        drop.arcTo(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size), 0, -180);
        drop.cubicTo(at.x() - size, at.y() - size * 0.4, at.x() - size * 0.2, at.y() - size * 1.2,
                     at.x(), at.y() - size * 2.2);
        QLinearGradient fill(at.x(), at.y() - size * 2.2, at.x(), at.y() + size);
        fill.setColorAt(0.0, QColor(220, 235, 255, 40));
        fill.setColorAt(1.0, QColor(200, 225, 255, 170));
        p.setBrush(fill);
        p.drawPath(drop);
    }
}

void paintCrown(QPainter& p, double s)
{
    const double base = s * 0.62;
    const double left = s * 0.2;
    const double width = s * 0.6;
    QPainterPath crown;
    crown.moveTo(left, base);
    const int peaks = 5;
    for (int k = 0; k < peaks; ++k) {
        const double x0 = left + width * k / peaks;
        const double tall = k == peaks / 2 ? 0.22 : (k % 2 ? 0.15 : 0.18);
        crown.lineTo(x0 + width / peaks / 2, base - s * tall);
        crown.lineTo(x0 + width / peaks, base);
    }
    QPen pen(QColor(244, 204, 128, 200));
    pen.setWidthF(s * 0.006);
    pen.setJoinStyle(Qt::MiterJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(crown);
    // The band under the points is what turns a zigzag into a crown.
    p.drawLine(QPointF(left, base + s * 0.03), QPointF(left + width, base + s * 0.03));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 226, 160, 220));
    for (int k = 0; k < peaks; ++k) {
        const double tall = k == peaks / 2 ? 0.22 : (k % 2 ? 0.15 : 0.18);
        p.drawEllipse(QPointF(left + width * (k + 0.5) / peaks, base - s * tall - s * 0.012),
                      s * 0.01, s * 0.01);
    }
}

void paintSnow(QPainter& p, double s, Rng& rng)
{
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 140; ++i) {
        const double r = s * (0.0015 + 0.004 * rng.uniform() * rng.uniform());
        p.setBrush(QColor(255, 255, 255, 60 + rng.below(150)));
        p.drawEllipse(QPointF(s * rng.uniform(), s * rng.uniform()), r, r);
    }
}

} // namespace

QByteArray renderCoverJpeg(int size, int variation)
{
    QImage image(size, size, QImage::Format_RGB32);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        Rng rng(0xC0FEull + std::uint64_t(variation) * 104729);
        const double s = size;
        const int hueShift = variation == 0 ? 0 : (variation * 37) % 80 - 40;
        paintSky(painter, s, hueShift);
        paintMoon(painter, s, rng);
        paintRipples(painter, s, rng);
        paintCrown(painter, s);
        paintTears(painter, s, rng);
        paintSnow(painter, s, rng);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace liner::demo
