#pragma once

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace liner::testing {

// The interface in Korean while this lives, as the program shows it with the language set to
// Korean: Liner's translation, Qt's own (standard buttons) and Korean number formats. Widgets
// made while it lives speak Korean.
class KoreanInterface
{
public:
    KoreanInterface()
    {
        const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
        m_loaded = m_liner.load(korean, QStringLiteral("liner"), QStringLiteral("_"),
                                QStringLiteral(":/i18n"));
        QCoreApplication::installTranslator(&m_liner);
        if (m_qt.load(korean, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        QLocale::setDefault(korean);
    }
    ~KoreanInterface()
    {
        QLocale::setDefault(m_before);
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_liner);
    }
    KoreanInterface(const KoreanInterface&) = delete;
    KoreanInterface& operator=(const KoreanInterface&) = delete;

    // Whether Liner's translation was found (it is built into liner_gui).
    bool isLoaded() const { return m_loaded; }

private:
    QLocale m_before;
    QTranslator m_liner;
    QTranslator m_qt;
    bool m_loaded = false;
};

} // namespace liner::testing
