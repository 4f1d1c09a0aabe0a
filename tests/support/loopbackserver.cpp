#include "loopbackserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <utility>

namespace {
QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

// Splits `bytes` into writes of `size` bytes (one write when size <= 0).
QList<QByteArray> pieces(const QByteArray &bytes, int size)
{
    if (size <= 0 || bytes.size() <= size)
        return {bytes};
    QList<QByteArray> out;
    for (qsizetype i = 0; i < bytes.size(); i += size)
        out.append(bytes.mid(i, size));
    return out;
}

// One client connection: parses requests (keep-alive, Content-Length or chunked bodies)
// and writes each response piece by piece on a timer. Owned by its socket.
class Connection : public QObject
{
public:
    using Handler = std::function<LoopbackServer::Response(const LoopbackServer::Request &)>;

    Connection(QTcpSocket *socket, Handler handler)
        : QObject(socket)
        , m_socket(socket)
        , m_handler(std::move(handler))
    {
        // Without TCP_NODELAY, Nagle + delayed ACK hold each small write back ~40 ms.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::writeNext);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    // A response held open after its body (holdAfterBody): more of it, and perhaps its end.
    void sendMore(const QByteArray &data, bool finish)
    {
        if (!m_busy || !m_response.holdAfterBody || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (!data.isEmpty())
            m_pending.append(m_response.chunkedEncoding
                    ? QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n"
                    : data);
        if (finish) {
            m_response.holdAfterBody = false;
            m_tail = m_response.chunkedEncoding ? QByteArray("0\r\n\r\n") : QByteArray();
        }
        writeNext();
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        serveNext();
    }

    // Starts the next complete request in the buffer, unless a response is still being written.
    void serveNext()
    {
        if (m_busy)
            return;
        LoopbackServer::Request request;
        if (!takeRequest(&request))
            return;
        m_busy = true;
        startResponse(m_handler(request));
    }

    bool takeRequest(LoopbackServer::Request *request)
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request->method = requestLine.value(0);
        request->path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request->headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype bodyStart = headEnd + 4;
        qsizetype consumed = 0;
        if (request->headers.value("transfer-encoding").toLower() == "chunked") {
            if (!dechunk(bodyStart, &request->body, &consumed))
                return false;
        } else {
            const qsizetype length = request->headers.value("content-length").toLongLong();
            if (m_buffer.size() < bodyStart + length)
                return false;
            request->body = m_buffer.mid(bodyStart, length);
            consumed = bodyStart + length;
        }
        m_buffer.remove(0, consumed);
        return true;
    }

    bool dechunk(qsizetype pos, QByteArray *body, qsizetype *consumed) const
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            const qsizetype size
                = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(nullptr, 16);
            pos = lineEnd + 2;
            if (size == 0) { // no trailers are sent by Qt
                if (m_buffer.size() < pos + 2)
                    return false;
                *consumed = pos + 2;
                return true;
            }
            if (m_buffer.size() < pos + size + 2)
                return false;
            body->append(m_buffer.mid(pos, size));
            pos += size + 2;
        }
    }

    void startResponse(const LoopbackServer::Response &response)
    {
        m_response = response;
        m_pending.clear();
        m_repeatLeft = 0;
        m_tail.clear();
        if (!response.raw.isEmpty()) {
            m_pending = pieces(response.raw, response.chunkSize);
            m_closeAtEnd = true;
            writeNext();
            return;
        }
        const bool closeDelimited = !response.chunkedEncoding && response.closeAfterBody;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + (response.reason.isEmpty() ? standardReason(response.status) : response.reason) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        if (response.chunkedEncoding)
            head += "Transfer-Encoding: chunked\r\n";
        else if (!closeDelimited)
            head += "Content-Length: "
                + QByteArray::number(response.body.size() + response.repeat.size() * response.repeatCount)
                + "\r\n";
        if (response.closeAfterBody)
            head += "Connection: close\r\n";
        head += "\r\n";
        m_socket->write(head);
        m_socket->flush();
        if (response.hang)
            return; // headers only; the client's timeout has to end it

        const QByteArray body
            = response.abortMidway ? response.body.left(response.body.size() / 2) : response.body;
        for (const QByteArray &piece : pieces(body, response.chunkSize)) {
            if (piece.isEmpty())
                continue;
            m_pending.append(response.chunkedEncoding
                    ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n"
                    : piece);
        }
        m_repeatLeft = response.abortMidway || response.repeat.isEmpty() ? 0 : response.repeatCount;
        m_tail = response.chunkedEncoding && !response.abortMidway && !response.holdAfterBody
            ? QByteArray("0\r\n\r\n")
            : QByteArray();
        m_closeAtEnd = response.closeAfterBody;
        writeNext();
    }

