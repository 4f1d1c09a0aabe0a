#include "tools/toolinvocation.h"

#include "tools/mcpclient.h"
#include "tools/mcptoolresult.h"

#include <QJsonDocument>

ToolInvocation::ToolInvocation(const ToolCatalog &catalog, const ToolCall &call, QObject *parent)
    : QObject(parent)
    , m_call(call)
    , m_entry(catalog.find(call.name))
{
    if (m_entry) {
        m_server = m_entry->server;
        m_toolName = m_entry->tool.name;
    }
}

ToolInvocation::~ToolInvocation()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel(QStringLiteral("the call was abandoned"));
        m_request->deleteLater();
    }
}

void ToolInvocation::start(bool allowed, int timeoutMs)
{
    if (m_outcome != Outcome::Pending || m_startedAt.isValid())
        return;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    if (!m_entry || !m_entry->client) {
        finish(Outcome::UnknownTool, tr("There is no tool named \"%1\".").arg(m_call.name));
        return;
    }
    if (!allowed) {
        finish(Outcome::Denied,
            tr("The user did not allow this call of %1 (MCP server \"%2\"); it was not run.")
                .arg(m_toolName, m_server));
        return;
    }
    QJsonParseError error;
    const QString arguments = m_call.arguments.trimmed().isEmpty() ? QStringLiteral("{}") : m_call.arguments;
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        finish(Outcome::BadArguments,
            tr("The arguments are not a JSON object (%1): %2")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("another JSON value"),
                    arguments.left(200)));
        return;
    }
    m_request = m_entry->client->callTool(m_toolName, document.object(), timeoutMs);
    connect(m_request, &McpRequest::finished, this, &ToolInvocation::onReply);
}

void ToolInvocation::onReply()
{
    McpRequest *request = m_request;
    m_request = nullptr;
    request->deleteLater();
    const McpError error = request->error();
    switch (error.kind) {
    case McpError::Kind::None: {
        m_result = request->result();
        const McpToolResult result = McpToolResult::fromJson(m_result);
        finish(result.isError ? Outcome::ToolError : Outcome::Succeeded, result.text());
        return;
    }
    case McpError::Kind::Cancelled:
        finish(Outcome::Cancelled, tr("The user stopped the call."));
        return;
    case McpError::Kind::Timeout:
        finish(Outcome::TimedOut, tr("The tool did not answer in time: %1").arg(error.message));
        return;
    default:
        finish(Outcome::Failed, tr("The tool could not run: %1").arg(error.message));
        return;
    }
}

void ToolInvocation::cancel()
{
    if (m_request) {
        m_request->cancel(QStringLiteral("the user stopped it"));
        return; // onReply() finishes as Cancelled
    }
    if (m_outcome == Outcome::Pending)
        finish(Outcome::Cancelled, tr("The user stopped the call."));
}

void ToolInvocation::finish(Outcome outcome, const QString &text)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_outcome = outcome;
    m_resultText = text;
    m_durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished();
}
