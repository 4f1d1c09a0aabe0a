#include "clicommands.h"
#include "translations/translationloader.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same names as the app, so the default database and settings are the app's.
    QCoreApplication::setOrganizationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationName(QStringLiteral("Confab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    TranslationLoader::install(&app); // messages in the user's language (German, French)
    CliCommands cli;
    return cli.run(app.arguments());
}
