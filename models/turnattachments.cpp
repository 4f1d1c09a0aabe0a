#include "models/turnattachments.h"

#include "models/contextbuilder.h"
#include "network/attachmentencoder.h"
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
