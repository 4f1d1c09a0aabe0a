#include "models/contextwindow.h"

ChatRequest ContextWindow::toRequest(const QString &model, std::optional<double> temperature) const
{
    ChatRequest request;
    request.model = model;
    request.systemPrompt = systemPrompt;
    request.messages = turns;
    request.temperature = temperature;
    request.maxTokens = replyReserve;
    request.contextLength = requestContext;
    return request;
}

QList<ChatAttachment> ContextWindow::attachments() const
{
    QList<ChatAttachment> list;
    for (const ChatTurn &turn : turns)
        list += turn.attachments;
    return list;
}

QString ContextWindow::tokenSource() const
{
    return rawEstimate == 0 && serverTokens > 0 ? QStringLiteral("server") : QStringLiteral("estimate");
}
