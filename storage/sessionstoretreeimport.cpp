// SessionStore::importTrees(): the one entry point through which imports write (a part of
// SessionStore kept apart from the connection and message code).
#include "storage/sessionstore.h"
#include "storage/sqlvalues.h"
#include "storage/storetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

using SqlValues::idOrNull;
using SqlValues::nonNull;
using SqlValues::tokensOrNull;

QList<qint64> SessionStore::importTrees(const QList<SessionTree> &trees)
{
    StoreTransaction transaction(this);
    if (!transaction.isActive())
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery session(db);
    session.prepare(QStringLiteral(
        "INSERT INTO sessions (uuid, title, created_at, updated_at, pinned, system_prompt, provider, model, "
        "settings, created_us, updated_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO messages (session_id, parent_id, role, content, reasoning, state, "
                       "created_at, updated_at, "
                       "model, prompt_tokens, completion_tokens, finish_reason, error, created_us) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery leaf(db);
    leaf.prepare(QStringLiteral("UPDATE sessions SET current_leaf = ? WHERE id = ?"));

    QList<qint64> sessionIds;
    for (const SessionTree &tree : trees) {
        const SessionInfo &info = tree.session;
        session.addBindValue(nonNull(info.uuid));
        session.addBindValue(nonNull(info.title));
        session.addBindValue(info.createdAt.isValid() ? info.createdAt.toMSecsSinceEpoch() : now);
        session.addBindValue(info.updatedAt.isValid() ? info.updatedAt.toMSecsSinceEpoch() : now);
        session.addBindValue(info.pinned ? 1 : 0);
        session.addBindValue(nonNull(info.systemPrompt));
        session.addBindValue(nonNull(info.provider));
        session.addBindValue(nonNull(info.model));
        session.addBindValue(QString::fromUtf8(QJsonDocument(info.settings).toJson(QJsonDocument::Compact)));
        session.addBindValue(info.createdMicros);
        session.addBindValue(info.updatedMicros);
        if (!exec(session))
            return {};
        const qint64 sessionId = session.lastInsertId().toLongLong();

        QList<qint64> ids;
        ids.reserve(tree.messages.size());
        for (int i = 0; i < tree.messages.size(); ++i) {
            const Message &m = tree.messages.at(i);
            const int parent = i < tree.parents.size() ? tree.parents.at(i) : i - 1;
            const qint64 created = m.createdAt.isValid() ? m.createdAt.toMSecsSinceEpoch() : now;
            // A parent must come first; anything else is a bug in the importer, refused whole.
            if (parent >= i) {
                m_lastError
                    = QStringLiteral("message %1 of \"%2\" comes before its parent").arg(i).arg(info.title);
                return {};
            }
            insert.addBindValue(sessionId);
            insert.addBindValue(idOrNull(parent >= 0 ? ids.at(parent) : 0));
            insert.addBindValue(nonNull(m.role));
            insert.addBindValue(nonNull(m.content));
            insert.addBindValue(nonNull(m.reasoning));
            insert.addBindValue(messageStateToString(m.state));
            insert.addBindValue(created);
            insert.addBindValue(m.updatedAt.isValid() ? m.updatedAt.toMSecsSinceEpoch() : created);
            insert.addBindValue(nonNull(m.model));
            insert.addBindValue(tokensOrNull(m.promptTokens));
            insert.addBindValue(tokensOrNull(m.completionTokens));
            insert.addBindValue(nonNull(m.finishReason));
            insert.addBindValue(nonNull(m.error));
            insert.addBindValue(m.createdMicros);
            if (!exec(insert))
                return {};
            ids << insert.lastInsertId().toLongLong();
        }
        const int current
            = tree.currentLeaf >= 0 && tree.currentLeaf < ids.size() ? tree.currentLeaf : int(ids.size()) - 1;
        leaf.addBindValue(idOrNull(current >= 0 ? ids.at(current) : 0));
        leaf.addBindValue(sessionId);
        if (!exec(leaf))
            return {};
        sessionIds << sessionId;
    }
    if (!transaction.commit())
        return {};
    for (const qint64 id : sessionIds)
        Q_EMIT sessionAdded(id);
    return sessionIds;
}
