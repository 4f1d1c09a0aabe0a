#include "network/providererror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace {
const int kMaxShownChars = 300;

QString tr(const char *text)
{
    return QCoreApplication::translate("ProviderError", text);
}

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body")
        || start.contains("<head");
}

// A readable line out of an HTML error page: its <title>, else its text without tags.
QString htmlSummary(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(html);
    if (match.hasMatch())
        return match.captured(1).simplified();
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return QString(html).remove(tags).simplified();
}

QString elided(const QString &text)
{
    return text.size() <= kMaxShownChars ? text : text.left(kMaxShownChars) + QStringLiteral("…");
}

// "msg" -> " msg." so sentences can be joined without doubling punctuation.
QString asSentence(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QChar last = text.back();
    const bool closed = last == u'.' || last == u'!' || last == u'?' || last == u'…';
    return text + (closed ? QString() : QStringLiteral("."));
}

// "Prefix: server message." or just "Prefix."
QString withDetail(const QString &prefix, const QString &detail)
{
    return detail.isEmpty() ? prefix + u'.' : prefix + QStringLiteral(": ") + asSentence(detail);
}

// Parses "7", "1.5", "20ms", "6m0s", "1h2m3s" into seconds; false if it is none of these.
bool parseDuration(const QByteArray &value, double *seconds)
{
    bool ok = false;
    *seconds = value.toDouble(&ok);
    if (ok)
        return true;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    const QString text = QString::fromLatin1(value);
    double total = 0;
    qsizetype consumed = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        total += unit == u"ms" ? n / 1000 : unit == u"h" ? n * 3600 : unit == u"m" ? n * 60 : n;
        consumed += m.capturedLength();
    }
    *seconds = total;
    return consumed > 0 && consumed == text.size();
}

int resetToSeconds(const QByteArray &value, const QDateTime &now)
{
    double number = 0;
    if (!parseDuration(value, &number))
        return -1;
    if (number > 1e11) // epoch milliseconds (OpenRouter)
        number = (number - now.toMSecsSinceEpoch()) / 1000.0;
    else if (number > 1e9) // epoch seconds
        number -= now.toSecsSinceEpoch();
    return qMax(0, int(std::ceil(number)));
}

int retryAfterToSeconds(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    // An HTTP date ends in "GMT", which Qt's RFC 2822 parser only takes as a numeric offset.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text.replace(text.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? qMax<int>(0, now.secsTo(date)) : -1;
}
} // namespace

ProviderError ProviderError::fromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isArray() && !doc.array().isEmpty())
            return fromJson(doc.array().first());
        if (doc.isObject())
            return fromJson(doc.object());
    }
    ProviderError result;
    const QString text = QString::fromUtf8(body);
    result.m_message = elided(looksLikeHtml(body) ? htmlSummary(text) : text.simplified());
    return result;
}

ProviderError ProviderError::fromJson(const QJsonValue &value)
{
    ProviderError result;
    if (value.isString()) {
        result.m_message = elided(value.toString());
        return result;
    }
    QJsonObject object = value.toObject();
    const QJsonValue inner = object.value(QLatin1String("error"));
    if (inner.isString()) { // Ollama: {"error":"model 'x' not found"}
        result.m_message = elided(inner.toString());
        return result;
    }
    if (inner.isObject())
        object = inner.toObject();

    QString message = object.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = object.value(QLatin1String("detail")).toString();
    result.m_message = elided(message);

    // Prefer the most specific name: a string code (invalid_api_key), Gemini's status, the type.
    const QJsonValue code = object.value(QLatin1String("code"));
    const QString status = object.value(QLatin1String("status")).toString();
    const QString type = object.value(QLatin1String("type")).toString();
    if (code.isString() && !code.toString().isEmpty())
        result.m_type = code.toString();
    else if (!status.isEmpty())
        result.m_type = status;
    else if (!type.isEmpty() && type != u"error")
        result.m_type = type;
    else if (code.isDouble())
        result.m_type = QString::number(code.toInt());
    return result;
}

