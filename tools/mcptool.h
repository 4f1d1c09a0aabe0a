#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// One tool as a server lists it (tools/list). The annotations are the server's claims
// (readOnlyHint, destructiveHint...): shown to the user, never trusted for a decision.
struct McpTool
{
    QString name; // what tools/call takes
    QString title; // optional, for display
    QString description;
    QJsonObject inputSchema; // JSON Schema of the arguments
    QJsonObject annotations;

    QString displayName() const { return title.isEmpty() ? name : title; }
    // Nullopt for an entry without a name (nothing could call it).
    static std::optional<McpTool> fromJson(const QJsonObject &tool);
    QJsonObject toJson() const;
};
