#pragma once

#include "network/sseparser.h"
#include "tools/mcptransport.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// An MCP server over Streamable HTTP: every message is a POST to one URL; the answer comes as
// application/json or as a text/event-stream of messages. The server's Mcp-Session-Id is sent
// back on every later request, MCP-Protocol-Version once agreed. The configured headers (such
// as an API key) go with every request, and redirects are followed only within the URL's
// origin, so they never reach another host. An event stream that ends before its answer, after
// giving an event id, is resumed the way the spec says: a GET with Last-Event-ID, after the
// stream's "retry:" delay (a few times at most).
class McpHttpTransport : public McpTransport
{
    Q_OBJECT
public:
    McpHttpTransport(QNetworkAccessManager *nam, const QUrl &url,
        const QList<QPair<QByteArray, QByteArray>> &headers, QObject *parent = nullptr);
    ~McpHttpTransport() override;

    static constexpr int DefaultRetryMs = 1000; // when the stream named none
    static constexpr int MaxResumes = 3; // in a row without a message

    void open() override;
    void send(const QJsonObject &message) override;
    // Ends the session with a DELETE (when the server gave one) and drops every open exchange.
    void close() override;
    void abandon(const QJsonValue &id) override;

    QByteArray sessionId() const { return m_sessionId; }
    QUrl url() const { return m_url; }

private:
    struct Exchange
    {
        QPointer<QNetworkReply> reply;
        quint64 serial = 0; // tells whether it is still there after a signal (holds())
        QJsonValue requestId; // undefined for a notification or a response we send
        bool answered = false;
        bool eventStream = false;
        SseParser parser;
        QByteArray body;
        qsizetype pendingBytes = 0; // received since the last complete message
        // Resuming (GET with Last-Event-ID) after the stream ended unanswered.
        QByteArray lastEventId;
        int retryMs = -1;
        int resumes = 0;
        bool resumed = false;
        QTimer resumeTimer;
    };

    QNetworkRequest request() const;
    void onMetaData(Exchange *exchange);
    void onReadyRead(Exchange *exchange);
    void onFinished(Exchange *exchange);
    void watch(Exchange *exchange);
    // Reconnects `exchange` (unanswered, with an event id) after its retry delay.
    void scheduleResume(Exchange *exchange);
    void resume(Exchange *exchange);
    // False when `bytes` held no JSON-RPC message (the exchange is failed then).
    bool deliver(Exchange *exchange, const QByteArray &bytes);
    void failExchange(Exchange *exchange, const McpError &error);
    bool holds(quint64 serial) const;
    void remove(Exchange *exchange);
    QString httpError(QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_sessionId;
    quint64 m_nextSerial = 0;
    std::vector<std::unique_ptr<Exchange>> m_exchanges;
    QPointer<QNetworkReply> m_deleteReply;
    bool m_closing = false;
};
