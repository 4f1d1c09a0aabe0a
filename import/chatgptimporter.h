#pragma once

#include "storage/sessiontree.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <optional>

// ChatGPT's data export: conversations.json (also inside the export's .zip), a list of
// conversations whose `mapping` is a tree of nodes {id, parent, children, message}.
// Documented shape: mitkury/chatgpt-export-parser docs/chatgpt-data-export-format.md and
// TomzxCode/llm-conversations-viewer docs/formats.md; real samples in LibreChat's tests
// (danny-avila/LibreChat api/server/utils/import/__data__/chatgpt-export.json, chatgpt-tree.json).
// The branch shown ends at `current_node`; other children become alternatives. Hidden nodes
// (metadata.is_visually_hidden_from_conversation), system and tool nodes, and content types
// other than text, code and multimodal_text (thoughts, execution_output, browsing...) are skipped.
class ChatGptImporter
{
    Q_DECLARE_TR_FUNCTIONS(ChatGptImporter)
public:
    static bool detect(const QJsonDocument &doc);
    // All conversations, or nullopt and `error` naming the conversation and field that is wrong.
    static std::optional<QList<SessionTree>> parse(const QJsonDocument &doc, QString *error);
};
