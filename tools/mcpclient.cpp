#include "tools/mcpclient.h"

#include <QJsonArray>

namespace {
const QString JsonRpc = QStringLiteral("jsonrpc");
const QString JsonRpcVersion = QStringLiteral("2.0");
const QString ProtocolVersionKey = QStringLiteral("io.modelcontextprotocol/protocolVersion");
const QString ClientCapabilitiesKey = QStringLiteral("io.modelcontextprotocol/clientCapabilities");
const QString ClientInfoKey = QStringLiteral("io.modelcontextprotocol/clientInfo");
// JSON-RPC: the method does not exist (for requests the server sends and Confab does not serve).
constexpr int MethodNotFound = -32601;

QJsonObject clientInfo()
{
    return {{QStringLiteral("name"), QStringLiteral("Confab")},
        {QStringLiteral("version"), QStringLiteral(CONFAB_VERSION)}};
}

// Confab serves no sampling, elicitation or roots: it only calls tools.
QJsonObject clientCapabilities()
{
    return QJsonObject();
}
} // namespace

QStringList McpClient::handshakeRevisions()
{
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
        QStringLiteral("2024-11-05")};
}

McpClient::McpClient(std::unique_ptr<McpTransport> transport, QObject *parent)
    : QObject(parent)
    , m_transport(std::move(transport))
{
    Q_ASSERT(m_transport);
    m_transport->setParent(nullptr);
    connect(m_transport.get(), &McpTransport::opened, this, &McpClient::probe);
    connect(m_transport.get(), &McpTransport::messageReceived, this, &McpClient::onMessage);
    connect(m_transport.get(), &McpTransport::requestFailed, this, &McpClient::onRequestFailed);
    connect(m_transport.get(), &McpTransport::failed, this, &McpClient::onTransportFailed);
    connect(m_transport.get(), &McpTransport::closed, this, [this] {
        if (m_state == State::Failed)
            return;
        finishAll(
            McpError::make(McpError::Kind::Cancelled, tr("the connection to the MCP server was closed")));
        setState(State::Closed);
        Q_EMIT closed();
    });
}

McpClient::~McpClient()
{
    // The requests are children: they must not call back into a half-destroyed client.
    for (const QPointer<McpRequest> &request : qAsConst(m_pending)) {
        if (request)
            request->m_client = nullptr;
    }
    m_pending.clear();
    m_transport->disconnect(this);
}

void McpClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void McpClient::connectToServer()
{
    if (m_state != State::Unconnected)
        return;
    setState(State::Connecting);
    m_transport->open();
}

void McpClient::close()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (m_state == State::Failed) {
        setState(State::Closed);
        Q_EMIT closed();
        return;
    }
    finishAll(McpError::make(McpError::Kind::Cancelled, tr("the connection to the MCP server was closed")));
    setState(State::Closing);
    m_transport->close();
}

void McpClient::fail(const McpError &error)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_lastError = error;
    finishAll(error);
    setState(State::Failed);
    Q_EMIT failed(error);
}

void McpClient::finishAll(const McpError &error)
{
    const QList<QPointer<McpRequest>> pending = m_pending.values();
    m_pending.clear();
    for (const QPointer<McpRequest> &request : pending) {
        if (request)
            request->finish({}, error);
    }
}

QJsonObject McpClient::requestMeta() const
{
    return {{ProtocolVersionKey, QString::fromLatin1(CurrentRevision)}, {ClientInfoKey, clientInfo()},
        {ClientCapabilitiesKey, clientCapabilities()}};
}

