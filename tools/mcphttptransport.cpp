#include "tools/mcphttptransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <algorithm>

namespace {
// An error body is read up to this size, for its message.
constexpr qsizetype ErrorBodyBytes = 64 * 1024;
} // namespace

McpHttpTransport::McpHttpTransport(QNetworkAccessManager *nam, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &headers, QObject *parent)
    : McpTransport(parent)
    , m_nam(nam)
    , m_url(url)
    , m_headers(headers)
{ }

McpHttpTransport::~McpHttpTransport()
{
    for (const auto &exchange : m_exchanges) {
        if (exchange->reply) {
            exchange->reply->disconnect(this);
            exchange->reply->abort();
            exchange->reply->deleteLater();
        }
    }
    if (m_deleteReply)
        m_deleteReply->deleteLater();
}

void McpHttpTransport::open()
{
    // Nothing to connect ahead: the first POST (the client's first request) reaches the server.
    QMetaObject::invokeMethod(this, &McpTransport::opened, Qt::QueuedConnection);
}

QNetworkRequest McpHttpTransport::request() const
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Confab/" CONFAB_VERSION));
    request.setRawHeader("Accept", "application/json, text/event-stream");
    // Credentials in the headers stay with this origin, also across redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    for (const auto &header : m_headers)
        request.setRawHeader(header.first, header.second);
    if (!m_sessionId.isEmpty())
        request.setRawHeader("Mcp-Session-Id", m_sessionId);
    if (!protocolVersion().isEmpty())
        request.setRawHeader("MCP-Protocol-Version", protocolVersion().toLatin1());
    return request;
}

void McpHttpTransport::send(const QJsonObject &message)
{
    if (m_closing)
        return;
    auto exchange = std::make_unique<Exchange>();
    Exchange *raw = exchange.get();
    raw->serial = ++m_nextSerial;
    if (message.contains(QLatin1String("method")) && message.contains(QLatin1String("id")))
        raw->requestId = message.value(QLatin1String("id"));
    QNetworkReply *reply = m_nam->post(request(), QJsonDocument(message).toJson(QJsonDocument::Compact));
    raw->reply = reply;
    m_exchanges.push_back(std::move(exchange));
    watch(raw);
}

void McpHttpTransport::watch(Exchange *exchange)
{
    QNetworkReply *reply = exchange->reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, exchange] { onMetaData(exchange); });
    connect(reply, &QNetworkReply::readyRead, this, [this, exchange] { onReadyRead(exchange); });
    connect(reply, &QNetworkReply::finished, this, [this, exchange] { onFinished(exchange); });
}

void McpHttpTransport::scheduleResume(Exchange *exchange)
{
    ++exchange->resumes;
    if (exchange->reply)
        exchange->reply->deleteLater();
    exchange->reply = nullptr;
    // The timer is the exchange's: removing the exchange (close, abandon) cancels it.
    exchange->resumeTimer.setSingleShot(true);
    exchange->resumeTimer.disconnect(this);
    connect(&exchange->resumeTimer, &QTimer::timeout, this, [this, exchange] { resume(exchange); });
    exchange->resumeTimer.start(exchange->retryMs >= 0 ? exchange->retryMs : DefaultRetryMs);
}

void McpHttpTransport::resume(Exchange *exchange)
{
    QNetworkRequest get = request();
    get.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    get.setRawHeader("Accept", "text/event-stream");
    get.setRawHeader("Last-Event-ID", exchange->lastEventId);
    exchange->parser.reset();
    exchange->pendingBytes = 0;
    exchange->eventStream = false;
    exchange->resumed = true;
    exchange->reply = m_nam->get(get);
    watch(exchange);
}

void McpHttpTransport::onMetaData(Exchange *exchange)
{
    QNetworkReply *reply = exchange->reply;
    const QByteArray session = reply->rawHeader("Mcp-Session-Id");
    if (!session.isEmpty())
        m_sessionId = session;
    exchange->eventStream = reply->header(QNetworkRequest::ContentTypeHeader)
                                .toString()
                                .startsWith(QLatin1String("text/event-stream"), Qt::CaseInsensitive);
}

void McpHttpTransport::onReadyRead(Exchange *exchange)
{
    QNetworkReply *reply = exchange->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = reply->readAll();
    if (status >= 300) {
        if (exchange->body.size() < ErrorBodyBytes)
            exchange->body.append(chunk.left(ErrorBodyBytes - exchange->body.size()));
        return;
    }
    if (!exchange->eventStream) {
        exchange->body.append(chunk);
        if (exchange->body.size() > maxMessageBytes())
            failExchange(exchange, McpError::make(McpError::Kind::Protocol, tooLargeMessage()));
        return;
    }
    exchange->pendingBytes += chunk.size();
    const QList<SseEvent> events = exchange->parser.feed(chunk);
    if (!events.isEmpty())
        exchange->pendingBytes = 0; // a rough bound: the parser holds at most the rest of the chunk
    if (!exchange->parser.lastEventId().isEmpty())
        exchange->lastEventId = exchange->parser.lastEventId();
    if (exchange->parser.retryMs() >= 0)
        exchange->retryMs = exchange->parser.retryMs();
    QPointer<McpHttpTransport> alive(this);
    for (const SseEvent &event : events) {
        // Priming events (an id, no data) only serve resumption.
        if (event.data.trimmed().isEmpty() || event.type != "message")
            continue;
        if (event.data.size() > maxMessageBytes()) {
            failExchange(exchange, McpError::make(McpError::Kind::Protocol, tooLargeMessage()));
            return;
        }
        exchange->resumes = 0;
        if (!deliver(exchange, event.data) || !alive)
            return;
    }
    if (exchange->pendingBytes > maxMessageBytes()) {
        failExchange(exchange, McpError::make(McpError::Kind::Protocol, tooLargeMessage()));
        return;
    }
    // A resumed stream is the server's general one: it stays open once it gave the answer.
    if (exchange->resumed && exchange->answered) {
        exchange->reply->disconnect(this);
        exchange->reply->abort();
        remove(exchange);
    }
}

