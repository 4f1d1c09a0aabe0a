#include "models/turnattachments.h"

#include "models/contextbuilder.h"
#include "network/attachmentencoder.h"
#include "storage/attachmentfile.h"
#include "storage/sessionstore.h"

QList<ChatAttachment> TurnAttachments::forTurn(const QList<Attachment> &attachments)
{
    QList<ChatAttachment> list;
    for (const Attachment &a : attachments) {
        ChatAttachment c;
        c.sha256 = a.sha256;
        c.name = a.name;
        c.mimeType = a.mimeType;
        c.data = a.data;
        c.text = a.text;
        c.width = a.width;
        c.height = a.height;
        list << c;
    }
    return list;
}

int TurnAttachments::tokens(ProviderKind kind, const QList<ChatAttachment> &attachments)
{
    int total = 0;
    for (const ChatAttachment &a : attachments) {
        if (a.isImage())
            total += AttachmentEncoder::imageTokens(kind, QSize(a.width, a.height));
        else
            total += ContextBuilder::estimateTokens(a.text) + ContextBuilder::PerMessageOverhead;
    }
    return total;
}

bool TurnAttachments::loadData(const SessionStore *store, QList<ChatTurn> *turns, QString *error)
{
    for (ChatTurn &turn : *turns) {
        for (ChatAttachment &a : turn.attachments) {
            if (!a.data.isEmpty())
                continue;
            const auto data = store->attachmentData(a.sha256);
            if (!data) {
                *error = tr("The attachment \"%1\" is no longer stored; it cannot be sent.").arg(a.name);
                return false;
            }
            a.data = *data;
        }
    }
    return true;
}

std::optional<QString> TurnAttachments::visionRefusal(
    const QList<Attachment> &attachments, int vision, const QString &model)
{
    if (vision != 0)
        return std::nullopt;
    for (const Attachment &a : attachments) {
        if (a.isImage())
            return tr("The model %1 does not take images (its server says so). Remove \"%2\" or pick a "
                      "vision model.")
                .arg(model, a.name);
    }
    return std::nullopt;
}

std::optional<QString> TurnAttachments::textLayerRefusal(const QList<Attachment> &attachments, bool readsPdf)
{
    if (readsPdf)
        return std::nullopt;
    for (const Attachment &a : attachments) {
        if (a.isPdf() && a.text.trimmed().isEmpty())
            return tr("%1 has no text layer (scanned?); this model gets PDFs as text — attach page images "
                      "instead or use a provider that reads PDFs.")
                .arg(a.name);
    }
    return std::nullopt;
}

namespace {
// Who the limit is of, as the user named it (a CLI endpoint has no name: its host).
QString serverName(const ProviderProfile &profile)
{
    return profile.name.isEmpty() ? profile.baseUrl.host() : profile.name;
}

qint64 sentBytes(const ProviderProfile &profile, const QList<ChatAttachment> &attachments)
{
    const bool readsPdf = AttachmentEncoder::readsPdf(profile);
    qint64 total = 0;
    for (const ChatAttachment &a : attachments)
        total += AttachmentEncoder::sentBytes(profile.kind, readsPdf, a);
    return total;
}
} // namespace

std::optional<QString> TurnAttachments::requestSizeRefusal(
    const ProviderProfile &profile, const QList<Attachment> &attachments)
{
    const qint64 limit = AttachmentEncoder::requestLimit(profile);
    const qint64 total = sentBytes(profile, forTurn(attachments));
    if (total <= limit)
        return std::nullopt;
    return tr("The attachments of this message come to %1 as sent; %2 takes at most %3 per request. "
              "Remove some, or send them in several messages.")
        .arg(AttachmentFile::sizeText(total), serverName(profile), AttachmentFile::sizeText(limit));
}

bool TurnAttachments::fitRequest(const ProviderProfile &profile, QList<ChatTurn> *turns, QString *error)
{
    const qint64 limit = AttachmentEncoder::requestLimit(profile);
    const bool readsPdf = AttachmentEncoder::readsPdf(profile);
    qint64 total = 0;
    for (const ChatTurn &turn : *turns)
        total += sentBytes(profile, turn.attachments);
    // Earlier images first, as the window drops earlier turns first; the last turn is the new one.
    for (qsizetype t = 0; total > limit && t + 1 < turns->size(); ++t) {
        ChatTurn &turn = (*turns)[t];
        QStringList notes;
        for (qsizetype i = turn.attachments.size() - 1; i >= 0 && total > limit; --i) {
            const ChatAttachment &a = turn.attachments.at(i);
            if (!a.isImage())
                continue;
            total -= AttachmentEncoder::sentBytes(profile.kind, readsPdf, a);
            notes.prepend(tr("[The image %1 is left out here: the request would be too large.]").arg(a.name));
            turn.attachments.removeAt(i);
        }
        if (!notes.isEmpty())
            turn.content = (notes + QStringList {turn.content}).join(u'\n');
    }
    if (total <= limit)
        return true;
    *error = tr("The files this chat sends come to %1, more than %2 takes per request (%3), even without "
                "earlier images. Start a new chat for more files, or send less.")
                 .arg(AttachmentFile::sizeText(total), serverName(profile), AttachmentFile::sizeText(limit));
    return false;
}
