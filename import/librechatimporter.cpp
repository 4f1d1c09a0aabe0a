#include "import/librechatimporter.h"

#include "import/treebuilder.h"
#include "storage/legacyimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {
// Text of a message: `text`, else its content parts of type text (think parts are reasoning).
void readContent(const QJsonObject &message, Message *m)
{
    m->content = message.value(QLatin1String("text")).toString();
    const QJsonArray parts = message.value(QLatin1String("content")).toArray();
    QStringList text;
    QStringList think;
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QString type = part.value(QLatin1String("type")).toString();
        const QJsonValue body = part.value(type);
        // {type: "text", text: "..."} or {type: "text", text: {value: "..."}}
        const QString string
            = body.isObject() ? body.toObject().value(QLatin1String("value")).toString() : body.toString();
        if (type == QLatin1String("text") && !string.isEmpty())
            text << string;
        else if (type == QLatin1String("think") && !string.isEmpty())
            think << string;
    }
    if (m->content.isEmpty())
        m->content = text.join(QLatin1Char('\n'));
    m->reasoning = think.join(QLatin1Char('\n'));
}
} // namespace

bool LibreChatImporter::detect(const QJsonDocument &doc)
{
    const QJsonObject root = doc.object();
    return root.value(QLatin1String("conversationId")).isString()
        && (root.value(QLatin1String("messages")).isArray()
            || root.value(QLatin1String("messagesTree")).isArray());
}

std::optional<QList<SessionTree>> LibreChatImporter::parse(const QJsonDocument &doc, QString *error)
{
    const QJsonObject root = doc.object();
    SessionInfo info;
    info.uuid = QStringLiteral("librechat:") + root.value(QLatin1String("conversationId")).toString();
    info.title = root.value(QLatin1String("title")).toString();
    info.model = root.value(QLatin1String("options")).toObject().value(QLatin1String("model")).toString();
    const QString where
        = info.title.isEmpty() ? tr("the conversation") : tr("\"%1\"").arg(info.title.left(80));

    // Flatten the recursive tree (or take the flat list): every message once, with its parent.
    QList<QJsonObject> flat;
    QList<std::pair<QJsonValue, QString>> pending; // value, parent id from the nesting
    const bool tree = root.value(QLatin1String("messagesTree")).isArray();
    const QJsonArray top = root.value(QLatin1String(tree ? "messagesTree" : "messages")).toArray();
    for (qsizetype i = top.size() - 1; i >= 0; --i)
        pending.append({top.at(i), QString()});
    while (!pending.isEmpty()) {
        auto [value, nestedParent] = pending.takeLast();
        if (!value.isObject()) {
            *error = tr("%1: message %2 is not an object").arg(where).arg(flat.size() + 1);
            return std::nullopt;
        }
        QJsonObject message = value.toObject();
        const QString id = message.value(QLatin1String("messageId")).toString();
        if (id.isEmpty()) {
            *error = tr("%1: message %2 has no \"messageId\"").arg(where).arg(flat.size() + 1);
            return std::nullopt;
        }
        if (!nestedParent.isEmpty())
            message.insert(QStringLiteral("parentMessageId"), nestedParent);
        const QJsonArray children = message.take(QLatin1String("children")).toArray();
        flat << message;
        for (qsizetype i = children.size() - 1; i >= 0; --i)
            pending.append({children.at(i), id});
    }

    QHash<QString, QList<int>> children; // parent id -> positions in `flat`, file order
    QSet<QString> ids;
    for (const QJsonObject &message : std::as_const(flat))
        ids.insert(message.value(QLatin1String("messageId")).toString());
    for (int i = 0; i < flat.size(); ++i) {
        const QString parent = flat.at(i).value(QLatin1String("parentMessageId")).toString();
        children[ids.contains(parent) ? parent : QString()] << i;
    }
    TreeBuilder builder;
    QSet<int> done;
    QList<std::pair<int, int>> stack; // position in flat, builder index of the parent
    const QList<int> roots = children.value(QString());
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.append({*it, -1});
    while (!stack.isEmpty()) {
        const auto [at, parent] = stack.takeLast();
        if (done.contains(at))
            continue;
        done.insert(at);
        const QJsonObject message = flat.at(at);
        const QString id = message.value(QLatin1String("messageId")).toString();
        Message m;
        const QJsonValue byUser = message.value(QLatin1String("isCreatedByUser"));
        m.role = byUser.toBool()
                || message.value(QLatin1String("sender"))
                        .toString()
                        .compare(QLatin1String("user"), Qt::CaseInsensitive)
                    == 0
            ? QStringLiteral("user")
            : QStringLiteral("assistant");
        readContent(message, &m);
        m.model = message.value(QLatin1String("model")).toString();
        const QJsonValue created = message.value(QLatin1String("createdAt"));
        if (created.isString()) {
            m.createdAt = LegacyImporter::parseTimestamp(created.toString(), &m.createdMicros);
            if (!m.createdAt.isValid()) {
                *error = tr("%1: message \"%2\" has a \"createdAt\" that is not ISO-8601").arg(where, id);
                return std::nullopt;
            }
        }
        if (message.value(QLatin1String("error")).toBool()) {
            m.state = MessageState::Error;
            m.error = m.content;
        }
        const int index = builder.add(m, parent, !m.content.trimmed().isEmpty());
        const QList<int> mine = children.value(id);
        for (auto child = mine.crbegin(); child != mine.crend(); ++child)
            stack.append({*child, index});
    }
    if (done.size() != flat.size()) {
        *error = tr("%1: the parents of some messages form a cycle").arg(where);
        return std::nullopt;
    }
    if (builder.keptCount() == 0)
        return QList<SessionTree> {};
    return QList<SessionTree> {builder.build(info)};
}
