#include "tools/toolapproval.h"

#include "models/toolstep.h"

#include <QJsonObject>

QString ToolApproval::prettyArguments() const
{
    return ToolStep::prettyArguments(call.arguments);
}

QStringList ToolApproval::annotationNotes() const
{
    const QJsonObject hints = tool.annotations;
    QStringList notes;
    const auto flag = [&](const char *key, const QString &yes, const QString &no) {
        const QJsonValue value = hints.value(QLatin1String(key));
        if (value.isBool())
            notes.append(value.toBool() ? yes : no);
    };
    flag("readOnlyHint", tr("read-only"), tr("may change things"));
    flag("destructiveHint", tr("destructive"), tr("not destructive"));
    flag("idempotentHint", tr("idempotent"), tr("not idempotent"));
    flag("openWorldHint", tr("reaches outside systems"), tr("closed world"));
    return notes;
}
