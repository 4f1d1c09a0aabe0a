#pragma once

#include <QString>
#include <QVariant>

// Values bound to the store's statements (shared by the SessionStore parts).
namespace SqlValues {
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; text columns are NOT NULL.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QVariant tokensOrNull(int tokens)
{
    return tokens >= 0 ? QVariant(tokens) : QVariant(QMetaType(QMetaType::Int));
}
} // namespace SqlValues
