#include "tools/mcprequest.h"

#include "tools/mcpclient.h"

McpRequest::McpRequest(McpClient *client, const QJsonValue &id, const QString &method)
    : QObject(client)
    , m_client(client)
    , m_id(id)
    , m_method(method)
{
    m_timeout.setSingleShot(true);
}

McpRequest::~McpRequest()
{
    // Deleted unanswered: the client forgets it (and tells the server it may stop).
    if (!m_finished && m_client)
        m_client->abandonRequest(this, QString());
}

void McpRequest::cancel(const QString &reason)
{
    if (m_finished || !m_client)
        return;
    m_client->abandonRequest(this, reason);
    finish({},
        McpError::make(McpError::Kind::Cancelled, McpClient::tr("stopped: %1 was cancelled").arg(m_method)));
}

void McpRequest::finish(const QJsonObject &result, const McpError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_result = result;
    m_error = error;
    Q_EMIT finished();
}
