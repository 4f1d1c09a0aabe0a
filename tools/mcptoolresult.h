#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The result of tools/call. `isError` is a failure the tool itself reports (bad arguments,
// access denied...): the model is meant to see it, unlike a JSON-RPC error.
struct McpToolResult
{
    QJsonArray content; // content blocks: text, image, audio, resource_link, resource
    QJsonObject structuredContent;
    bool isError = false;

    static McpToolResult fromJson(const QJsonObject &result);
    // The text blocks, one after the other; other blocks as a short placeholder
    // ("[image image/png, 1.2 KiB]") so that no base64 reaches a terminal or a prompt unasked.
    QString text() const;
};
