#include "network/tokencounter.h"

#include "network/chatclient.h"
#include "network/replysizelimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

TokenCounter::TokenCounter(QNetworkAccessManager *nam, const ProviderProfile &profile, const QString &model,
    const QString &tokenizer, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(profile)
    , m_model(model.isEmpty() ? profile.model : model)
    , m_tokenizer(tokenizer)
    , m_client(ChatClient::create(nam, profile))
{ }

TokenCounter::~TokenCounter()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool TokenCounter::supports(const QString &tokenizer)
{
    return tokenizer == QLatin1String("llama.cpp") || tokenizer == QLatin1String("anthropic")
        || tokenizer == QLatin1String("gemini");
}

QString TokenCounter::key(const ProviderProfile &profile, const QString &model, const QString &tokenizer)
{
    return tokenizer + u'|' + profile.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + u'|'
        + (model.isEmpty() ? profile.model : model);
}

void TokenCounter::setApiKey(const QString &key)
{
    if (m_client)
        m_client->setApiKey(key);
}

void TokenCounter::count(const QList<QPair<qint64, QString>> &texts)
{
    m_queue
        = texts.mid(0, m_tokenizer == QLatin1String("llama.cpp") ? MaxTextsPerCall : MaxHostedTextsPerCall);
    if (!m_client || !supports(m_tokenizer))
        m_queue.clear();
    next();
}

void TokenCounter::next()
{
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    const auto [key, text] = m_queue.takeFirst();
    m_current = key;
    QJsonObject body;
    QUrl url;
    if (m_tokenizer == QLatin1String("llama.cpp")) {
        // github.com/ggml-org/llama.cpp tools/server/README.md, POST /tokenize: {"tokens":[...]}
        url = m_client->rootEndpoint(QStringLiteral("tokenize"));
        body = {{QStringLiteral("content"), text}};
    } else if (m_tokenizer == QLatin1String("anthropic")) {
        // docs.anthropic.com/en/api/messages-count-tokens: {"input_tokens": N}
        url = m_client->endpoint(QStringLiteral("messages/count_tokens"));
        body = {{QStringLiteral("model"), m_model},
            {QStringLiteral("messages"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}}}};
    } else {
        // ai.google.dev/api/tokens#method:-models.counttokens: {"totalTokens": N}
        const QString name = m_model.contains(u'/') ? m_model : QStringLiteral("models/") + m_model;
        url = m_client->endpoint(name + QStringLiteral(":countTokens"));
        body = {{QStringLiteral("contents"),
            QJsonArray {QJsonObject {{QStringLiteral("role"), QStringLiteral("user")},
                {QStringLiteral("parts"), QJsonArray {QJsonObject {{QStringLiteral("text"), text}}}}}}}};
    }
    QNetworkRequest request = m_client->authorizedRequest(url);
    request.setTransferTimeout(10000);
    // Not followed: the key and the text stay with the profile's origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    ReplySizeLimit::apply(m_reply, MaxAnswerBytes);
    connect(m_reply, &QNetworkReply::finished, this, &TokenCounter::onReplyFinished);
}

void TokenCounter::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    int tokens = -1;
    if (status >= 200 && status < 300 && !ReplySizeLimit::wasCut(reply)) {
        if (answer.value(QLatin1String("tokens")).isArray())
            tokens = int(answer.value(QLatin1String("tokens")).toArray().size());
        else if (answer.contains(QLatin1String("input_tokens")))
            tokens = answer.value(QLatin1String("input_tokens")).toInt(-1);
        else if (answer.contains(QLatin1String("totalTokens")))
            tokens = answer.value(QLatin1String("totalTokens")).toInt(-1);
    }
    if (tokens < 0) {
        m_queue.clear(); // the server cannot count: the estimate stands for the rest
    } else {
        Q_EMIT counted(m_current, tokens);
    }
    next();
}
