#include "network/contextprobe.h"

#include "network/chatclient.h"
#include "network/replysizelimit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace {

int positive(const QJsonValue &value)
{
    const int n = value.toInt(0);
    return n > 0 ? n : 0;
}

// The entry of `model` in an OpenAI-style {"data":[{"id":...}]} list (the only one if the
// server lists one model, as llama.cpp and vLLM do under an alias).
QJsonObject modelEntry(const QJsonObject &answer, const QString &model)
{
    const QJsonArray data = answer.value(QLatin1String("data")).toArray();
    for (const QJsonValue &item : data) {
        if (item.toObject().value(QLatin1String("id")).toString() == model)
            return item.toObject();
    }
    return data.size() == 1 ? data.first().toObject() : QJsonObject();
}

// GET {base}/models. Shapes: vLLM data[].max_model_len (vllm/entrypoints/openai/protocol.py,
// ModelCard); OpenRouter data[].context_length and top_provider.max_completion_tokens
// (openrouter.ai/docs/api-reference/list-available-models); Groq data[].context_window;
// LM Studio's v0 shape max_context_length. llama.cpp's meta.n_ctx_train is the training
// context, not what the server was started with, and is ignored.
ContextLimits fromModelList(const QJsonObject &answer, const QString &model)
{
    const QJsonObject entry = modelEntry(answer, model);
    ContextLimits limits;
    const QJsonObject top = entry.value(QLatin1String("top_provider")).toObject();
    for (const char *key : {"max_model_len", "context_length", "context_window", "loaded_context_length",
             "max_context_length"}) {
        if ((limits.contextLength = positive(entry.value(QLatin1String(key)))) > 0) {
            limits.source = QStringLiteral("/models %1").arg(QLatin1String(key));
            break;
        }
    }
    if (!limits.isKnown() && (limits.contextLength = positive(top.value(QLatin1String("context_length")))))
        limits.source = QStringLiteral("/models top_provider.context_length");
    limits.maxOutput = positive(top.value(QLatin1String("max_completion_tokens")));
    return limits;
}

// llama.cpp /props "modalities":{"vision":bool} (newer servers): whether the loaded model (its
// mmproj) sees images; -1 when the server does not say.
int propsVision(const QJsonObject &props)
{
    const QJsonValue vision
        = props.value(QLatin1String("modalities")).toObject().value(QLatin1String("vision"));
    return vision.isBool() ? int(vision.toBool()) : -1;
}

// POST /api/show {"model"}: {"parameters":"num_ctx 4096\n...","model_info":{"llama.context_length":
// 131072,...}} (docs.ollama.com/api/show, github.com/ollama/ollama docs/api.md "Show Model Information").
ContextLimits fromOllamaShow(const QJsonObject &answer, bool native)
{
    ContextLimits limits;
    int modelContext = 0;
    const QJsonObject info = answer.value(QLatin1String("model_info")).toObject();
    for (auto it = info.begin(); it != info.end(); ++it) {
        if (it.key().endsWith(QLatin1String(".context_length")))
            modelContext = positive(it.value());
    }
    static const QRegularExpression numCtx(QStringLiteral("(?:^|\\n)\\s*num_ctx\\s+(\\d+)"));
    const QRegularExpressionMatch match = numCtx.match(answer.value(QLatin1String("parameters")).toString());
    const int configured = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (!modelContext && !configured && !answer.contains(QLatin1String("model_info")))
        return limits; // not Ollama
    // Ollama 0.6+ lists what the model can do: "completion", "vision", "tools"...
    const QJsonValue capabilities = answer.value(QLatin1String("capabilities"));
    if (capabilities.isArray())
        limits.vision = capabilities.toArray().contains(QStringLiteral("vision")) ? 1 : 0;
    if (configured > 0) {
        limits.contextLength = configured;
        limits.source = QStringLiteral("Ollama /api/show num_ctx");
    } else if (native) {
        // Ours to choose: what the model allows, capped for a home computer's memory.
        limits.contextLength = modelContext > 0 ? qMin(modelContext, ContextProbe::OllamaRequestedContext)
                                                : ContextProbe::OllamaRequestedContext;
        limits.source = QStringLiteral("Ollama /api/show context_length");
    } else {
        // /v1 cannot set num_ctx: Ollama cuts at its default.
        limits.contextLength = modelContext > 0 ? qMin(modelContext, ContextProbe::OllamaDefaultContext)
                                                : ContextProbe::OllamaDefaultContext;
        limits.source = QStringLiteral("Ollama default num_ctx");
    }
    limits.requestsContext = native;
    return limits;
}

} // namespace