int ProviderError::retryAfterSeconds(const RawHeaders &headers, const QDateTime &now)
{
    int reset = -1;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "retry-after") {
            const int seconds = retryAfterToSeconds(value.trimmed(), now);
            if (seconds >= 0)
                return seconds; // the standard header wins over vendor ones
        } else if (lower == "x-ratelimit-reset" || lower == "x-ratelimit-reset-requests"
            || lower == "x-ratelimit-reset-tokens") {
            reset = qMax(reset, resetToSeconds(value.trimmed(), now));
        }
    }
    return reset;
}

StreamOutcome ProviderError::httpFailure(
    int status, const QByteArray &body, const QUrl &url, const QString &model, int retryAfterSeconds)
{
    const ProviderError error = fromBody(body);
    const QString host = hostOf(url);
    const QString detail = error.message();
    QString text;
    if (status == 401) {
        text = withDetail(tr("The API key was rejected by %1 (HTTP 401)").arg(host), detail) + u' '
            + tr("Check the key for this provider in Settings.");
    } else if (status == 403) {
        text = withDetail(tr("Access denied by %1 (HTTP 403)").arg(host), detail) + u' '
            + tr("Check the API key and its permissions in Settings.");
    } else if (status == 404) {
        const QString what = model.isEmpty()
            ? tr("Endpoint %1 not found on %2 (HTTP 404)").arg(url.path(), host)
            : tr("Model “%1” or endpoint %2 not found on %3 (HTTP 404)").arg(model, url.path(), host);
        text = withDetail(what, detail) + u' ' + tr("Check the model name and the base URL in Settings.");
    } else if (status == 429) {
        text = withDetail(tr("Rate limited by %1 (HTTP 429)").arg(host), detail) + u' '
            + (retryAfterSeconds > 0 ? tr("Try again in %1 s.").arg(retryAfterSeconds)
                                     : tr("Try again shortly."));
    } else if (status >= 500) {
        text = withDetail(tr("Server error at %1 (HTTP %2)").arg(host).arg(status), detail) + u' '
            + tr("Try again later.");
    } else {
        text = withDetail(tr("The request was rejected by %1 (HTTP %2)").arg(host).arg(status), detail);
    }
    StreamOutcome outcome = failed(text, error.type());
    outcome.httpStatus = status;
    outcome.retryAfterSeconds = retryAfterSeconds;
    return outcome;
}

StreamOutcome ProviderError::networkFailure(
    QNetworkReply::NetworkError error, const QString &detail, const QUrl &url, bool receivedData)
{
    const QString host = hostOf(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return failed(tr("Could not connect to %1: is the server running? (%2)").arg(host, detail));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's own transfer timeout reports this
        return timeout(url, 0, receivedData);
    case QNetworkReply::SslHandshakeFailedError:
        return failed(tr("Could not open a secure connection to %1: %2").arg(host, detail));
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return failed(tr("“%1” is not a valid server address: check the base URL in Settings.")
                          .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return failed(tr("Could not connect through the proxy: %1").arg(detail));
    default:
        break;
    }
    if (receivedData)
        return failed(tr("The connection to %1 was lost during the reply (%2); the partial reply was kept.")
                          .arg(host, detail));
    if (error == QNetworkReply::RemoteHostClosedError)
        return failed(tr("%1 closed the connection without answering.").arg(host));
    return failed(tr("Network error talking to %1: %2").arg(host, detail));
}

StreamOutcome ProviderError::timeout(const QUrl &url, int idleMs, bool receivedData)
{
    const QString host = hostOf(url);
    const QString seconds = QString::number(idleMs / 1000.0, 'g', 3);
    if (receivedData)
        return failed(tr("The reply from %1 timed out: nothing arrived for %2 s; the partial reply was kept.")
                          .arg(host, seconds));
    return failed(tr("The request to %1 timed out: no answer for %2 s.").arg(host, seconds));
}

StreamOutcome ProviderError::inStream(const ProviderError &error)
{
    const QString detail = error.message().isEmpty() ? error.type() : error.message();
    if (error.type().contains(QLatin1String("overloaded"), Qt::CaseInsensitive))
        return failed(
            withDetail(tr("The server is overloaded"), detail) + u' ' + tr("Try again in a moment."),
            error.type());
    return failed(withDetail(tr("The server reported an error"), detail), error.type());
}

StreamOutcome ProviderError::notAStream(
    const QByteArray &head, const QByteArray &contentType, const QUrl &url, int malformedEvents)
{
    const QString host = hostOf(url);
    const QByteArray trimmed = head.trimmed();
    if (looksLikeHtml(trimmed))
        return failed(withDetail(tr("%1 answered with a web page instead of a chat stream").arg(host),
                          htmlSummary(QString::fromUtf8(trimmed)))
            + u' ' + tr("Check the base URL in Settings."));
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const ProviderError error = fromBody(trimmed);
        if (!error.message().isEmpty())
            return inStream(error);
        return failed(
            tr("%1 answered with JSON instead of a stream: it may not support streaming.").arg(host));
    }
    if (malformedEvents > 0)
        return failed(tr("%1 sent %2 events that could not be read and nothing usable.")
                          .arg(host)
                          .arg(malformedEvents));
    if (trimmed.isEmpty())
        return failed(tr("%1 sent an empty reply.").arg(host));
    return failed(tr("The reply from %1 was not a chat stream (content type “%2”).")
                      .arg(host, QString::fromLatin1(contentType)));
}

