#include "models/contextwindow.h"

ChatRequest ContextWindow::toRequest(const QString &model, std::optional<double> temperature) const
{
    ChatRequest request;
    request.model = model;
    request.systemPrompt = systemPrompt;
    request.messages = turns;
    request.temperature = temperature;
    return request;
}
