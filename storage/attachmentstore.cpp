#include "storage/attachmentstore.h"

#include "storage/sqlvalues.h"
#include "storage/storeconnection.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {
const QLatin1String kColumns("a.sha256, l.name, a.mime_type, a.size, a.width, a.height, a.text");

Attachment fromQuery(const QSqlQuery &q)
{
    Attachment a;
    a.sha256 = q.value(0).toString();
    a.name = q.value(1).toString();
    a.mimeType = q.value(2).toString();
    a.size = q.value(3).toLongLong();
    a.width = q.value(4).toInt();
    a.height = q.value(5).toInt();
    a.text = q.value(6).toString();
    return a;
}
} // namespace

using SqlValues::nonNull;

AttachmentStore::AttachmentStore(StoreConnection *db)
    : m_db(db)
{ }

bool AttachmentStore::link(qint64 messageId, const QList<Attachment> &attachments, QString *error)
{
    for (int i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments.at(i);
        qint64 attachmentId = 0;
        {
            CachedQuery find = m_db->prepare(QStringLiteral("SELECT id FROM attachments WHERE sha256 = ?"));
            find->addBindValue(a.sha256);
            if (!m_db->exec(*find))
                return false;
            if (find->next())
                attachmentId = find->value(0).toLongLong();
        }
        if (!attachmentId) {
            if (a.data.isEmpty()) { // a stored file's reference whose file went meanwhile
                *error = QCoreApplication::translate("SessionStore", "The attachments could not be saved.");
                return false;
            }
            // Same content, same row: the first copy's bytes are kept.
            CachedQuery put = m_db->prepare(
                QStringLiteral("INSERT INTO attachments (sha256, mime_type, size, width, height, "
                               "text, data) VALUES (?, ?, ?, ?, ?, ?, ?)")
                + m_db->returningId());
            put->addBindValue(a.sha256);
            put->addBindValue(a.mimeType);
            put->addBindValue(qint64(a.data.size()));
            put->addBindValue(a.width);
            put->addBindValue(a.height);
            put->addBindValue(nonNull(a.text));
            put->addBindValue(a.data);
            if (!m_db->exec(*put))
                return false;
            attachmentId = m_db->insertedId(*put);
        }
        CachedQuery insertLink
            = m_db->prepare(QStringLiteral("INSERT INTO message_attachments (message_id, position, "
                                           "attachment_id, name) VALUES (?, ?, ?, ?)"));
        insertLink->addBindValue(messageId);
        insertLink->addBindValue(i);
        insertLink->addBindValue(attachmentId);
        insertLink->addBindValue(nonNull(a.name));
        if (!m_db->exec(*insertLink))
            return false;
    }
    return true;
}

QList<Attachment> AttachmentStore::forMessage(qint64 messageId) const
{
    QList<Attachment> list;
    CachedQuery q
        = m_db->prepare(QStringLiteral("SELECT %1 FROM message_attachments l JOIN attachments a ON a.id = "
                                       "l.attachment_id WHERE l.message_id = ? ORDER BY l.position")
                            .arg(kColumns));
    q->addBindValue(messageId);
    if (!m_db->exec(*q))
        return list;
    while (q->next())
        list << fromQuery(*q);
    return list;
}

std::optional<QHash<qint64, QList<Attachment>>> AttachmentStore::forSession(qint64 sessionId) const
{
    QHash<qint64, QList<Attachment>> files;
    CachedQuery q = m_db->prepare(
        QStringLiteral("SELECT %1, l.message_id FROM message_attachments l JOIN attachments a ON a.id = "
                       "l.attachment_id JOIN messages m ON m.id = l.message_id WHERE m.session_id = ? "
                       "ORDER BY l.message_id, l.position")
            .arg(kColumns));
    q->addBindValue(sessionId);
    if (!m_db->exec(*q))
        return std::nullopt;
    while (q->next())
        files[q->value(7).toLongLong()] << fromQuery(*q);
    return files;
}

void AttachmentStore::fill(QList<Message> *messages) const
{
    if (messages->isEmpty())
        return;
    // One range probe for the page (the key's order), rather than one query per message: most
    // messages have no files, and a page's ids are close together.
    qint64 low = messages->first().id;
    qint64 high = low;
    for (const Message &m : std::as_const(*messages)) {
        low = qMin(low, m.id);
        high = qMax(high, m.id);
    }
    QSet<qint64> with;
    {
        CachedQuery probe = m_db->prepare(QStringLiteral(
            "SELECT DISTINCT message_id FROM message_attachments WHERE message_id BETWEEN ? AND ?"));
        probe->addBindValue(low);
        probe->addBindValue(high);
        if (!m_db->exec(*probe))
            return;
        while (probe->next())
            with.insert(probe->value(0).toLongLong());
    }
    for (Message &m : *messages) {
        if (with.contains(m.id))
            m.attachments = forMessage(m.id);
    }
}

std::optional<QByteArray> AttachmentStore::data(const QString &sha256) const
{
    CachedQuery q = m_db->prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ?"));
    q->addBindValue(sha256);
    if (!m_db->exec(*q) || !q->next())
        return std::nullopt;
    return q->value(0).toByteArray();
}

int AttachmentStore::storedCount() const
{
    CachedQuery q = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM attachments"));
    return m_db->exec(*q) && q->next() ? q->value(0).toInt() : -1;
}
