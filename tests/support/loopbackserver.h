#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <memory>
#include <optional>

class QSslConfiguration;
class QSslServer;

// A real HTTP/1.1 server on 127.0.0.1 for tests: replays queued responses (captured
// streams byte for byte, error bodies, hangs, resets) to QNetworkAccessManager or to a
// separate process. It lives on the test's thread, so the test must spin the event loop
// (QSignalSpy::wait, QTRY_*) while a client talks to it.
class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 200;
        QByteArray reason; // empty: the standard phrase for status
        Headers headers;
        QByteArray body;
        int chunkSize
            = 0; // 0: whole body in one write; N: N bytes per write, flushed, with chunkDelayMs between
        int chunkDelayMs = 0;
        bool chunkedEncoding = true; // Transfer-Encoding: chunked (else Content-Length, or close-delimited)
        bool closeAfterBody = false; // close the connection after the body (no Content-Length if not chunked)
        bool abortMidway = false; // close the socket after half the body (connection reset)
        bool hang = false; // send headers only and never finish
        bool holdAfterBody = false; // send the body, then never finish (a stream still running)
        QByteArray
            raw; // if non-empty, sent verbatim instead (e.g. the .http fixture), then the connection closes
        // After the body: `repeat` sent `repeatCount` more times, one write each, made as they go
        // and only while the socket has less than 1 MiB unsent (a hostile server's endless body,
        // at the pace the client reads, without holding it all in the test's memory).
        QByteArray repeat;
        qint64 repeatCount = 0;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path; // with the query string
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json() const;
    };

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool listen();
    // The same over TLS (https://127.0.0.1:PORT), with `configuration`'s certificate and key.
    bool listenTls(const QSslConfiguration &configuration);
    // Stops listening and drops open connections: later requests get "connection refused".
    void close();
    QUrl baseUrl() const; // http://127.0.0.1:PORT (https after listenTls)

    // Served in order; when the queue is empty, the default response (setDefaultResponse) or a 500.
    void enqueue(const Response &response);
    void setDefaultResponse(const Response &response);
    // Responses held open (holdAfterBody) get `data` as more of their body; `finish` ends them.
    void sendMore(const QByteArray &data, bool finish = false);
    QList<Request> requests() const { return m_requests; }

    // Requests whose method matches and whose path (without query) contains `pathPart` are
    // answered by this route, newest route first, and kept apart in routedRequests(), so the
    // queue and requests() see only the chat traffic. By default the endpoints Confab asks for
    // a server's context and tokenizer (/props, /tokenize, /api/show, /api/v0/models/,
    // count_tokens, :countTokens, GET models/NAME) answer 404, as a plain OpenAI-style server does.
    void setRoute(const QByteArray &method, const QByteArray &pathPart, const Response &response);
    void clearRoutes();
    QList<Request> routedRequests() const { return m_routedRequests; }
    // Routes GET /props and POST /tokenize to the llama.cpp captures (256-token slot, 14 tokens
    // for every text counted).
    void routeLlamaCpp();
    // $CONFAB_FIXTURES_DIR/../servers/fileName: the captures of real servers' other endpoints.
    static QByteArray serverFixture(const QString &fileName);

    // $CONFAB_FIXTURES_DIR/fileName (set by ctest); empty with a warning if it cannot be read.
    static QByteArray fixture(const QString &fileName);
    static Response sse(const QByteArray &body);
    static Response ndjson(const QByteArray &body);
    static Response json(int status, const QByteArray &body, const Headers &headers = {});

Q_SIGNALS:
    void requestReceived(const LoopbackServer::Request &request);

private:
    void onNewConnection();
    Response takeResponse(const Request &request);

    QTcpServer *server(); // the TLS one after listenTls()

    QTcpServer m_server;
    std::unique_ptr<QSslServer> m_tlsServer;
    quint16 m_port = 0;
    QList<Response> m_queue;
    std::optional<Response> m_defaultResponse;
    QList<Request> m_requests;
    struct Route
    {
        QByteArray method;
        QByteArray pathPart;
        Response response;
    };
    QList<Route> m_routes; // newest first
    QList<Request> m_routedRequests;
    QList<QPointer<QObject>> m_connections; // for sendMore()
};
