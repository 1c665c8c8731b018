#include "gui/SymbolicIcons.h"

#include <QDir>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace liner::gui {

namespace {

const QString kShippedFolder = QStringLiteral(":/icons/symbolic/");

class SymbolicIconEngine : public QIconEngine
{
public:
    SymbolicIconEngine(QString name, QColor color) : m_name(std::move(name)), m_color(color) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio =
            painter->device() != nullptr ? painter->device()->devicePixelRatioF() : 1;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State /*state*/,
                         qreal scale) override
    {
        const QSize pixels = size * scale;
        if (pixels.isEmpty())
            return {};
        const QColor color = colorFor(mode);
        const QString key = QStringLiteral("liner-symbolic:%1:%2x%3:%4")
                                .arg(m_name)
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(color.rgba(), 0, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = render(pixels, color);
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode /*mode*/, QIcon::State /*state*/) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QList<QSize> availableSizes(QIcon::Mode /*mode*/, QIcon::State /*state*/) override
    {
        return {{16, 16}, {24, 24}, {32, 32}, {48, 48}, {64, 64}};
    }

    QIconEngine* clone() const override { return new SymbolicIconEngine(m_name, m_color); }
    QString key() const override { return QStringLiteral("liner-symbolic"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return false; }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        if (m_color.isValid()) {
            QColor color = m_color;
            if (mode == QIcon::Disabled)
                color.setAlphaF(color.alphaF() * 0.4F);
            return color;
        }
        const QPalette palette = QGuiApplication::palette();
        if (mode == QIcon::Disabled)
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        return palette.color(QPalette::Active, mode == QIcon::Selected ? QPalette::HighlightedText
                                                                       : QPalette::WindowText);
    }

    // The shape at this size, then every painted pixel in one colour (keeping its coverage).
    QPixmap render(const QSize& pixels, const QColor& color) const
    {
        const int side = std::min(pixels.width(), pixels.height());
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRect square((pixels.width() - side) / 2, (pixels.height() - side) / 2, side, side);
        if (usesThemeIcons()) {
            painter.drawPixmap(square, QIcon::fromTheme(m_name).pixmap(square.size()));
        } else {
            QSvgRenderer svg(kShippedFolder + m_name + QStringLiteral(".svg"));
            svg.render(&painter, square);
        }
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), color);
        painter.end();
        return QPixmap::fromImage(image);
    }

    QString m_name;
    QColor m_color;
};

} // namespace

QStringList symbolicIconNames()
{
    QStringList names;
    for (const QString& file : QDir(kShippedFolder).entryList({QStringLiteral("*.svg")}))
        names << file.chopped(4);
    return names;
}

bool usesThemeIcons()
{
    static const bool theme = [] {
        const QString name = QIcon::themeName();
        if (name.isEmpty() || name == u"hicolor")
            return false;
        const QStringList names = symbolicIconNames();
        return std::ranges::all_of(names,
                                   [](const QString& icon) { return QIcon::hasThemeIcon(icon); });
    }();
    return theme;
}

QIcon symbolicIcon(const QString& name, const QColor& color)
{
    return QIcon(new SymbolicIconEngine(name, color));
}

} // namespace liner::gui
