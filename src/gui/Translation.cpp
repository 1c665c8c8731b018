#include "gui/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace liner::gui {

QLocale interfaceLocale(const QString& preference)
{
    return preference.isEmpty() ? QLocale::system() : QLocale(preference);
}

bool installTranslations(const QLocale& locale)
{
    // Parented to the application, so they live exactly as long as it.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* liner = new QTranslator(QCoreApplication::instance());
    if (!liner->load(locale, QStringLiteral("liner"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        delete liner;
        return false;
    }
    QCoreApplication::installTranslator(liner);
    return true;
}

} // namespace liner::gui
