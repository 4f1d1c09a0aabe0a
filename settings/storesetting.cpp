#include "settings/storesetting.h"

#include <QSettings>

namespace {
const QString Key = QStringLiteral("database/location");
}

QString StoreSetting::saved(const QSettings &settings)
{
    return settings.value(Key).toString().trimmed();
}

void StoreSetting::save(QSettings *settings, const QString &location)
{
    settings->setValue(Key, location.trimmed());
    settings->sync();
}

QString StoreSetting::choose(
    const QString &commandLine, bool given, const QSettings &settings, const QString &fallback)
{
    if (given)
        return commandLine;
    const QString chosen = saved(settings);
    return chosen.isEmpty() ? fallback : chosen;
}
