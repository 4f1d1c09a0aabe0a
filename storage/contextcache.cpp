#include "storage/contextcache.h"

#include "storage/sessionstore.h"
#include "storage/sqlvalues.h"

using namespace SqlValues;

ContextCache::ContextCache(SessionStore *store)
    : m_db(&store->m_db)
{ }

std::optional<StoredContextLimits> ContextCache::limits(const QString &endpoint, const QString &model) const
{
    CachedQuery q = m_db->prepare(
        QStringLiteral("SELECT context_length, max_output, reply_outside, requests_context, source, "
                       "tokenizer, learnt_at, vision FROM context_lengths WHERE endpoint = ? AND model = ?"));
    q->addBindValue(endpoint);
    q->addBindValue(model);
    if (!m_db->exec(*q) || !q->next())
        return std::nullopt;
    StoredContextLimits limits;
    limits.contextLength = q->value(0).toInt();
    limits.maxOutput = q->value(1).toInt();
    limits.replyOutside = q->value(2).toBool();
    limits.requestsContext = q->value(3).toBool();
    limits.source = q->value(4).toString();
    limits.tokenizer = q->value(5).toString();
    limits.learntAt = fromMs(q->value(6));
    limits.vision = q->value(7).toInt();
    return limits;
}

bool ContextCache::saveLimits(
    const QString &endpoint, const QString &model, const StoredContextLimits &limits)
{
    CachedQuery q = m_db->prepare(QStringLiteral(
        "INSERT INTO context_lengths (endpoint, model, context_length, max_output, reply_outside, "
        "requests_context, source, tokenizer, learnt_at, vision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (endpoint, model) DO UPDATE SET context_length = excluded.context_length, "
        "max_output = excluded.max_output, reply_outside = excluded.reply_outside, "
        "requests_context = excluded.requests_context, source = excluded.source, "
        "tokenizer = excluded.tokenizer, learnt_at = excluded.learnt_at, vision = excluded.vision"));
    q->addBindValue(endpoint);
    q->addBindValue(model);
    q->addBindValue(limits.contextLength);
    q->addBindValue(limits.maxOutput);
    q->addBindValue(limits.replyOutside ? 1 : 0);
    q->addBindValue(limits.requestsContext ? 1 : 0);
    q->addBindValue(nonNull(limits.source));
    q->addBindValue(nonNull(limits.tokenizer));
    q->addBindValue(msOr(limits.learntAt, nowMs()));
    q->addBindValue(limits.vision);
    return m_db->exec(*q);
}

QHash<qint64, int> ContextCache::tokenCounts(const QList<qint64> &ids, const QString &tokenizer) const
{
    QHash<qint64, int> counts;
    CachedQuery q = m_db->prepare(
        QStringLiteral("SELECT tokens FROM token_counts WHERE message_id = ? AND tokenizer = ?"));
    for (const qint64 id : ids) {
        q->addBindValue(id);
        q->addBindValue(tokenizer);
        if (m_db->exec(*q) && q->next())
            counts.insert(id, q->value(0).toInt());
        q->finish();
    }
    return counts;
}

bool ContextCache::saveTokenCount(qint64 messageId, const QString &tokenizer, int tokens)
{
    CachedQuery q = m_db->prepare(
        QStringLiteral("INSERT INTO token_counts (message_id, tokenizer, tokens) VALUES (?, ?, ?) "
                       "ON CONFLICT (message_id, tokenizer) DO UPDATE SET tokens = excluded.tokens"));
    q->addBindValue(messageId);
    q->addBindValue(tokenizer);
    q->addBindValue(tokens);
    return m_db->exec(*q);
}

bool ContextCache::setTruncated(qint64 messageId, bool truncated)
{
    CachedQuery q = m_db->prepare(QStringLiteral("UPDATE messages SET truncated = ? WHERE id = ?"));
    q->addBindValue(truncated ? 1 : 0);
    q->addBindValue(messageId);
    return m_db->exec(*q) && q->numRowsAffected() == 1;
}
