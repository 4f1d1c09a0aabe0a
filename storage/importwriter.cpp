#include "storage/importwriter.h"

#include "storage/attachmentstore.h"
#include "storage/messagecolumns.h"
#include "storage/sqlvalues.h"
#include "storage/storeconnection.h"
#include "storage/storetransaction.h"

#include <QJsonDocument>

using namespace SqlValues;

ImportWriter::ImportWriter(StoreConnection *db)
    : m_db(db)
{ }

QList<qint64> ImportWriter::write(const QList<SessionTree> &trees, QString *error)
{
    StoreTransaction transaction(m_db);
    if (!transaction.isActive())
        return {};
    const qint64 now = nowMs();
    AttachmentStore attachments(m_db);
    QList<qint64> sessionIds;
    for (const SessionTree &tree : trees) {
        const SessionInfo &info = tree.session;
        qint64 sessionId = 0;
        {
            CachedQuery session = m_db->prepare(
                QStringLiteral(
                    "INSERT INTO sessions (uuid, title, created_at, updated_at, pinned, system_prompt, "
                    "provider, "
                    "model, settings, created_us, updated_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                + m_db->returningId());
            session->addBindValue(nonNull(info.uuid));
            session->addBindValue(nonNull(info.title));
            session->addBindValue(msOr(info.createdAt, now));
            session->addBindValue(msOr(info.updatedAt, now));
            session->addBindValue(info.pinned ? 1 : 0);
            session->addBindValue(nonNull(info.systemPrompt));
            session->addBindValue(nonNull(info.provider));
            session->addBindValue(nonNull(info.model));
            session->addBindValue(
                QString::fromUtf8(QJsonDocument(info.settings).toJson(QJsonDocument::Compact)));
            session->addBindValue(info.createdMicros);
            session->addBindValue(info.updatedMicros);
            if (!m_db->exec(*session))
                return {};
            sessionId = m_db->insertedId(*session);
        }
        QList<qint64> ids;
        ids.reserve(tree.messages.size());
        for (int i = 0; i < tree.messages.size(); ++i) {
            const int parent = i < tree.parents.size() ? tree.parents.at(i) : i - 1;
            // A parent must come first; anything else is a bug in the importer, refused whole.
            if (parent >= i) {
                *error
                    = QStringLiteral("message %1 of \"%2\" comes before its parent").arg(i).arg(info.title);
                return {};
            }
            Message m = tree.messages.at(i);
            m.sessionId = sessionId;
            const qint64 created = msOr(m.createdAt, now);
            CachedQuery insert = m_db->prepare(MessageColumns::insertSql() + m_db->returningId());
            MessageColumns::bindInsert(
                *insert, m, parent >= 0 ? ids.at(parent) : 0, created, msOr(m.updatedAt, created), QString());
            if (!m_db->exec(*insert))
                return {};
            ids << m_db->insertedId(*insert);
            if (!attachments.link(ids.last(), m.attachments, error))
                return {};
        }
        const int current
            = tree.currentLeaf >= 0 && tree.currentLeaf < ids.size() ? tree.currentLeaf : int(ids.size()) - 1;
        CachedQuery leaf = m_db->prepare(QStringLiteral("UPDATE sessions SET current_leaf = ? WHERE id = ?"));
        leaf->addBindValue(idOrNull(current >= 0 ? ids.at(current) : 0));
        leaf->addBindValue(sessionId);
        if (!m_db->exec(*leaf))
            return {};
        sessionIds << sessionId;
    }
    if (!transaction.commit())
        return {};
    return sessionIds;
}
