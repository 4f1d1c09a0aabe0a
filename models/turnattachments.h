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
    // A PDF without a text layer (a scan) for a provider that gets PDFs only as their text
    // (`readsPdf` false, see AttachmentEncoder::readsPdf): the message to show.
    static std::optional<QString> textLayerRefusal(const QList<Attachment> &attachments, bool readsPdf);
    // The new message's attachments alone over what one request to `profile` may carry
    // (AttachmentEncoder::requestLimit): the message to show.
    static std::optional<QString> requestSizeRefusal(
        const ProviderProfile &profile, const QList<Attachment> &attachments);
    // Keeps the attachments of `turns` (data loaded) within the request limit: the images of
    // earlier turns are left out, oldest first, each with a note in its turn. False with
    // `error` if that is not enough.
    static bool fitRequest(const ProviderProfile &profile, QList<ChatTurn> *turns, QString *error);
};
