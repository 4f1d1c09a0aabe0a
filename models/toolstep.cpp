#include "models/toolstep.h"

#include <QJsonDocument>
#include <QJsonObject>

QString ToolStep::toContent() const
{
    const QJsonObject json {{QStringLiteral("id"), call.id}, {QStringLiteral("name"), call.name},
        {QStringLiteral("arguments"), call.arguments}, {QStringLiteral("server"), server},
        {QStringLiteral("tool"), tool}, {QStringLiteral("outcome"), outcome},
        {QStringLiteral("result"), result}, {QStringLiteral("isError"), isError},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs}};
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<ToolStep> ToolStep::fromContent(const QString &content)
{
    const QJsonObject json = QJsonDocument::fromJson(content.toUtf8()).object();
    if (json.value(QLatin1String("id")).toString().isEmpty())
        return std::nullopt;
    ToolStep step;
    step.call.id = json.value(QLatin1String("id")).toString();
    step.call.name = json.value(QLatin1String("name")).toString();
    step.call.arguments = json.value(QLatin1String("arguments")).toString();
    step.server = json.value(QLatin1String("server")).toString();
    step.tool = json.value(QLatin1String("tool")).toString();
    step.outcome = json.value(QLatin1String("outcome")).toString();
    step.result = json.value(QLatin1String("result")).toString();
    step.isError = json.value(QLatin1String("isError")).toBool();
    step.startedAt
        = QDateTime::fromString(json.value(QLatin1String("startedAt")).toString(), Qt::ISODateWithMs);
    step.durationMs = json.value(QLatin1String("durationMs")).toInteger();
    return step;
}

bool ToolStep::isToolStep(const Message &message)
{
    return message.role == QLatin1String("assistant") && message.finishReason == QLatin1String(FinishReason);
}

ChatTurn ToolStep::toTurn() const
{
    ChatTurn turn;
    turn.role = QStringLiteral("tool");
    turn.content = result;
    turn.toolCall = call;
    return turn;
}