McpRequest *McpClient::sendRequest(const QString &method, QJsonObject params, int timeoutMs)
{
    const qint64 id = m_nextId++;
    auto *request = new McpRequest(this, id, method);
    m_pending.insert(id, request);
    if (m_stateless) {
        QJsonObject meta = params.value(QLatin1String("_meta")).toObject();
        const QJsonObject required = requestMeta();
        for (auto it = required.begin(); it != required.end(); ++it)
            meta.insert(it.key(), it.value());
        params.insert(QStringLiteral("_meta"), meta);
    }
    QJsonObject message {
        {JsonRpc, JsonRpcVersion}, {QStringLiteral("id"), id}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    const int timeout = timeoutMs < 0 ? m_requestTimeoutMs : timeoutMs;
    if (timeout > 0) {
        connect(&request->m_timeout, &QTimer::timeout, this, [this, request] { onTimeout(request); });
        request->m_timeout.start(timeout);
    }
    m_transport->send(message);
    return request;
}

McpRequest *McpClient::request(const QString &method, const QJsonObject &params, int timeoutMs)
{
    if (m_state != State::Ready) {
        auto *request = new McpRequest(this, QJsonValue(), method);
        const QString message = m_state == State::Failed
            ? m_lastError.message
            : tr("the MCP server is not connected (%1 was not sent)").arg(method);
        QMetaObject::invokeMethod(
            request,
            [request, message] { request->finish({}, McpError::make(McpError::Kind::Transport, message)); },
            Qt::QueuedConnection);
        return request;
    }
    return sendRequest(method, params, timeoutMs);
}

void McpClient::notify(const QString &method, const QJsonObject &params)
{
    QJsonObject message {{JsonRpc, JsonRpcVersion}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    m_transport->send(message);
}

void McpClient::probe()
{
    // The current revision has no handshake; server/discover tells a server of this revision
    // from an older one (which answers with an error, or not at all). Over HTTP the revision
    // also goes in the MCP-Protocol-Version header, as every request of that revision does.
    m_transport->setProtocolVersion(QString::fromLatin1(CurrentRevision));
    McpRequest *probe = sendRequest(
        QStringLiteral("server/discover"), {{QStringLiteral("_meta"), requestMeta()}}, m_probeTimeoutMs);
    connect(probe, &McpRequest::finished, this, [this, probe] { onProbeFinished(probe); });
}

void McpClient::onProbeFinished(McpRequest *probe)
{
    probe->deleteLater();
    if (m_state != State::Connecting)
        return;
    const McpError error = probe->error();
    const QStringList supported
        = probe->result().value(QLatin1String("supportedVersions")).toVariant().toStringList();
    if (!error.isError() && supported.contains(QString::fromLatin1(CurrentRevision))) {
        m_stateless = true;
        m_protocolVersion = QString::fromLatin1(CurrentRevision);
        m_capabilities = probe->result().value(QLatin1String("capabilities")).toObject();
        m_serverInfo = probe->result().value(QLatin1String("serverInfo")).toObject();
        m_instructions = probe->result().value(QLatin1String("instructions")).toString();
        becomeReady();
        return;
    }
    // Unreachable is unreachable, whatever the revision: no second attempt.
    if (error.kind == McpError::Kind::Transport && error.code == 0) {
        fail(error);
        return;
    }
    initialize();
}

void McpClient::initialize()
{
    m_transport->setProtocolVersion(QString()); // none until the handshake agrees on one
    const QJsonObject params {{QStringLiteral("protocolVersion"), handshakeRevisions().constFirst()},
        {QStringLiteral("capabilities"), clientCapabilities()}, {QStringLiteral("clientInfo"), clientInfo()}};
    McpRequest *init = sendRequest(QStringLiteral("initialize"), params, m_requestTimeoutMs);
    connect(init, &McpRequest::finished, this, [this, init] { onInitializeFinished(init); });
}

void McpClient::onInitializeFinished(McpRequest *init)
{
    init->deleteLater();
    if (m_state != State::Connecting)
        return;
    if (init->error().isError()) {
        McpError error = init->error();
        error.message = tr("the MCP server refused to start a session: %1").arg(error.message);
        fail(error);
        return;
    }
    const QJsonObject result = init->result();
    const QString version = result.value(QLatin1String("protocolVersion")).toString();
    if (!handshakeRevisions().contains(version)) {
        fail(McpError::make(McpError::Kind::Protocol,
            tr("the MCP server speaks protocol revision \"%1\", which Confab does not know (it speaks %2 and "
               "%3)")
                .arg(version, QString::fromLatin1(CurrentRevision),
                    handshakeRevisions().join(QStringLiteral(", ")))));
        return;
    }
    m_protocolVersion = version;
    m_capabilities = result.value(QLatin1String("capabilities")).toObject();
    m_serverInfo = result.value(QLatin1String("serverInfo")).toObject();
    m_instructions = result.value(QLatin1String("instructions")).toString();
    m_transport->setProtocolVersion(version);
    notify(QStringLiteral("notifications/initialized"));
    becomeReady();
}

void McpClient::becomeReady()
{
    if (m_stateless)
        m_transport->setProtocolVersion(m_protocolVersion);
    setState(State::Ready);
    Q_EMIT ready();
    if (m_state == State::Ready && m_capabilities.contains(QLatin1String("tools")))
        refreshTools();
}

std::optional<McpTool> McpClient::tool(const QString &name) const
{
    for (const McpTool &tool : m_tools) {
        if (tool.name == name)
            return tool;
    }
    return std::nullopt;
}

void McpClient::refreshTools()
{
    if (m_state != State::Ready)
        return;
    if (m_listing) {
        m_listAgain = true;
        return;
    }
    m_listing = true;
    m_listAgain = false;
    m_nextTools.clear();
    m_toolPages = 0;
    listToolsPage(QString());
}

void McpClient::listToolsPage(const QString &cursor)
{
    QJsonObject params;
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("cursor"), cursor);
    McpRequest *page = sendRequest(QStringLiteral("tools/list"), params, m_requestTimeoutMs);
    connect(page, &McpRequest::finished, this, [this, page] {
        page->deleteLater();
        if (page->error().isError()) {
            m_listing = false;
            if (page->error().kind != McpError::Kind::Cancelled)
                Q_EMIT toolsFailed(page->error());
            return;
        }
        const QJsonArray tools = page->result().value(QLatin1String("tools")).toArray();
        for (const QJsonValue &value : tools) {
            if (m_nextTools.size() >= MaxTools)
                break;
            if (const auto tool = McpTool::fromJson(value.toObject()))
                m_nextTools.append(*tool);
        }
        const QString next = page->result().value(QLatin1String("nextCursor")).toString();
        if (!next.isEmpty() && next != page->property("cursor").toString() && ++m_toolPages < MaxToolPages
            && m_nextTools.size() < MaxTools && !m_listAgain) {
            listToolsPage(next);
            return;
        }
        m_listing = false;
        if (m_listAgain) {
            refreshTools();
            return;
        }
        m_tools = m_nextTools;
        m_nextTools.clear();
        m_hasToolList = true;
        Q_EMIT toolsChanged();
    });
    page->setProperty("cursor", cursor);
}

McpRequest *McpClient::callTool(const QString &name, const QJsonObject &arguments, int timeoutMs)
{
    return request(QStringLiteral("tools/call"),
        {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}, timeoutMs);
}

void McpClient::onMessage(const QJsonObject &message)
{
    const bool hasMethod = message.contains(QLatin1String("method"));
    const bool hasId = message.contains(QLatin1String("id"));
    if (!hasMethod && hasId) {
        onResponse(message);
    } else if (hasMethod && hasId) {
        onServerRequest(message);
    } else if (hasMethod) {
        const QString method = message.value(QLatin1String("method")).toString();
        const QJsonObject params = message.value(QLatin1String("params")).toObject();
        if (method == QLatin1String("notifications/tools/list_changed"))
            refreshTools();
        Q_EMIT notificationReceived(method, params);
    }
}

void McpClient::onResponse(const QJsonObject &message)
{
    const QJsonValue idValue = message.value(QLatin1String("id"));
    const qint64 id = idValue.toInteger(-1);
    const QPointer<McpRequest> request = m_pending.take(id);
    if (!request)
        return; // cancelled or timed out: nobody waits for it
    if (message.contains(QLatin1String("error"))) {
        const QJsonObject error = message.value(QLatin1String("error")).toObject();
        const int code = error.value(QLatin1String("code")).toInt();
        const QString text = error.value(QLatin1String("message")).toString();
        request->finish({},
            McpError::make(McpError::Kind::Rpc,
                tr("the MCP server answered %1 with error %2: %3").arg(request->method()).arg(code).arg(text),
                code));
        return;
    }
    const QJsonObject result = message.value(QLatin1String("result")).toObject();
    // The current revision may ask for more input (elicitation, sampling) instead of answering.
    if (result.value(QLatin1String("resultType")).toString() == QLatin1String("input_required")) {
        request->finish({},
            McpError::make(McpError::Kind::Protocol,
                tr("the MCP server asked for more input to answer %1, which Confab cannot give yet")
                    .arg(request->method())));
        return;
    }
    request->finish(result, McpError());
}

void McpClient::onServerRequest(const QJsonObject &message)
{
    const QString method = message.value(QLatin1String("method")).toString();
    QJsonObject response {
        {JsonRpc, JsonRpcVersion}, {QStringLiteral("id"), message.value(QLatin1String("id"))}};
    if (method == QLatin1String("ping")) {
        response.insert(QStringLiteral("result"), QJsonObject());
    } else {
        // Sampling, elicitation, roots: not offered in our capabilities, so refused plainly.
        response.insert(QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), MethodNotFound},
                {QStringLiteral("message"), QStringLiteral("Confab does not support %1").arg(method)}});
    }
    m_transport->send(response);
}

