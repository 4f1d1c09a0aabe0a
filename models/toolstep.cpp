#include "models/toolstep.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

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

QString ToolStep::prettyArguments(const QString &arguments)
{
    const QString raw = arguments.trimmed().isEmpty() ? QStringLiteral("{}") : arguments;
    const QJsonDocument document = QJsonDocument::fromJson(raw.toUtf8());
    return document.isObject() ? QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed() : raw;
}

namespace {
QString outcomeText(const QString &outcome)
{
    // The names of ToolInvocation::Outcome, as stored.
    if (outcome == QLatin1String("Succeeded"))
        return ToolStep::tr("done");
    if (outcome == QLatin1String("ToolError"))
        return ToolStep::tr("the tool reported an error");
    if (outcome == QLatin1String("Denied"))
        return ToolStep::tr("denied");
    if (outcome == QLatin1String("UnknownTool"))
        return ToolStep::tr("no such tool");
    if (outcome == QLatin1String("BadArguments"))
        return ToolStep::tr("bad arguments");
    if (outcome == QLatin1String("TimedOut"))
        return ToolStep::tr("timed out");
    if (outcome == QLatin1String("Cancelled"))
        return ToolStep::tr("stopped");
    return ToolStep::tr("failed");
}
} // namespace

QString ToolStep::summary() const
{
    const QString name = tool.isEmpty() ? call.name : tool;
    const QString what = server.isEmpty() ? tr("Tool %1: %2").arg(name, outcomeText(outcome))
                                          : tr("Tool %1 on %2: %3").arg(name, server, outcomeText(outcome));
    return durationMs > 0 ? tr("%1 (%2 ms)").arg(what).arg(durationMs) : what;
}

QString ToolStep::details() const
{
    QStringList lines;
    lines << tr("Tool: %1 (offered to the model as %2)").arg(tool.isEmpty() ? call.name : tool, call.name);
    if (!server.isEmpty())
        lines << tr("MCP server: %1").arg(server);
    lines << tr("Outcome: %1").arg(outcomeText(outcome));
    if (startedAt.isValid())
        lines << tr("Started: %1, took %2 ms")
                     .arg(QLocale().toString(startedAt.toLocalTime(), QLocale::ShortFormat))
                     .arg(durationMs);
    lines << QString() << tr("Arguments:") << prettyArguments(call.arguments) << QString()
          << (isError ? tr("Error:") : tr("Result:")) << result;
    return lines.join(QLatin1Char('\n'));
}
