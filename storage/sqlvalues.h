#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

// How Confab's values are stored: times as ms since the epoch (UTC), absent ids and token
// counts as NULL, text never NULL (the text columns are NOT NULL).
namespace SqlValues {

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QDateTime fromMs(const QVariant &value)
{
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

inline qint64 msOr(const QDateTime &time, qint64 fallback)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QVariant tokensOrNull(int tokens)
{
    return tokens >= 0 ? QVariant(tokens) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace SqlValues
