// liner-render-icon SVG OUTDIR SIZE...: renders the icon's PNG sizes (OUTDIR/SIZE.png) from its
// SVG at build time, so the one drawing is the only source of every size.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: liner-render-icon SVG OUTDIR SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "liner-render-icon: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QDir out(arguments.at(2));
    if (!out.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "liner-render-icon: cannot create %s\n", qPrintable(out.path()));
        return 1;
    }
    for (const QString& sizeText : arguments.mid(3)) {
        const int size = sizeText.toInt();
        if (size <= 0) {
            std::fprintf(stderr, "liner-render-icon: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString path = out.filePath(sizeText + QStringLiteral(".png"));
        if (!image.save(path)) {
            std::fprintf(stderr, "liner-render-icon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