    void writeNext()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return; // the client hung up
        if (m_socket->bytesToWrite() > 1024 * 1024) {
            m_timer.start(1); // the client reads slower than we write: wait for it
            return;
        }
        if (!m_pending.isEmpty()) {
            m_socket->write(m_pending.takeFirst());
        } else if (m_repeatLeft > 0) {
            --m_repeatLeft;
            const QByteArray &piece = m_response.repeat;
            m_socket->write(m_response.chunkedEncoding
                    ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n"
                    : piece);
        } else if (!m_tail.isEmpty()) {
            m_socket->write(std::exchange(m_tail, QByteArray()));
        }
        m_socket->flush();
        if (!m_pending.isEmpty() || m_repeatLeft > 0 || !m_tail.isEmpty()) {
            m_timer.start(m_response.chunkDelayMs);
            return;
        }
        finishResponse();
    }

    void finishResponse()
    {
        if (m_response.holdAfterBody)
            return; // the client has to stop it
        if (m_response.abortMidway) {
            m_socket->abort(); // the client sees the connection drop mid-body
            return;
        }
        if (m_closeAtEnd) {
            m_socket->disconnectFromHost();
            return;
        }
        m_busy = false;
        serveNext(); // keep-alive: a pipelined or next request may already be buffered
    }

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    QTimer m_timer;
    LoopbackServer::Response m_response;
    QList<QByteArray> m_pending;
    qint64 m_repeatLeft = 0;
    QByteArray m_tail; // the last chunk of a chunked body
    bool m_busy = false;
    bool m_closeAtEnd = false;
};
} // namespace

QJsonObject LoopbackServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
    clearRoutes();
}

void LoopbackServer::setRoute(const QByteArray &method, const QByteArray &pathPart, const Response &response)
{
    m_routes.prepend({method, pathPart, response});
}

void LoopbackServer::clearRoutes()
{
    m_routes.clear();
    const Response notFound = json(404, R"({"error":{"message":"Not Found","type":"not_found_error"}})");
    for (const char *part : {"/props", "/api/v0/models/", "/models/"})
        setRoute("GET", part, notFound);
    for (const char *part : {"/tokenize", "/apply-template", "/api/show", "/count_tokens", ":countTokens"})
        setRoute("POST", part, notFound);
}

void LoopbackServer::routeLlamaCpp()
{
    setRoute("GET", "/props", json(200, serverFixture(QStringLiteral("llamacpp_props_nctx256.json"))));
    setRoute("POST", "/tokenize", json(200, serverFixture(QStringLiteral("llamacpp_tokenize.json"))));
}

QByteArray LoopbackServer::serverFixture(const QString &fileName)
{
    return fixture(QStringLiteral("../servers/") + fileName);
}

LoopbackServer::~LoopbackServer() = default;

bool LoopbackServer::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QTcpServer *LoopbackServer::server()
{
    if (m_tlsServer)
        return m_tlsServer.get();
    return &m_server;
}

bool LoopbackServer::listenTls(const QSslConfiguration &configuration)
{
    m_tlsServer = std::make_unique<QSslServer>();
    m_tlsServer->setSslConfiguration(configuration);
    // Handed over once the handshake is done.
    connect(
        m_tlsServer.get(), &QSslServer::pendingConnectionAvailable, this, &LoopbackServer::onNewConnection);
    if (!m_tlsServer->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_tlsServer->serverPort();
    return true;
}

void LoopbackServer::close()
{
    server()->close();
    const QList<QTcpSocket *> sockets = server()->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

QUrl LoopbackServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tlsServer ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void LoopbackServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

void LoopbackServer::setDefaultResponse(const Response &response)
{
    m_defaultResponse = response;
}

void LoopbackServer::onNewConnection()
{
    m_connections.removeIf([](const QPointer<QObject> &connection) { return !connection; });
    while (QTcpSocket *socket = server()->nextPendingConnection())
        m_connections.append(
            new Connection(socket, [this](const Request &request) { return takeResponse(request); }));
}

void LoopbackServer::sendMore(const QByteArray &data, bool finish)
{
    for (const QPointer<QObject> &connection : std::as_const(m_connections)) {
        if (connection)
            static_cast<Connection *>(connection.data())->sendMore(data, finish);
    }
}

LoopbackServer::Response LoopbackServer::takeResponse(const Request &request)
{
    const qsizetype query = request.path.indexOf('?');
    const QByteArray path = query < 0 ? request.path : request.path.left(query);
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == request.method && path.contains(route.pathPart)) {
            m_routedRequests.append(request);
            return route.response;
        }
    }
    m_requests.append(request);
    Q_EMIT requestReceived(request);
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_defaultResponse)
        return *m_defaultResponse;
    return json(500, R"({"error":{"message":"LoopbackServer: no response queued"}})");
}

QByteArray LoopbackServer::fixture(const QString &fileName)
{
    const QString dir = qEnvironmentVariable("CONFAB_FIXTURES_DIR");
    QFile file(dir + u'/' + fileName);
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qWarning("LoopbackServer::fixture: cannot read %s (CONFAB_FIXTURES_DIR=%s)", qPrintable(fileName),
            qPrintable(dir));
        return {};
    }
    return file.readAll();
}

LoopbackServer::Response LoopbackServer::sse(const QByteArray &body)
{
    Response response;
    response.headers = {{"Content-Type", "text/event-stream"}, {"Cache-Control", "no-cache"}};
    response.body = body;
    return response;
}

LoopbackServer::Response LoopbackServer::ndjson(const QByteArray &body)
{
    Response response;
    response.headers = {{"Content-Type", "application/x-ndjson"}};
    response.body = body;
    return response;
}

LoopbackServer::Response LoopbackServer::json(int status, const QByteArray &body, const Headers &headers)
{
    Response response;
    response.status = status;
    response.headers = {{"Content-Type", "application/json"}};
    response.headers += headers;
    response.body = body;
    response.chunkedEncoding = false;
    return response;
}
