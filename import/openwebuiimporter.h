#pragma once

#include "storage/sessiontree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

// Open WebUI's chat export (Settings > Chats > Export): a JSON list of chats, each
// {id, title, chat: {history: {messages: {id: {id, parentId, childrenIds, role, content,
// timestamp, model}}, currentId}}, created_at, updated_at}, times in seconds. Shape as in
// open-webui's Chat model and LibreChat's test sample
// (danny-avila/LibreChat api/server/utils/import/__data__/openwebui-export.json).
// Reasoning (<details type="reasoning">) goes to the message's reasoning; tool-call blocks
// (<details type="tool_calls">) are dropped as tool noise.
class OpenWebUiImporter
{
    Q_DECLARE_TR_FUNCTIONS(OpenWebUiImporter)
public:
    static bool detect(const QJsonDocument &doc);
    static std::optional<QList<SessionTree>> parse(const QJsonDocument &doc, QString *error);
};
