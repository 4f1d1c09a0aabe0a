#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Token counts as the server reported them (-1: not reported).
struct TokenUsage
{
    int promptTokens = -1;
    int completionTokens = -1;
    int reasoningTokens = -1;
    QJsonObject raw; // the provider's usage object as received (OpenAI usage, Anthropic usage, Gemini
                     // usageMetadata, Ollama counters)
    bool isValid() const { return promptTokens >= 0 || completionTokens >= 0; }
};

struct ToolCall
{
    QString id;
    QString name;
    QString arguments; // JSON text, concatenated from the streamed fragments
};

// How a streamed reply ended. Text and reasoning arrive through ChatClient's delta signals.
struct StreamOutcome
{
    enum class Status {
        Finished, // the server finished the reply (any finish reason, including "length")
        Stopped, // stop() was called; partial text is kept by the caller
        Failed, // HTTP error, error event inside the stream, timeout, connection lost...
    };
    Status status = Status::Finished;
    QString finishReason; // as the provider names it: stop, length, tool_calls, end_turn, STOP...
    TokenUsage usage;
    QList<ToolCall> toolCalls;
    QString errorMessage; // for the user: what happened and what to do about it
    QString errorType; // provider's error type/code, e.g. invalid_api_key, overloaded_error, tool_use_failed
    int httpStatus = 0; // 0 if no HTTP status was received
    int retryAfterSeconds = -1; // from Retry-After or rate-limit reset headers, when given
    bool sawDone = false; // "[DONE]" / message_stop / done:true seen
};
