#pragma once

#include "storage/message.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

// Small readers shared by the importers of other apps' exports.
namespace ImportHelpers {
// Seconds (ChatGPT, Open WebUI: float or integer) or milliseconds (Chatbox) since the epoch,
// with the microseconds within the millisecond in `micros`. Invalid for null or non-numbers.
QDateTime fromSeconds(const QJsonValue &value, int *micros = nullptr);
QDateTime fromMilliseconds(const QJsonValue &value, int *micros = nullptr);
// "conversation 3 ("Trip")": how errors name the part of the file that was wrong.
QString conversationName(int index, const QString &title);
} // namespace ImportHelpers
