#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What a server says about the room a model has, learnt by ContextProbe and cached per
// profile and model (ContextCache).
struct ContextLimits
{
    int contextLength = 0; // tokens for prompt and reply together; 0: unknown
    int maxOutput = 0; // the model's own cap on a reply, when the server says; 0: unknown
    // The server holds the reply outside contextLength (Gemini's inputTokenLimit): no reserve
    // is taken from the prompt's room.
    bool replyOutside = false;
    // Ollama native: the context is ours to ask for (options.num_ctx) and this is it.
    bool requestsContext = false;
    QString source; // where it was learnt, e.g. "llama.cpp /props", "documented table"
    // The server's tokenizer Confab can ask (TokenCounter): "llama.cpp", "anthropic", "gemini"; empty: none.
    QString tokenizer;
    // Whether the model takes images: llama.cpp /props modalities.vision, Ollama /api/show
    // capabilities; -1: the server does not say.
    int vision = -1;
    QDateTime learntAt; // UTC
    bool isKnown() const { return contextLength > 0; }
};
Q_DECLARE_METATYPE(ContextLimits)
