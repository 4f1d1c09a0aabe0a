#pragma once

#include "tools/mcperror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <memory>
#include <optional>

class QNetworkAccessManager;
struct McpServerConfig;

// How JSON-RPC messages reach one MCP server: a child process (McpStdioTransport) or HTTP
// (McpHttpTransport). McpClient speaks the protocol on top; a transport only moves messages,
// refuses those larger than maxMessageBytes(), and says when the connection is gone.
class McpTransport : public QObject
{
    Q_OBJECT
public:
    // One message at most; a tool result with an image fits, a runaway server does not.
    static constexpr qsizetype DefaultMaxMessageBytes = 8 * 1024 * 1024;

    using QObject::QObject;

    // A transport for `config` (its secret values already filled in). `nam` is used by HTTP only.
    static std::unique_ptr<McpTransport> create(const McpServerConfig &config, QNetworkAccessManager *nam);

    // Answered by opened() or failed().
    virtual void open() = 0;
    virtual void send(const QJsonObject &message) = 0;
    // Ends the connection; closed() follows once it is gone (also when it never opened).
    virtual void close() = 0;
    // No one waits for the answer to request `id` any more (cancelled, timed out).
    virtual void abandon(const QJsonValue &id) { Q_UNUSED(id) }
    // The revision agreed with the server (sent by HTTP as MCP-Protocol-Version).
    virtual void setProtocolVersion(const QString &version) { m_protocolVersion = version; }
    QString protocolVersion() const { return m_protocolVersion; }
    // What the server wrote to its log (stderr of a process), the newest part.
    virtual QString log() const { return QString(); }

    qsizetype maxMessageBytes() const { return m_maxMessageBytes; }
    void setMaxMessageBytes(qsizetype bytes) { m_maxMessageBytes = qMax<qsizetype>(1024, bytes); }

Q_SIGNALS:
    void opened();
    void messageReceived(const QJsonObject &message);
    // The exchange for request `id` failed (an HTTP error status, an unreadable reply); the
    // connection itself lives on.
    void requestFailed(const QJsonValue &id, const McpError &error);
    // The connection is gone or unusable (the process exited, stdout carried something that is
    // not JSON-RPC); no message follows.
    void failed(const McpError &error);
    void closed();

protected:
    // One JSON-RPC message (or a batch of them) from `bytes`; nullopt and `error` if it is none.
    static std::optional<QList<QJsonObject>> parseMessages(const QByteArray &bytes, QString *error);
    QString tooLargeMessage() const;

private:
    QString m_protocolVersion;
    qsizetype m_maxMessageBytes = DefaultMaxMessageBytes;
};
