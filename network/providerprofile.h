#pragma once

#include <QString>
#include <QUrl>

// Which wire protocol a server speaks.
enum class ProviderKind {
    OpenAICompatible, // /chat/completions: OpenAI, Azure, OpenRouter, Groq, DeepSeek, vLLM, llama.cpp, LM
                      // Studio, Ollama /v1
    Anthropic, // /v1/messages
    OllamaNative, // /api/chat (NDJSON)
    Gemini, // :streamGenerateContent?alt=sse
};

QString providerKindToString(ProviderKind kind);
ProviderKind providerKindFromString(const QString &text, bool *ok = nullptr);

// A configured server. The API key is not here: it lives only in the OS keychain,
// stored under the profile id (see ApiKeyStore).
struct ProviderProfile
{
    QString id; // stable; the keychain entry's key
    QString name; // shown to the user
    ProviderKind kind = ProviderKind::OpenAICompatible;
    QUrl
        baseUrl; // e.g. https://api.openai.com/v1, http://localhost:11434/v1, http://localhost:11434 (native)
    QString model;
    // OpenAI-compatible servers that read PDFs as `file` content parts, as OpenAI's own API does
    // (that one is known by its host; see AttachmentEncoder::readsPdf). Others get a PDF's text.
    bool nativePdf = false;
    // The most the attachments of one request may add up to, as sent; 0: the provider's figure
    // (AttachmentEncoder::requestLimit). For a server behind a proxy with a smaller body limit.
    qint64 maxRequestBytes = 0;
};
