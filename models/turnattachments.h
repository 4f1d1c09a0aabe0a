#pragma once

#include "network/chatrequest.h"
#include "network/providerprofile.h"
#include "storage/attachment.h"

#include <QCoreApplication>

class SessionStore;

// The stored attachments of a message as they go with its turn: their cost in the window and
// their bytes, loaded from the store only for the request that is sent.
class TurnAttachments
{
    Q_DECLARE_TR_FUNCTIONS(TurnAttachments)
public:
    // Metadata only (no data): what ContextBuilder puts in the window.
    static QList<ChatAttachment> forTurn(const QList<Attachment> &attachments);
    // Tokens the attachments add to their turn when sent to `kind`: images by the provider's
    // rule (AttachmentEncoder::imageTokens), documents by their text (estimated).
    static int tokens(ProviderKind kind, const QList<ChatAttachment> &attachments);
    // Fills the data of every attachment in `turns` from `store`; false with `error` if a
    // file is no longer stored.
    static bool loadData(const SessionStore *store, QList<ChatTurn> *turns, QString *error);
    // An image in `attachments` and a model known not to take images: the message to show.
    static std::optional<QString> visionRefusal(
        const QList<Attachment> &attachments, int vision, const QString &model);
};
