#include "storage/messagecolumns.h"

#include "storage/sqlvalues.h"

#include <QSqlQuery>
#include <QStringList>

using namespace SqlValues;

namespace {

// The stored columns after the id, in the order both statements use.
const char *const columns[]
    = {"session_id", "parent_id", "role", "content", "reasoning", "state", "created_at", "updated_at",
        "model", "prompt_tokens", "completion_tokens", "finish_reason", "error", "created_us", "truncated"};

} // namespace

QString MessageColumns::select(bool postgres)
{
    QStringList list {QStringLiteral("m.id")};
    for (const char *column : columns) {
        const QLatin1String name(column);
        if (name == QLatin1String("content") || name == QLatin1String("reasoning"))
            list << withChunks(name, postgres);
        else
            list << QStringLiteral("m.") + name;
    }
    return list.join(QStringLiteral(", "));
}

QString MessageColumns::withChunks(QLatin1String column, bool postgres)
{
    // Only a streaming row's chunks count: a fold that failed halfway may leave some behind.
    return QStringLiteral("CASE WHEN m.state = 'streaming' THEN m.%1 || %2 ELSE m.%1 END")
        .arg(column, chunks(column, QStringLiteral("m.id"), postgres));
}

QString MessageColumns::chunks(QLatin1String column, const QString &messageId, bool postgres)
{
    // SQLite reads one message's chunks in primary-key order, so group_concat() joins them in
    // order; PostgreSQL is told the order.
    const QString joined = postgres ? QStringLiteral("string_agg(c.%1, '' ORDER BY c.seq)").arg(column)
                                    : QStringLiteral("group_concat(c.%1, '')").arg(column);
    return QStringLiteral("COALESCE((SELECT %1 FROM message_chunks c WHERE c.message_id = %2), '')")
        .arg(joined, messageId);
}

Message MessageColumns::fromQuery(const QSqlQuery &q)
{
    Message m;
    m.id = q.value(0).toLongLong();
    m.sessionId = q.value(1).toLongLong();
    m.parentId = q.value(2).toLongLong();
    m.role = q.value(3).toString();
    m.content = q.value(4).toString();
    m.reasoning = q.value(5).toString();
    m.state = messageStateFromString(q.value(6).toString());
    m.createdAt = fromMs(q.value(7));
    m.updatedAt = fromMs(q.value(8));
    m.model = q.value(9).toString();
    m.promptTokens = q.value(10).isNull() ? -1 : q.value(10).toInt();
    m.completionTokens = q.value(11).isNull() ? -1 : q.value(11).toInt();
    m.finishReason = q.value(12).toString();
    m.error = q.value(13).toString();
    m.createdMicros = q.value(14).toInt();
    m.truncated = q.value(15).toBool();
    return m;
}

QString MessageColumns::insertSql()
{
    QStringList names;
    for (const char *column : columns)
        names << QLatin1String(column);
    names << QStringLiteral("writer");
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO messages (%1) VALUES (%2)")
        .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

void MessageColumns::bindInsert(QSqlQuery &q, const Message &m, qint64 parentId, qint64 createdMs,
    qint64 updatedMs, const QString &writer)
{
    q.addBindValue(m.sessionId);
    q.addBindValue(idOrNull(parentId));
    q.addBindValue(nonNull(m.role));
    q.addBindValue(nonNull(m.content));
    q.addBindValue(nonNull(m.reasoning));
    q.addBindValue(messageStateToString(m.state));
    q.addBindValue(createdMs);
    q.addBindValue(updatedMs);
    q.addBindValue(nonNull(m.model));
    q.addBindValue(tokensOrNull(m.promptTokens));
    q.addBindValue(tokensOrNull(m.completionTokens));
    q.addBindValue(nonNull(m.finishReason));
    q.addBindValue(nonNull(m.error));
    q.addBindValue(m.createdMicros);
    q.addBindValue(m.truncated ? 1 : 0);
    q.addBindValue(nonNull(writer));
}