void McpClient::onRequestFailed(const QJsonValue &id, const McpError &error)
{
    const QPointer<McpRequest> request = m_pending.take(id.toInteger(-1));
    if (request)
        request->finish({}, error);
}

void McpClient::onTransportFailed(const McpError &error)
{
    if (m_state == State::Closing) {
        // Already on the way out: a server dying now is just the end.
        setState(State::Closed);
        Q_EMIT closed();
        return;
    }
    fail(error);
}

void McpClient::onTimeout(McpRequest *request)
{
    const int seconds = qMax(1, request->m_timeout.interval() / 1000);
    abandonRequest(request, QStringLiteral("timed out"));
    request->finish({},
        McpError::make(McpError::Kind::Timeout,
            tr("the MCP server did not answer %1 within %n second(s)", nullptr, seconds)
                .arg(request->method())));
}

void McpClient::abandonRequest(McpRequest *request, const QString &reason)
{
    const qint64 id = request->id().toInteger(-1);
    if (!m_pending.contains(id))
        return;
    m_pending.remove(id);
    if (m_state == State::Ready || m_state == State::Connecting) {
        QJsonObject params {{QStringLiteral("requestId"), id}};
        if (!reason.isEmpty())
            params.insert(QStringLiteral("reason"), reason);
        notify(QStringLiteral("notifications/cancelled"), params);
    }
    m_transport->abandon(request->id());
}
