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

QString ContextWindow::tokenSource() const
{
    return rawEstimate == 0 && serverTokens > 0 ? QStringLiteral("server") : QStringLiteral("estimate");
}
