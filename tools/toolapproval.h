#pragma once

#include "network/streamoutcome.h"
#include "tools/mcptool.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A tool call waiting for the user's decision: what the approval step shows in full. The
// annotations are the server's own claims, shown as such and never used to decide.
struct ToolApproval
{
    Q_DECLARE_TR_FUNCTIONS(ToolApproval)
public:
    enum class Decision {
        Run, // this call only
        Deny, // this call only; the model is told it was denied
        AlwaysTool, // this call, and later ones of this tool without asking
        AlwaysServer, // this call, and later ones of every tool of this server
    };

    ToolCall call; // as the model sent it
    QString server;
    McpTool tool;

    // The arguments as indented JSON; as the model sent them when they are no JSON object.
    QString prettyArguments() const;
    // The server's hints in words ("read-only", "destructive"...), each marked as a claim.
    QStringList annotationNotes() const;
};
