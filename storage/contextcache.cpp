#include "storage/contextcache.h"

#include "storage/sessionstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace {
QSqlDatabase connection(const SessionStore *store)
{
    return QSqlDatabase::database(store->connectionName(), false);
}
} // namespace

ContextCache::ContextCache(SessionStore *store)
    : m_store(store)
{ }

std::optional<ContextLimits> ContextCache::limits(const QString &endpoint, const QString &model) const
{
    QSqlQuery q(connection(m_store));
    q.prepare(QStringLiteral("SELECT context_length, max_output, reply_outside, requests_context, source, "
                             "tokenizer, learnt_at FROM context_lengths WHERE endpoint = ? AND model = ?"));
    q.addBindValue(endpoint);
    q.addBindValue(model);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ContextLimits limits;
    limits.contextLength = q.value(0).toInt();
    limits.maxOutput = q.value(1).toInt();
    limits.replyOutside = q.value(2).toBool();
    limits.requestsContext = q.value(3).toBool();
    limits.source = q.value(4).toString();
    limits.tokenizer = q.value(5).toString();
    limits.learntAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return limits;
}

bool ContextCache::saveLimits(const QString &endpoint, const QString &model, const ContextLimits &limits)
{
    QSqlQuery q(connection(m_store));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO context_lengths (endpoint, model, context_length, max_output, reply_outside, "
        "requests_context, source, tokenizer, learnt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(endpoint);
    q.addBindValue(model);
    q.addBindValue(limits.contextLength);
    q.addBindValue(limits.maxOutput);
    q.addBindValue(limits.replyOutside ? 1 : 0);
    q.addBindValue(limits.requestsContext ? 1 : 0);
    q.addBindValue(limits.source);
    q.addBindValue(limits.tokenizer);
    const QDateTime at = limits.learntAt.isValid() ? limits.learntAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(at.toMSecsSinceEpoch());
    return q.exec();
}

QHash<qint64, int> ContextCache::tokenCounts(const QList<qint64> &ids, const QString &tokenizer) const
{
    QHash<qint64, int> counts;
    QSqlQuery q(connection(m_store));
    q.prepare(QStringLiteral("SELECT tokens FROM token_counts WHERE message_id = ? AND tokenizer = ?"));
    for (const qint64 id : ids) {
        q.addBindValue(id);
        q.addBindValue(tokenizer);
        if (q.exec() && q.next())
            counts.insert(id, q.value(0).toInt());
    }
    return counts;
}

bool ContextCache::saveTokenCount(qint64 messageId, const QString &tokenizer, int tokens)
{
    QSqlQuery q(connection(m_store));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO token_counts (message_id, tokenizer, tokens) VALUES (?, ?, ?)"));
    q.addBindValue(messageId);
    q.addBindValue(tokenizer);
    q.addBindValue(tokens);
    return q.exec();
}

bool ContextCache::setTruncated(qint64 messageId, bool truncated)
{
    QSqlQuery q(connection(m_store));
    q.prepare(QStringLiteral("UPDATE messages SET truncated = ? WHERE id = ?"));
    q.addBindValue(truncated ? 1 : 0);
    q.addBindValue(messageId);
    return q.exec() && q.numRowsAffected() == 1;
}
