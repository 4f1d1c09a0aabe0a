#pragma once

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

// Fuzz input helpers. The whole input is the body (so the captured streams are seeds as they
// are); its length picks a chunk size, so one input is fed both whole and cut the way a network
// read might cut it.
namespace FuzzInput {

inline QByteArray body(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline qsizetype chunkSize(const uint8_t *, size_t size)
{
    return qsizetype(size % 61) + 1;
}

inline QList<QByteArray> chunks(const QByteArray &body, qsizetype chunk)
{
    QList<QByteArray> out;
    for (qsizetype at = 0; at < body.size(); at += chunk)
        out.append(body.mid(at, chunk));
    return out;
}

} // namespace FuzzInput