StreamOutcome ProviderError::tooLarge(Oversized what, qsizetype limitBytes, const QUrl &url)
{
    const QString host = hostOf(url);
    const QString mib = QString::number(double(limitBytes) / (1024 * 1024), 'g', 3);
    switch (what) {
    case Oversized::Event:
        return failed(tr("%1 sent one stream event larger than %2 MiB, so the reply was cut there; "
                         "the text before it was kept.")
                          .arg(host, mib));
    case Oversized::Line:
        return failed(tr("%1 sent one line of its stream larger than %2 MiB, so the reply was cut there; "
                         "the text before it was kept.")
                          .arg(host, mib));
    case Oversized::ErrorBody:
        return failed(
            tr("The error body from %1 was larger than %2 MiB; only its start was read.").arg(host, mib));
    case Oversized::ModelList:
        return failed(tr("The model list from %1 is larger than %2 MiB; it was not read.").arg(host, mib));
    }
    return failed({});
}

StreamOutcome ProviderError::emptyReply(const QUrl &url)
{
    return failed(tr("%1 ended the reply without sending any text.").arg(hostOf(url)) + u' '
        + tr("Try again, or check the server's log."));
}

StreamOutcome ProviderError::incomplete(const QUrl &url)
{
    return failed(tr("The connection to %1 closed before the reply was complete; the partial reply was kept.")
                      .arg(hostOf(url)));
}

StreamOutcome ProviderError::redirectRefused(const QUrl &from, const QUrl &to)
{
    const QString target = to.toDisplayString(QUrl::RemoveUserInfo);
    const bool downgrade = from.scheme() == QLatin1String("https") && to.scheme() == QLatin1String("http");
    const QString what = downgrade
        ? tr("%1 redirected the request to %2, which is not encrypted (http); Confab refused to follow.")
              .arg(hostOf(from), target)
        : tr("%1 redirected the request to another server, %2; Confab refused to follow, as it sends "
             "the API key and the messages only to the endpoint in Settings.")
              .arg(hostOf(from), target);
    return failed(what + u' ' + tr("If that address is right, make it the endpoint in Settings."));
}

StreamOutcome ProviderError::tooManyRedirects(const QUrl &from, int limit)
{
    return failed(tr("%1 redirected the request more than %2 times; Confab gave up. Check the base URL in "
                     "Settings.")
                      .arg(hostOf(from))
                      .arg(limit));
}

QString ProviderError::hostOf(const QUrl &url)
{
    const int port = url.port();
    return port < 0 ? url.host() : url.host() + u':' + QString::number(port);
}

StreamOutcome ProviderError::failed(const QString &message, const QString &type)
{
    StreamOutcome outcome;
    outcome.status = StreamOutcome::Status::Failed;
    outcome.errorMessage = message;
    outcome.errorType = type;
    return outcome;
}
