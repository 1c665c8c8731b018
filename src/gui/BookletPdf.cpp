#include "gui/BookletPdf.h"

#include "gui/BookletPages.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace liner::gui {

namespace {
constexpr qreal kPageMillimetres = 120;
} // namespace

bool exportBookletPdf(const BookletContent& content, const QString& path, QString* error)
{
    const BookletPages pages(content, BookletStyle::forPrint(content.cover));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(
            QPageSize(QSizeF(kPageMillimetres, kPageMillimetres), QPageSize::Millimeter));
        writer.setPageMargins(QMarginsF());
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Liner"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QCoreApplication::translate("BookletPdf", "Could not start the PDF.");
            file.cancelWriting();
            return false;
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        const qreal scale = writer.width() / BookletPages::kPageSide;
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            pages.paint(painter, page);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace liner::gui
