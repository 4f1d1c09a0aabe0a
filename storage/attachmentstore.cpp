#include "storage/attachmentstore.h"

#include <QSqlQuery>
#include <QVariant>
#include <utility>

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

bool AttachmentStore::link(
    QSqlDatabase &db, qint64 messageId, const QList<Attachment> &attachments, QSqlQuery *failed)
{
    if (attachments.isEmpty())
        return true;
    QSqlQuery put(db);
    // Same content, same row: the first copy's bytes are kept.
    put.prepare(QStringLiteral("INSERT INTO attachments (sha256, mime_type, size, width, height, text, data) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"));
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM attachments WHERE sha256 = ?"));
    QSqlQuery insertLink(db);
    insertLink.prepare(QStringLiteral(
        "INSERT INTO message_attachments (message_id, position, attachment_id, name) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments.at(i);
        find.addBindValue(a.sha256);
        if (!find.exec()) {
            *failed = std::move(find);
            return false;
        }
        if (!find.next()) {
            if (a.data.isEmpty()) { // a stored file's reference whose file went meanwhile
                *failed = QSqlQuery(db);
                return false;
            }
            put.addBindValue(a.sha256);
            put.addBindValue(a.mimeType);
            put.addBindValue(qint64(a.data.size()));
            put.addBindValue(a.width);
            put.addBindValue(a.height);
            put.addBindValue(a.text.isNull() ? QStringLiteral("") : a.text);
            put.addBindValue(a.data);
            if (!put.exec()) {
                *failed = std::move(put);
                return false;
            }
            if (!find.exec() || !find.next()) {
                *failed = std::move(find);
                return false;
            }
        }
        insertLink.addBindValue(messageId);
        insertLink.addBindValue(i);
        insertLink.addBindValue(find.value(0).toLongLong());
        insertLink.addBindValue(a.name.isNull() ? QStringLiteral("") : a.name);
        find.finish();
        if (!insertLink.exec()) {
            *failed = std::move(insertLink);
            return false;
        }
    }
    return true;
}

QList<Attachment> AttachmentStore::forMessage(const QSqlDatabase &db, qint64 messageId)
{
    QList<Attachment> list;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM message_attachments l JOIN attachments a ON a.id = l.attachment_id "
                       "WHERE l.message_id = ? ORDER BY l.position")
            .arg(kColumns));
    q.addBindValue(messageId);
    if (!q.exec())
        return list;
    while (q.next())
        list << fromQuery(q);
    return list;
}

void AttachmentStore::fill(const QSqlDatabase &db, QList<Message> *messages)
{
    // One indexed lookup per message; most have none, which the EXISTS probe answers cheaply.
    QSqlQuery any(db);
    any.prepare(QStringLiteral("SELECT 1 FROM message_attachments WHERE message_id = ? LIMIT 1"));
    for (Message &m : *messages) {
        any.addBindValue(m.id);
        if (any.exec() && any.next())
            m.attachments = forMessage(db, m.id);
        any.finish();
    }
}

std::optional<QByteArray> AttachmentStore::data(const QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE sha256 = ?"));
    q.addBindValue(sha256);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

int AttachmentStore::storedCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM attachments")) && q.next() ? q.value(0).toInt() : -1;
}
