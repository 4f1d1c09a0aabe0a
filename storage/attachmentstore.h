#pragma once

#include "storage/attachment.h"
#include "storage/message.h"

#include <QList>
#include <optional>

class StoreConnection;

// The attachments table (schema version 8): content-addressed by sha256, so one file sent in
// several messages or chats is stored once. message_attachments links a message to them in
// order; a trigger deletes a file with the last link, so it goes with its last message.
// A part of SessionStore on its connection (its thread, its prepared statements), writing
// inside the caller's transaction; the rest of the code reaches it through SessionStore.
class AttachmentStore
{
public:
    explicit AttachmentStore(StoreConnection *db);

    // Stores `attachments` (their data, unless the same content is there already) and links
    // them to `messageId` in order. On failure returns false and the caller rolls back: a
    // refused statement is reported by the connection, a file whose bytes are missing (a
    // reference to a stored file that went meanwhile) sets `error`.
    bool link(qint64 messageId, const QList<Attachment> &attachments, QString *error);
    // Fills Message::attachments (without data) for each message.
    void fill(QList<Message> *messages) const;
    QList<Attachment> forMessage(qint64 messageId) const;
    // The stored bytes of one file; nullopt if it is not (or no longer) stored.
    std::optional<QByteArray> data(const QString &sha256) const;
    // Files stored (each content once), for tests and diagnostics.
    int storedCount() const;

private:
    StoreConnection *m_db;
};
