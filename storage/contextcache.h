#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class SessionStore;
class StoreConnection;

// One row of context_lengths: what a server said about a model's room, as stored. The network
// layer's ContextLimits carries the same facts; the models convert (storage knows no network).
struct StoredContextLimits
{
    int contextLength = 0;
    int maxOutput = 0;
    bool replyOutside = false;
    bool requestsContext = false;
    QString source;
    QString tokenizer;
    QDateTime learntAt; // UTC; invalid: now, when saved
    int vision = -1; // whether the model takes images (schema v8): 1 yes, 0 no, -1 not said
};

// What the context window is measured against, kept in the store's file (schema v6) beside
// the messages: the context length a server gave per endpoint and model, the token counts of
// a server's tokenizer per message, and the "prompt was cut" flag of a reply. A part of the
// store: its statements go through the store's StoreConnection (prepared once, failures
// logged and reported by SessionStore::storageError), so it is used on the store's thread.
class ContextCache
{
public:
    explicit ContextCache(SessionStore *store);

    std::optional<StoredContextLimits> limits(const QString &endpoint, const QString &model) const;
    bool saveLimits(const QString &endpoint, const QString &model, const StoredContextLimits &limits);

    // Counts of `tokenizer` (a server and model, see TokenCounter::key()) for those of `ids` it has.
    QHash<qint64, int> tokenCounts(const QList<qint64> &ids, const QString &tokenizer) const;
    bool saveTokenCount(qint64 messageId, const QString &tokenizer, int tokens);

    // Marks a reply whose server dropped part of the prompt (Message::truncated).
    bool setTruncated(qint64 messageId, bool truncated);

private:
    StoreConnection *m_db;
};
