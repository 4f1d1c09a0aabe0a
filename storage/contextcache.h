#pragma once

#include "network/contextlimits.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class SessionStore;

// What the context window is measured against, kept in the store's file (schema v6) beside
// the messages: the context length a server gave per endpoint and model, the token counts of
// a server's tokenizer per message, and the "prompt was cut" flag of a reply. Uses the store's
// connection, so it is used on the store's thread.
class ContextCache
{
public:
    explicit ContextCache(SessionStore *store);

    std::optional<ContextLimits> limits(const QString &endpoint, const QString &model) const;
    bool saveLimits(const QString &endpoint, const QString &model, const ContextLimits &limits);

    // Counts of `tokenizer` (a server and model, see TokenCounter::key()) for those of `ids` it has.
    QHash<qint64, int> tokenCounts(const QList<qint64> &ids, const QString &tokenizer) const;
    bool saveTokenCount(qint64 messageId, const QString &tokenizer, int tokens);

    // Marks a reply whose server dropped part of the prompt (Message::truncated).
    bool setTruncated(qint64 messageId, bool truncated);

private:
    SessionStore *m_store;
};
