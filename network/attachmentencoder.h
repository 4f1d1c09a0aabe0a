#pragma once

#include "network/chatrequest.h"
#include "network/providerprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSize>

// A turn's attachments in each provider's format, and what they cost in tokens.
//
// Images go as each API documents: OpenAI-compatible `image_url` parts with data URLs,
// Anthropic base64 `image` blocks, Gemini `inlineData`, Ollama `images`; scaled down to the
// size the provider works at (it would scale them itself, after the upload) and converted to
// a format it takes. PDFs go as native blocks to Anthropic (`document`) and Gemini
// (`inlineData`) and OpenAI (`file`), as their extracted text to the others; text files go as
// text everywhere.
class AttachmentEncoder
{
public:
    struct ImageRule
    {
        int maxSide; // longest side the provider works at, in pixels
        qint64 maxBytes; // per image, as sent (before base64)
    };
    static ImageRule imageRule(ProviderKind kind);
    // The size an image of `size` is sent at to `kind` (never larger than it is).
    static QSize sentSize(ProviderKind kind, QSize size);
    // Prompt tokens of one image of `size`, by the provider's documented rule (see the .cpp).
    static int imageTokens(ProviderKind kind, QSize size);
    // Whether the provider reads PDFs itself (their pages, scanned ones too) rather than their
    // text: Anthropic, Gemini, OpenAI's own API (api.openai.com) and profiles that say so.
    static bool readsPdf(const ProviderProfile &profile);
    static bool readsPdf(ProviderKind kind)
    {
        return kind == ProviderKind::Anthropic || kind == ProviderKind::Gemini;
    }
    // What the attachments of one request may add up to for `profile`, as sent (see sentBytes):
    // the provider's documented request limit (README, Attachments), or the profile's own.
    static qint64 requestLimit(const ProviderProfile &profile);
    // Bytes `a` adds to a request to `kind`: the base64 of what goes natively (an image as
    // prepared()), the UTF-8 text otherwise.
    static qint64 sentBytes(ProviderKind kind, bool readsPdf, const ChatAttachment &a);
    // Whether `a` goes as a native block (images; PDFs where `readsPdf`) rather than as text.
    static bool sentNatively(bool readsPdf, const ChatAttachment &a);

    // The image as `kind` takes it: scaled to sentSize(), re-encoded if its format is not taken
    // or it is too large. The original is returned when it already fits.
    static ChatAttachment prepared(ProviderKind kind, const ChatAttachment &a);

    // The turn's text with the documents sent as text before it.
    static QString textWithDocuments(bool readsPdf, const ChatTurn &turn);
    // `readsPdf`: PDFs as `file` parts with a data URL (OpenAI's PDF input), else as text.
    static QJsonArray openAiContent(const ChatTurn &turn, bool readsPdf = false);
    static QJsonArray anthropicContent(const ChatTurn &turn);
    static QJsonArray geminiParts(const ChatTurn &turn);
    // Adds `images` (base64) to an Ollama message and the documents to its content.
    static void addToOllamaMessage(QJsonObject *message, const ChatTurn &turn);
};
