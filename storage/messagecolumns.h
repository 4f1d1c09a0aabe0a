#pragma once

#include "storage/message.h"

class QSqlQuery;

// The messages table's columns, named once: what a SELECT reads (alias m) and what an INSERT
// writes, with the code that binds and reads them in the same order.
namespace MessageColumns {
// "m.id, m.session_id, …": SelectCount values, read back by fromQuery().
QString select();
constexpr int SelectCount = 16;
Message fromQuery(const QSqlQuery &query);

// INSERT of every column but the id; bind with bindInsert().
QString insertSql();
// `parentId` and the times as stored (ms); `writer`: "host:pid" of a streaming reply's process.
void bindInsert(QSqlQuery &query, const Message &message, qint64 parentId, qint64 createdMs, qint64 updatedMs,
    const QString &writer);
} // namespace MessageColumns
