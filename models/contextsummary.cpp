#include "models/contextsummary.h"

QString ContextSummary::text(const ContextWindow &window)
{
    // The files the request carries, by name: earlier ones go again while their turn is sent.
    const QList<ChatAttachment> files = window.attachments();
    if (!files.isEmpty()) {
        QStringList names;
        for (const ChatAttachment &a : files)
            names << a.name;
        return tokensText(window) + u' '
            + tr("· %n attachment(s): %1", nullptr, int(files.size())).arg(names.join(QStringLiteral(", ")));
    }
    return tokensText(window);
}

QString ContextSummary::tokensText(const ContextWindow &window)
{
    // "~" marks an estimate; without it the server's tokenizer counted every message.
    const QString tokens = (window.tokenSource() == QLatin1String("server") ? QString() : QStringLiteral("~"))
        + QString::number(window.estimatedTokens);
    if (window.contextLength > 0)
        return tr("%1 of %2 tokens (server context %2, %3 kept for the reply)")
            .arg(tokens)
            .arg(window.contextLength)
            .arg(window.replyReserve);
    if (window.budget > 0)
        return tr("%1 of %2 tokens (server context unknown)").arg(tokens).arg(window.budget);
    return tr("%1 tokens (server context unknown)").arg(tokens);
}

QString ContextSummary::warning(const ContextWindow &window)
{
    if (!window.overBudget)
        return {};
    return tr("The newest message alone does not fit: the server may cut or refuse it.");
}
