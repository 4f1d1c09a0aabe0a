#pragma once

#include <QString>

// Why an MCP request or connection failed. `message` is for the user: it says what happened
// and, where it can, what to do; it never contains a secret (headers and env values stay out).
struct McpError
{
    enum class Kind {
        None,
        Rpc, // the server answered with a JSON-RPC error (`code` is its code)
        Transport, // the process or the HTTP exchange failed (`code`: HTTP status, or 0)
        Protocol, // the server sent something that is not MCP (bad JSON, too large, wrong revision)
        Timeout, // no answer in time
        Cancelled, // stopped by the user or by close()
    };

    Kind kind = Kind::None;
    int code = 0;
    QString message;

    bool isError() const { return kind != Kind::None; }
    static McpError make(Kind kind, const QString &message, int code = 0)
    {
        McpError error;
        error.kind = kind;
        error.message = message;
        error.code = code;
        return error;
    }
};
