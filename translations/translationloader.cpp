#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace TranslationLoader {

QString resourcePath(const QString &language)
{
    return QStringLiteral(":/i18n/confab_%1.qm").arg(language);
}

bool install(QCoreApplication *app, const QLocale &locale)
{
    // Qt's strings (standard buttons, context menus of text fields) from the system's Qt.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("confab"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    // No translation for this language: English, whose file only holds the plural forms
    // ("1 message", "2 messages") that tr("%n message(s)") needs.
    if (own->load(resourcePath(QStringLiteral("en"))))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return false;
}

} // namespace TranslationLoader
