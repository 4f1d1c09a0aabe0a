#pragma once

#include "storage/sessiontree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

// Chatbox's backup (Settings > Backup > Export): one JSON object with "__exported_items",
// "__exported_at", "chat-sessions-list" and a "session:<id>" entry per session (older versions:
// a "chat-sessions" list). A session is {id, name, messages: [{id, role, content or
// contentParts: [{type: "text", text}], timestamp (ms)}], threads: [{id, name, messages,
// createdAt}], messageForksHash: {messageId: {position, lists: [{id, messages}]}}}.
// Shape from Chatbox's sources (chatboxai/chatbox src/shared/types.ts, Bin-Huang/chatbox
// src/shared/types.ts, the export in src/renderer/pages/SettingWindow). Each thread (an earlier
// topic of the session) becomes a chat of its own; the other fork lists become alternatives.
class ChatboxImporter
{
    Q_DECLARE_TR_FUNCTIONS(ChatboxImporter)
public:
    static bool detect(const QJsonDocument &doc);
    static std::optional<QList<SessionTree>> parse(const QJsonDocument &doc, QString *error);
};