ContextProbe::ContextProbe(
    QNetworkAccessManager *nam, const ProviderProfile &profile, const QString &model, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(profile)
    , m_model(model.isEmpty() ? profile.model : model)
    , m_client(ChatClient::create(nam, profile))
{ }

ContextProbe::~ContextProbe()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ContextProbe::setApiKey(const QString &key)
{
    if (m_client)
        m_client->setApiKey(key);
}

ContextLimits ContextProbe::documented(ProviderKind kind, const QString &model)
{
    struct Row
    {
        const char *prefix;
        int context;
        int output;
    };
    // platform.openai.com/docs/models (context window, max output tokens); most specific first.
    static const Row openAi[] = {
        {"gpt-5", 400000, 128000},
        {"gpt-4.1", 1047576, 32768},
        {"gpt-4o", 128000, 16384},
        {"gpt-4-turbo", 128000, 4096},
        {"gpt-4", 8192, 8192},
        {"gpt-3.5-turbo", 16385, 4096},
        {"o1-mini", 128000, 65536},
        {"o1", 200000, 100000},
        {"o3", 200000, 100000},
        {"o4-mini", 200000, 100000},
    };
    // docs.anthropic.com/en/docs/about-claude/models/overview: 200K context for every current
    // model; the output caps differ.
    static const Row anthropic[] = {
        {"claude-opus-4", 200000, 32000},
        {"claude-sonnet-4", 200000, 64000},
        {"claude-haiku-4", 200000, 64000},
        {"claude-3-7-sonnet", 200000, 64000},
        {"claude-3-5", 200000, 8192},
        {"claude-3-haiku", 200000, 4096},
        {"claude-3", 200000, 4096},
        {"claude", 200000, 8192},
    };
    ContextLimits limits;
    const auto lookup = [&](const auto &rows) {
        for (const Row &row : rows) {
            if (model.startsWith(QLatin1String(row.prefix))) {
                limits.contextLength = row.context;
                limits.maxOutput = row.output;
                limits.source = QStringLiteral("documented table");
                return;
            }
        }
    };
    if (kind == ProviderKind::Anthropic)
        lookup(anthropic);
    else if (kind == ProviderKind::OpenAICompatible)
        lookup(openAi);
    return limits;
}

void ContextProbe::buildSteps()
{
    m_steps.clear();
    if (!m_client)
        return;
    const auto get = [this](const QUrl &url) {
        QNetworkRequest request = m_client->authorizedRequest(url);
        request.setTransferTimeout(m_timeoutMs);
        // A redirect is an answer like any other failure: the key never follows it elsewhere.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return request;
    };
    const QByteArray showBody
        = QJsonDocument(QJsonObject {{QStringLiteral("model"), m_model}}).toJson(QJsonDocument::Compact);
    const QString model = m_model;
    switch (m_profile.kind) {
    case ProviderKind::OpenAICompatible:
        if (m_profile.baseUrl.host() == QLatin1String("api.openai.com"))
            break; // its /models says nothing about context: the table does
        // llama.cpp: the context each slot really has (the server's -c divided by its slots).
        m_steps.append({get(m_client->rootEndpoint(QStringLiteral("props"))), {}, [](const QJsonObject &a) {
                            ContextLimits l;
                            l.contextLength = positive(a.value(QLatin1String("default_generation_settings"))
                                                           .toObject()
                                                           .value(QLatin1String("n_ctx")));
                            l.source = QStringLiteral("llama.cpp /props n_ctx");
                            l.tokenizer = QStringLiteral("llama.cpp");
                            l.vision = propsVision(a);
                            return l;
                        }});
        m_steps.append({get(m_client->endpoint(QStringLiteral("models"))), {},
            [model](const QJsonObject &a) { return fromModelList(a, model); }});
        // LM Studio's own API (lmstudio.ai/docs/developer/rest/endpoints): the loaded context if
        // the model is loaded, else the most it can take.
        m_steps.append({get(m_client->rootEndpoint(QStringLiteral("api/v0/models/") + model)), {},
            [](const QJsonObject &a) {
                ContextLimits l;
                l.contextLength = positive(a.value(QLatin1String("loaded_context_length")));
                if (!l.contextLength)
                    l.contextLength = positive(a.value(QLatin1String("max_context_length")));
                l.source = QStringLiteral("LM Studio /api/v0/models");
                return l;
            }});
        m_steps.append({get(m_client->rootEndpoint(QStringLiteral("api/show"))), showBody,
            [](const QJsonObject &a) { return fromOllamaShow(a, false); }});
        break;
    case ProviderKind::OllamaNative:
        m_steps.append({get(m_client->endpoint(QStringLiteral("api/show"))), showBody,
            [](const QJsonObject &a) { return fromOllamaShow(a, true); }});
        break;
    case ProviderKind::Gemini: {
        // models.get (ai.google.dev/api/models#method:-models.get): inputTokenLimit is the
        // prompt's room; the reply has its own outputTokenLimit.
        const QString name = model.contains(u'/') ? model : QStringLiteral("models/") + model;
        m_steps.append({get(m_client->endpoint(name)), {}, [](const QJsonObject &a) {
                            ContextLimits l;
                            l.contextLength = positive(a.value(QLatin1String("inputTokenLimit")));
                            l.maxOutput = positive(a.value(QLatin1String("outputTokenLimit")));
                            l.replyOutside = true;
                            l.source = QStringLiteral("Gemini models.get inputTokenLimit");
                            return l;
                        }});
        break;
    }
    case ProviderKind::Anthropic:
        break;
    }
}

void ContextProbe::start()
{
    m_done = false;
    buildSteps();
    next();
}

void ContextProbe::next()
{
    if (m_steps.isEmpty()) {
        finish(documented(m_profile.kind, m_model));
        return;
    }
    const Step &step = m_steps.first();
    m_reply = step.postBody.isEmpty() ? m_nam->get(step.request) : m_nam->post(step.request, step.postBody);
    ReplySizeLimit::apply(m_reply, MaxAnswerBytes);
    connect(m_reply, &QNetworkReply::finished, this, &ContextProbe::onReplyFinished);
}

void ContextProbe::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const Step step = m_steps.takeFirst();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A server that refuses, is not there or does not answer in time will not answer the next
    // endpoint either: the request that waits for this must not wait four times as long.
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError
        || ReplySizeLimit::wasCut(reply)) {
        m_steps.clear();
        finish(documented(m_profile.kind, m_model));
        return;
    }
    if (status >= 200 && status < 300) {
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (doc.isObject()) {
            ContextLimits limits = step.parse(doc.object());
            if (limits.isKnown()) {
                finish(limits);
                return;
            }
        }
    }
    next();
}

ContextLimits ContextProbe::finish(ContextLimits limits)
{
    if (m_done)
        return limits;
    m_done = true;
    if (limits.tokenizer.isEmpty() && m_profile.kind == ProviderKind::Anthropic)
        limits.tokenizer = QStringLiteral("anthropic");
    if (limits.tokenizer.isEmpty() && m_profile.kind == ProviderKind::Gemini)
        limits.tokenizer = QStringLiteral("gemini");
    if (limits.isKnown())
        limits.learntAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(limits);
    return limits;
}
