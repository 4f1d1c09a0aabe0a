#pragma once

#include "storage/attachment.h"
#include "storage/message.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

// The attachments table (schema version 8): content-addressed by sha256, so one file sent in
// several messages or chats is stored once. message_attachments links a message to them in
// order; a trigger deletes a file with the last link, so it goes with its last message.
// Works on SessionStore's connection (its thread), inside the caller's transaction.
namespace AttachmentStore {
// Stores `attachments` (their data, unless the same content is there already) and links them
// to `messageId` in order. On failure returns false with `failed` set to the statement that
// failed (its lastError(); none for a file whose bytes are missing); the caller rolls back.
bool link(QSqlDatabase &db, qint64 messageId, const QList<Attachment> &attachments, QSqlQuery *failed);
// Fills Message::attachments (without data) for each message.
void fill(const QSqlDatabase &db, QList<Message> *messages);
QList<Attachment> forMessage(const QSqlDatabase &db, qint64 messageId);
// The stored bytes of one file; nullopt if it is not (or no longer) stored.
std::optional<QByteArray> data(const QSqlDatabase &db, const QString &sha256);
// Files stored (each content once), for tests and diagnostics.
int storedCount(const QSqlDatabase &db);
} // namespace AttachmentStore
