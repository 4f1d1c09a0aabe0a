#pragma once

#include "storage/message.h"

#include <QString>

class QSqlQuery;

// The messages table's columns, named once: what a SELECT reads (alias m) and what an INSERT
// writes, with the code that binds and reads them in the same order.
namespace MessageColumns {
// "m.id, m.session_id, …": SelectCount values, read back by fromQuery(). A streaming reply's
// text is its row's with its chunks (message_chunks) appended.
QString select(bool postgres);
// The stored `column` (content or reasoning) of message m with its chunks, as select() reads it.
QString withChunks(QLatin1String column, bool postgres);
// The text of message `messageId`'s chunks in order, for one `column` ('' without chunks).
QString chunks(QLatin1String column, const QString &messageId, bool postgres);
constexpr int SelectCount = 16;
Message fromQuery(const QSqlQuery &query);

// INSERT of every column but the id; bind with bindInsert().
QString insertSql();
// `parentId` and the times as stored (ms); `writer`: "host:pid" of a streaming reply's process.
void bindInsert(QSqlQuery &query, const Message &message, qint64 parentId, qint64 createdMs, qint64 updatedMs,
    const QString &writer);
} // namespace MessageColumns
