#include "network/attachmentencoder.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QStringList>
#include <cmath>

namespace {
const qint64 kMiB = 1024 * 1024;
// Anthropic scales larger images down before the model sees them: its table of sizes that are
// not resized tops out at about 1.2 megapixels (1092×1092, 951×1268, 896×1344, 819×1456).
const double kAnthropicMaxPixels = 1.2e6;

bool takesFormat(ProviderKind kind, const QString &mime)
{
    // Formats each API documents; anything else is converted to PNG or JPEG.
    static const QStringList common {
        QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/webp")};
    switch (kind) {
    case ProviderKind::OpenAICompatible:
    case ProviderKind::Anthropic:
        return common.contains(mime) || mime == QLatin1String("image/gif");
    case ProviderKind::Gemini:
        return common.contains(mime);
    case ProviderKind::OllamaNative:
        return mime == QLatin1String("image/png") || mime == QLatin1String("image/jpeg");
    }
    return false;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QString documentBlock(const ChatAttachment &a)
{
    // A plain frame the model can tell from the user's words, with the file's name.
    return QStringLiteral("<document name=\"%1\">\n%2\n</document>").arg(a.name, a.text);
}

bool isOpenAisOwnApi(const ProviderProfile &profile)
{
    return profile.kind == ProviderKind::OpenAICompatible
        && profile.baseUrl.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0;
}

QString dataUrl(const ChatAttachment &a)
{
    return QStringLiteral("data:%1;base64,%2").arg(a.mimeType, QString::fromLatin1(a.data.toBase64()));
}
} // namespace

AttachmentEncoder::ImageRule AttachmentEncoder::imageRule(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAICompatible:
        return {2048, 20 * kMiB}; // high detail: fit in 2048×2048 (then 768 on the short side)
    case ProviderKind::Anthropic:
        return {1568, 5 * kMiB}; // larger is scaled down by the API; 5 MB per image at most
    case ProviderKind::Gemini:
        return {3072, 7 * kMiB}; // inline data: the whole request stays under 20 MB
    case ProviderKind::OllamaNative:
        return {2048, 20 * kMiB};
    }
    return {2048, 20 * kMiB};
}

QSize AttachmentEncoder::sentSize(ProviderKind kind, QSize size)
{
    if (size.isEmpty())
        return size;
    const int side = imageRule(kind).maxSide;
    double scale = qMin(1.0, double(side) / qMax(size.width(), size.height()));
    if (kind == ProviderKind::Anthropic)
        scale = qMin(scale, std::sqrt(kAnthropicMaxPixels / (double(size.width()) * size.height())));
    return QSize(qMax(1, int(size.width() * scale)), qMax(1, int(size.height() * scale)));
}

int AttachmentEncoder::imageTokens(ProviderKind kind, QSize size)
{
    if (size.isEmpty())
        return 0;
    const QSize sent = sentSize(kind, size);
    const double w = sent.width();
    const double h = sent.height();
    switch (kind) {
    case ProviderKind::Anthropic:
        return int(std::ceil(w * h / 750.0)); // Anthropic: tokens = width × height / 750
    case ProviderKind::Gemini:
        // Gemini 2.x: 258 tokens for an image within 384×384, else 258 per 768×768 tile.
        if (w <= 384 && h <= 384)
            return 258;
        return int(std::ceil(w / 768) * std::ceil(h / 768)) * 258;
    case ProviderKind::OpenAICompatible:
    case ProviderKind::OllamaNative: {
        // OpenAI (high detail): fit in 2048×2048, shortest side to 768, then 170 per 512×512
        // tile plus 85. Local vision models have no one rule; this one is the estimate used.
        const double shortScale = qMin(1.0, 768.0 / qMin(w, h));
        const double tiles = std::ceil(w * shortScale / 512) * std::ceil(h * shortScale / 512);
        return 85 + int(tiles) * 170;
    }
    }
    return 0;
}

bool AttachmentEncoder::readsPdf(const ProviderProfile &profile)
{
    if (profile.kind == ProviderKind::OpenAICompatible)
        return profile.nativePdf || isOpenAisOwnApi(profile);
    return readsPdf(profile.kind);
}

qint64 AttachmentEncoder::requestLimit(const ProviderProfile &profile)
{
    if (profile.maxRequestBytes > 0)
        return profile.maxRequestBytes;
    const qint64 mb = 1000 * 1000; // the providers' MB; decimal is the safe reading
    switch (profile.kind) {
    case ProviderKind::Anthropic:
        return 32 * mb; // a Messages request is at most 32 MB
    case ProviderKind::Gemini:
        return 20 * mb; // inline data: the whole request under 20 MB
    case ProviderKind::OpenAICompatible:
        // OpenAI: 50 MB of images and files per request. Local servers document none; 32 MB
        // keeps a request one that llama.cpp, vLLM or a proxy in front of them takes.
        return isOpenAisOwnApi(profile) ? 50 * mb : 32 * mb;
    case ProviderKind::OllamaNative:
        return 32 * mb;
    }
    return 32 * mb;
}

qint64 AttachmentEncoder::sentBytes(ProviderKind kind, bool readsPdf, const ChatAttachment &a)
{
    if (!sentNatively(readsPdf, a))
        return a.text.toUtf8().size();
    const qint64 bytes = a.isImage() ? prepared(kind, a).data.size() : a.data.size();
    return (bytes + 2) / 3 * 4;
}

bool AttachmentEncoder::sentNatively(bool readsPdf, const ChatAttachment &a)
{
    return a.isImage() || (a.isPdf() && readsPdf);
}

ChatAttachment AttachmentEncoder::prepared(ProviderKind kind, const ChatAttachment &a)
{
    if (!a.isImage())
        return a;
    const ImageRule rule = imageRule(kind);
    const QSize original(a.width, a.height);
    const QSize target = sentSize(kind, original);
    if (target == original && takesFormat(kind, a.mimeType) && a.data.size() <= rule.maxBytes)
        return a;
    QImage image = QImage::fromData(a.data);
    if (image.isNull())
        return a; // checked when attached; the provider will say what it thinks of it
    if (image.size() != target)
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    ChatAttachment out = a;
    // PNG keeps transparency and sharp screenshots; JPEG makes large photos small enough.
    const bool png = image.hasAlphaChannel() || a.mimeType == QLatin1String("image/png");
    out.data = encode(image, png ? "PNG" : "JPEG", 90);
    out.mimeType = png ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    for (int quality = 80; out.data.size() > rule.maxBytes && quality >= 40; quality -= 20) {
        out.data = encode(image, "JPEG", quality);
        out.mimeType = QStringLiteral("image/jpeg");
    }
    while (out.data.size() > rule.maxBytes && image.width() > 64) {
        image = image.scaled(image.size() * 0.75, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        out.data = encode(image, "JPEG", 80);
    }
    out.width = image.width();
    out.height = image.height();
    return out;
}

QString AttachmentEncoder::textWithDocuments(bool readsPdf, const ChatTurn &turn)
{
    QStringList parts;
    for (const ChatAttachment &a : turn.attachments) {
        if (!sentNatively(readsPdf, a))
            parts << documentBlock(a);
    }
    if (!turn.content.isEmpty())
        parts << turn.content;
    return parts.join(QStringLiteral("\n\n"));
}

QJsonArray AttachmentEncoder::openAiContent(const ChatTurn &turn, bool readsPdf)
{
    const ProviderKind kind = ProviderKind::OpenAICompatible;
    QJsonArray parts;
    const QString text = textWithDocuments(readsPdf, turn);
    if (!text.isEmpty())
        parts.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    for (const ChatAttachment &a : turn.attachments) {
        if (a.isPdf() && readsPdf) {
            parts.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("file"),
                    QJsonObject {
                        {QStringLiteral("filename"), a.name}, {QStringLiteral("file_data"), dataUrl(a)}}}});
            continue;
        }
        if (!a.isImage())
            continue;
        parts.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"),
                QJsonObject {{QStringLiteral("url"), dataUrl(prepared(kind, a))}}}});
    }
    return parts;
}

