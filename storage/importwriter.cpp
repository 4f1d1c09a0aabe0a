#include "storage/importwriter.h"

#include "storage/messagecolumns.h"
#include "storage/sqliteconnection.h"
#include "storage/sqlvalues.h"
#include "storage/storetransaction.h"

#include <QJsonDocument>
#include <QUuid>

using namespace SqlValues;

ImportWriter::ImportWriter(SqliteConnection *db)
    : m_db(db)
{ }

qint64 ImportWriter::write(const SessionInfo &info, const QList<Message> &messages)
{
    StoreTransaction transaction(m_db);
    if (!transaction.isActive())
        return 0;
    const qint64 now = nowMs();
    qint64 sessionId = 0;
    {
        CachedQuery session = m_db->prepare(QStringLiteral(
            "INSERT INTO sessions (uuid, title, created_at, updated_at, pinned, system_prompt, "
            "provider, model, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        session->addBindValue(
            info.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : info.uuid);
        session->addBindValue(nonNull(info.title));
        session->addBindValue(msOr(info.createdAt, now));
        session->addBindValue(msOr(info.updatedAt, now));
        session->addBindValue(info.pinned ? 1 : 0);
        session->addBindValue(nonNull(info.systemPrompt));
        session->addBindValue(nonNull(info.provider));
        session->addBindValue(nonNull(info.model));
        session->addBindValue(QString::fromUtf8(QJsonDocument(info.settings).toJson(QJsonDocument::Compact)));
        if (!m_db->exec(*session))
            return 0;
        sessionId = session->lastInsertId().toLongLong();
    }
    qint64 parent = 0;
    for (Message m : messages) {
        CachedQuery insert = m_db->prepare(MessageColumns::insertSql());
        m.sessionId = sessionId;
        const qint64 created = msOr(m.createdAt, now);
        MessageColumns::bindInsert(*insert, m, parent, created, msOr(m.updatedAt, created), QString());
        if (!m_db->exec(*insert))
            return 0;
        parent = insert->lastInsertId().toLongLong();
    }
    CachedQuery leaf = m_db->prepare(QStringLiteral("UPDATE sessions SET current_leaf = ? WHERE id = ?"));
    leaf->addBindValue(idOrNull(parent));
    leaf->addBindValue(sessionId);
    if (!m_db->exec(*leaf) || !transaction.commit())
        return 0;
    return sessionId;
}