bool McpHttpTransport::deliver(Exchange *exchange, const QByteArray &bytes)
{
    QString error;
    const auto messages = parseMessages(bytes, &error);
    if (!messages) {
        failExchange(exchange, McpError::make(McpError::Kind::Protocol, error));
        return false;
    }
    QPointer<McpHttpTransport> alive(this);
    const quint64 serial = exchange->serial;
    for (const QJsonObject &message : *messages) {
        if (!exchange->requestId.isUndefined() && !message.contains(QLatin1String("method"))
            && message.value(QLatin1String("id")) == exchange->requestId)
            exchange->answered = true;
        Q_EMIT messageReceived(message);
        // The client may have closed the transport, or abandoned this exchange, meanwhile.
        if (!alive || !holds(serial))
            return false;
    }
    return true;
}

bool McpHttpTransport::holds(quint64 serial) const
{
    return std::any_of(m_exchanges.begin(), m_exchanges.end(),
        [serial](const std::unique_ptr<Exchange> &exchange) { return exchange->serial == serial; });
}

void McpHttpTransport::onFinished(Exchange *exchange)
{
    QNetworkReply *reply = exchange->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status >= 300) {
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            remove(exchange);
            return;
        }
        exchange->body.append(reply->readAll().left(ErrorBodyBytes));
        failExchange(
            exchange, McpError::make(McpError::Kind::Transport, httpError(reply, exchange->body), status));
        return;
    }
    if (!exchange->eventStream) {
        exchange->body.append(reply->readAll());
        if (exchange->body.size() > maxMessageBytes()) {
            failExchange(exchange, McpError::make(McpError::Kind::Protocol, tooLargeMessage()));
            return;
        }
        // 202 Accepted (a notification or our response): no body.
        if (!exchange->body.trimmed().isEmpty() && !deliver(exchange, exchange->body))
            return;
    }
    if (!exchange->requestId.isUndefined() && !exchange->answered && !m_closing) {
        if (exchange->eventStream && !exchange->lastEventId.isEmpty() && exchange->resumes < MaxResumes) {
            scheduleResume(exchange);
            return;
        }
        failExchange(exchange,
            McpError::make(McpError::Kind::Protocol, tr("the server ended its reply without an answer")));
        return;
    }
    remove(exchange);
}

QString McpHttpTransport::httpError(QNetworkReply *reply, const QByteArray &body) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return tr("could not reach the MCP server at %1: %2")
            .arg(m_url.toString(QUrl::RemoveUserInfo), reply->errorString());
    // A JSON-RPC error body says best what went wrong.
    QString detail = QJsonDocument::fromJson(body)
                         .object()
                         .value(QLatin1String("error"))
                         .toObject()
                         .value(QLatin1String("message"))
                         .toString();
    if (detail.isEmpty())
        detail = QString::fromUtf8(body.left(200)).simplified();
    QString message
        = tr("the MCP server at %1 answered HTTP %2").arg(m_url.toString(QUrl::RemoveUserInfo)).arg(status);
    if (status == 401 || status == 403)
        message += tr(" (check the server's headers, such as its API key)");
    else if (status == 404 && !m_sessionId.isEmpty())
        message += tr(" (the server ended the session; connect again)");
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    return message;
}

void McpHttpTransport::failExchange(Exchange *exchange, const McpError &error)
{
    const QJsonValue id = exchange->requestId;
    if (exchange->reply) {
        exchange->reply->disconnect(this);
        exchange->reply->abort();
    }
    remove(exchange);
    if (!id.isUndefined() && !m_closing)
        Q_EMIT requestFailed(id, error);
}

void McpHttpTransport::remove(Exchange *exchange)
{
    for (auto it = m_exchanges.begin(); it != m_exchanges.end(); ++it) {
        if (it->get() == exchange) {
            if (exchange->reply) {
                exchange->reply->disconnect(this);
                exchange->reply->deleteLater();
            }
            m_exchanges.erase(it);
            return;
        }
    }
}

void McpHttpTransport::abandon(const QJsonValue &id)
{
    for (const auto &exchange : m_exchanges) {
        if (exchange->requestId == id) {
            // The client sent notifications/cancelled first; dropping the stream alone would
            // not cancel anything on the server.
            exchange->requestId = QJsonValue(QJsonValue::Undefined);
            if (exchange->reply)
                exchange->reply->abort();
            else
                remove(exchange.get()); // waiting to resume: no stream to drop
            return;
        }
    }
}

void McpHttpTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    while (!m_exchanges.empty()) {
        Exchange *exchange = m_exchanges.back().get();
        if (exchange->reply) {
            exchange->reply->disconnect(this);
            exchange->reply->abort();
        }
        remove(exchange);
    }
    if (m_sessionId.isEmpty()) {
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    }
    // The spec asks a client that leaves to end its session; a server that refuses (405) is fine.
    m_deleteReply = m_nam->deleteResource(request());
    connect(m_deleteReply, &QNetworkReply::finished, this, [this] {
        m_deleteReply->deleteLater();
        m_sessionId.clear();
        Q_EMIT closed();
    });
}