QJsonArray AttachmentEncoder::anthropicContent(const ChatTurn &turn)
{
    const ProviderKind kind = ProviderKind::Anthropic;
    QJsonArray blocks;
    // Anthropic advises images and documents before the question.
    for (const ChatAttachment &a : turn.attachments) {
        if (!sentNatively(true, a))
            continue;
        const ChatAttachment sent = prepared(kind, a);
        const QJsonObject source {{QStringLiteral("type"), QStringLiteral("base64")},
            {QStringLiteral("media_type"), sent.mimeType},
            {QStringLiteral("data"), QString::fromLatin1(sent.data.toBase64())}};
        QJsonObject block {
            {QStringLiteral("type"), a.isImage() ? QStringLiteral("image") : QStringLiteral("document")},
            {QStringLiteral("source"), source}};
        if (!a.isImage())
            block.insert(QStringLiteral("title"), a.name);
        blocks.append(block);
    }
    const QString text = textWithDocuments(true, turn);
    if (!text.isEmpty())
        blocks.append(
            QJsonObject {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    return blocks;
}

QJsonArray AttachmentEncoder::geminiParts(const ChatTurn &turn)
{
    const ProviderKind kind = ProviderKind::Gemini;
    QJsonArray parts;
    for (const ChatAttachment &a : turn.attachments) {
        if (!sentNatively(true, a))
            continue;
        const ChatAttachment sent = prepared(kind, a);
        parts.append(QJsonObject {{QStringLiteral("inlineData"),
            QJsonObject {{QStringLiteral("mimeType"), sent.mimeType},
                {QStringLiteral("data"), QString::fromLatin1(sent.data.toBase64())}}}});
    }
    const QString text = textWithDocuments(true, turn);
    if (!text.isEmpty() || parts.isEmpty())
        parts.append(QJsonObject {{QStringLiteral("text"), text}});
    return parts;
}

void AttachmentEncoder::addToOllamaMessage(QJsonObject *message, const ChatTurn &turn)
{
    const ProviderKind kind = ProviderKind::OllamaNative;
    QJsonArray images;
    for (const ChatAttachment &a : turn.attachments) {
        if (a.isImage())
            images.append(QString::fromLatin1(prepared(kind, a).data.toBase64()));
    }
    message->insert(QStringLiteral("content"), textWithDocuments(false, turn));
    if (!images.isEmpty())
        message->insert(QStringLiteral("images"), images);
}
