#pragma once

#include "storage/sessiontree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

// LibreChat's conversation export (JSON): {conversationId, title, messages: [...]} or, with
// "include branches, recursive", {messagesTree: [{..., children: [...]}]}; each message
// {messageId, parentMessageId, isCreatedByUser, sender, text or content parts, createdAt, model}.
// Shape from LibreChat's own importer tests (danny-avila/LibreChat
// api/server/utils/import/__data__/librechat-export.json, librechat-tree.json). LibreChat keeps
// no "current" marker: the most recent message's branch is shown.
class LibreChatImporter
{
    Q_DECLARE_TR_FUNCTIONS(LibreChatImporter)
public:
    static bool detect(const QJsonDocument &doc);
    static std::optional<QList<SessionTree>> parse(const QJsonDocument &doc, QString *error);
};
