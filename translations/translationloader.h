#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs Confab's translation (embedded under :/i18n) and Qt's own for `locale` on `app`.
namespace TranslationLoader {
// Returns true if Confab's translation for the locale was found (English needs none).
bool install(QCoreApplication *app, const QLocale &locale = QLocale());
// Resource path of Confab's .qm for a language code such as "de", for tests.
QString resourcePath(const QString &language);
} // namespace TranslationLoader
