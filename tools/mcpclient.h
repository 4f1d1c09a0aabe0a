#pragma once

#include "tools/mcperror.h"
#include "tools/mcprequest.h"
#include "tools/mcptool.h"
#include "tools/mcptransport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

// A client of one MCP server, over any McpTransport.
//
// connectToServer() speaks the current revision first: a server/discover probe carrying
// 2026-07-28 in _meta. A server that answers it is used statelessly (every request carries
// the revision and the client's capabilities in _meta). Any other answer, or none within the
// probe timeout, means a server of an earlier revision: then the initialize handshake offers
// 2025-11-25, accepts any earlier revision the server answers with that Confab knows, and
// sends notifications/initialized. The reference servers on npm take this second path.
//
// Once ready, the tool list is fetched (all pages) and fetched again whenever the server
// sends notifications/tools/list_changed.
class McpClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Unconnected, Connecting, Ready, Closing, Closed, Failed };
    Q_ENUM(State)

    static constexpr const char *CurrentRevision = "2026-07-28";
    // Revisions with the initialize handshake, newest first; the first is offered.
    static QStringList handshakeRevisions();

    static constexpr int DefaultRequestTimeoutMs = 60000;
    static constexpr int DefaultProbeTimeoutMs = 10000;
    // Bounds on what one tools/list may grow to (a server paging forever).
    static constexpr int MaxToolPages = 100;
    static constexpr int MaxTools = 2000;

    // Takes the transport.
    explicit McpClient(std::unique_ptr<McpTransport> transport, QObject *parent = nullptr);
    ~McpClient() override;

    // Answered by ready() or failed().
    void connectToServer();
    // Ends the connection (pending requests finish as cancelled); closed() follows.
    void close();

    State state() const { return m_state; }
    McpError lastError() const { return m_lastError; }
    QString protocolVersion() const { return m_protocolVersion; }
    bool isStateless() const { return m_stateless; }
    QJsonObject serverInfo() const { return m_serverInfo; }
    QJsonObject serverCapabilities() const { return m_capabilities; }
    QString instructions() const { return m_instructions; }
    McpTransport *transport() const { return m_transport.get(); }
    // The server's log (stderr of a process).
    QString serverLog() const { return m_transport->log(); }

    // For every later request; 0: no timeout.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    void setProbeTimeout(int ms) { m_probeTimeoutMs = ms; }

    // A request; finished() answers it. `timeoutMs` -1: the client's request timeout.
    McpRequest *request(const QString &method, const QJsonObject &params = QJsonObject(), int timeoutMs = -1);
    void notify(const QString &method, const QJsonObject &params = QJsonObject());

    // The tools as last listed (empty until toolsChanged()).
    QList<McpTool> tools() const { return m_tools; }
    std::optional<McpTool> tool(const QString &name) const;
    bool hasToolList() const { return m_hasToolList; }
    // Lists again (all pages); toolsChanged() or toolsFailed() answers.
    void refreshTools();
    // tools/call; the result is McpToolResult::fromJson(request->result()).
    McpRequest *callTool(const QString &name, const QJsonObject &arguments, int timeoutMs = -1);

Q_SIGNALS:
    void stateChanged(McpClient::State state);
    void ready();
    void failed(const McpError &error);
    void closed();
    void toolsChanged();
    void toolsFailed(const McpError &error);
    // Any notification from the server (progress, log messages, list changes).
    void notificationReceived(const QString &method, const QJsonObject &params);

private:
    friend class McpRequest;

    void setState(State state);
    void fail(const McpError &error);
    McpRequest *sendRequest(const QString &method, QJsonObject params, int timeoutMs);
    QJsonObject requestMeta() const;
    void probe();
    void onProbeFinished(McpRequest *probe);
    void initialize();
    void onInitializeFinished(McpRequest *init);
    void becomeReady();
    void listToolsPage(const QString &cursor);
    void onMessage(const QJsonObject &message);
    void onResponse(const QJsonObject &message);
    void onServerRequest(const QJsonObject &message);
    void onRequestFailed(const QJsonValue &id, const McpError &error);
    void onTransportFailed(const McpError &error);
    void onTimeout(McpRequest *request);
    // `request` is not waited for any more: forget it, tell the server, drop its exchange.
    void abandonRequest(McpRequest *request, const QString &reason);
    void finishAll(const McpError &error);

    std::unique_ptr<McpTransport> m_transport;
    State m_state = State::Unconnected;
    McpError m_lastError;
    QString m_protocolVersion;
    bool m_stateless = false;
    QJsonObject m_serverInfo;
    QJsonObject m_capabilities;
    QString m_instructions;
    int m_requestTimeoutMs = DefaultRequestTimeoutMs;
    int m_probeTimeoutMs = DefaultProbeTimeoutMs;
    qint64 m_nextId = 1;
    QHash<qint64, QPointer<McpRequest>> m_pending;

    QList<McpTool> m_tools;
    QList<McpTool> m_nextTools; // pages gathered so far
    int m_toolPages = 0;
    bool m_hasToolList = false;
    bool m_listing = false;
    bool m_listAgain = false; // list_changed arrived while listing
};
