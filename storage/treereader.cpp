#include "storage/treereader.h"

#include "storage/attachmentstore.h"
#include "storage/messagecolumns.h"
#include "storage/storeconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

TreeReader::TreeReader(StoreConnection *db)
    : m_db(db)
{ }

QList<qint64> TreeReader::sessionIds() const
{
    QList<qint64> ids;
    CachedQuery q
        = m_db->prepare(QStringLiteral("SELECT id FROM sessions WHERE deleted_at IS NULL ORDER BY id"));
    if (!m_db->exec(*q))
        return ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

std::optional<SessionTree> TreeReader::read(const SessionInfo &info, QString *error) const
{
    SessionTree tree;
    tree.session = info;
    {
        CachedQuery q
            = m_db->prepare(QStringLiteral("SELECT %1 FROM messages m WHERE m.session_id = ? ORDER BY m.id")
                                .arg(MessageColumns::select(m_db->isPostgres())));
        q->addBindValue(info.id);
        if (!m_db->exec(*q))
            return std::nullopt;
        while (q->next())
            tree.messages << MessageColumns::fromQuery(*q);
    }
    // Ids grow with time, so a parent comes before its children; a tree that says otherwise
    // (rows written by hand) is refused rather than copied wrong.
    QHash<qint64, int> index;
    for (int i = 0; i < tree.messages.size(); ++i) {
        const Message &m = tree.messages.at(i);
        const int parent = m.parentId > 0 ? index.value(m.parentId, -2) : -1;
        if (parent == -2) {
            *error = QCoreApplication::translate(
                "SessionStore", "Message %1 of the chat \"%2\" comes before its parent.")
                         .arg(m.id)
                         .arg(info.title);
            return std::nullopt;
        }
        tree.parents << parent;
        index.insert(m.id, i);
    }
    tree.currentLeaf = index.value(info.currentLeafId, -1);
    AttachmentStore attachments(m_db);
    const auto files = attachments.forSession(info.id);
    if (!files)
        return std::nullopt;
    for (Message &m : tree.messages) {
        m.attachments = files->value(m.id);
        for (Attachment &a : m.attachments) {
            const std::optional<QByteArray> data = attachments.data(a.sha256);
            if (!data) {
                *error = QCoreApplication::translate(
                    "SessionStore", "The file %1 of the chat \"%2\" is not stored.")
                             .arg(a.name, info.title);
                return std::nullopt;
            }
            a.data = *data;
        }
    }
    return tree;
}
