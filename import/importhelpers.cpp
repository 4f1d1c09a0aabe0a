#include "import/importhelpers.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <cmath>

namespace {
QDateTime fromMicros(double micros, int *rest)
{
    // Beyond year 9999 or before 1970 is no date a chat export means.
    if (!std::isfinite(micros) || micros < 0 || micros > 253402300799.0 * 1e6)
        return {};
    const qint64 whole = qint64(std::llround(micros));
    if (rest)
        *rest = int(whole % 1000);
    return QDateTime::fromMSecsSinceEpoch(whole / 1000, QTimeZone::utc());
}
} // namespace

QDateTime ImportHelpers::fromSeconds(const QJsonValue &value, int *micros)
{
    return value.isDouble() ? fromMicros(value.toDouble() * 1e6, micros) : QDateTime();
}

QDateTime ImportHelpers::fromMilliseconds(const QJsonValue &value, int *micros)
{
    return value.isDouble() ? fromMicros(value.toDouble() * 1e3, micros) : QDateTime();
}

QString ImportHelpers::conversationName(int index, const QString &title)
{
    return title.isEmpty() ? QCoreApplication::translate("HistoryImporter", "conversation %1").arg(index + 1)
                           : QCoreApplication::translate("HistoryImporter", "conversation %1 (\"%2\")")
                                 .arg(index + 1)
                                 .arg(title.left(80));
}
