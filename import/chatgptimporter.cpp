#include "import/chatgptimporter.h"

#include "import/importhelpers.h"
#include "import/treebuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace {
bool isConversation(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QLatin1String("mapping")).isObject();
}

// The visible text of a message, or a null string for a node that is not shown.
QString textOf(const QJsonObject &message)
{
    const QJsonObject content = message.value(QLatin1String("content")).toObject();
    const QString type = content.value(QLatin1String("content_type")).toString();
    if (type == QLatin1String("code")) {
        QString language = content.value(QLatin1String("language")).toString();
        if (language == QLatin1String("unknown"))
            language.clear();
        return QStringLiteral("```") + language + QLatin1Char('\n')
            + content.value(QLatin1String("text")).toString() + QStringLiteral("\n```");
    }
    if (type != QLatin1String("text") && type != QLatin1String("multimodal_text"))
        return {};
    // multimodal_text mixes strings with image pointers (objects); only the strings are text.
    QStringList parts;
    for (const QJsonValue &part : content.value(QLatin1String("parts")).toArray()) {
        if (part.isString() && !part.toString().isEmpty())
            parts << part.toString();
    }
    return parts.join(QLatin1Char('\n'));
}
} // namespace

bool ChatGptImporter::detect(const QJsonDocument &doc)
{
    if (doc.isObject())
        return isConversation(doc.object());
    const QJsonArray list = doc.array();
    return !list.isEmpty() && isConversation(list.first());
}

std::optional<QList<SessionTree>> ChatGptImporter::parse(const QJsonDocument &doc, QString *error)
{
    const QJsonArray conversations = doc.isObject() ? QJsonArray {doc.object()} : doc.array();
    QList<SessionTree> trees;
    for (int c = 0; c < conversations.size(); ++c) {
        const QJsonObject conv = conversations.at(c).toObject();
        const QString title = conv.value(QLatin1String("title")).toString();
        const QString where = ImportHelpers::conversationName(c, title);
        QString id = conv.value(QLatin1String("conversation_id")).toString();
        if (id.isEmpty())
            id = conv.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            *error = tr("%1 has no \"id\"").arg(where);
            return std::nullopt;
        }
        if (!conv.value(QLatin1String("mapping")).isObject()) {
            *error = tr("%1: \"mapping\" is missing or not an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject mapping = conv.value(QLatin1String("mapping")).toObject();
        SessionInfo info;
        info.uuid = QStringLiteral("chatgpt:") + id;
        info.title = title;
        info.createdAt
            = ImportHelpers::fromSeconds(conv.value(QLatin1String("create_time")), &info.createdMicros);
        info.updatedAt
            = ImportHelpers::fromSeconds(conv.value(QLatin1String("update_time")), &info.updatedMicros);

        // Walk from the roots (no parent, or a parent the file lacks) through `children`, in
        // their order, so that parents come first and siblings keep ChatGPT's order.
        TreeBuilder builder;
        QHash<QString, int> added;
        QList<std::pair<QString, int>> stack; // node id, builder index of its parent
        const QStringList keys = mapping.keys();
        for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
            const QJsonValue parent = mapping.value(*it).toObject().value(QLatin1String("parent"));
            if (!parent.isString() || !mapping.contains(parent.toString()))
                stack.append({*it, -1});
        }
        while (!stack.isEmpty()) {
            const auto [key, parent] = stack.takeLast();
            if (added.contains(key))
                continue; // listed twice as a child: the first place wins
            const QJsonValue nodeValue = mapping.value(key);
            if (!nodeValue.isObject()) {
                *error = tr("%1: node \"%2\" is not an object").arg(where, key);
                return std::nullopt;
            }
            const QJsonObject node = nodeValue.toObject();
            const QJsonValue messageValue = node.value(QLatin1String("message"));
            Message m;
            bool keep = false;
            if (messageValue.isObject()) {
                const QJsonObject message = messageValue.toObject();
                const QString role = message.value(QLatin1String("author"))
                                         .toObject()
                                         .value(QLatin1String("role"))
                                         .toString();
                const QJsonObject meta = message.value(QLatin1String("metadata")).toObject();
                const bool hidden
                    = meta.value(QLatin1String("is_visually_hidden_from_conversation")).toBool();
                if (!message.value(QLatin1String("content")).isObject()) {
                    *error = tr("%1: node \"%2\" has no \"content\" object").arg(where, key);
                    return std::nullopt;
                }
                const QString recipient = message.value(QLatin1String("recipient")).toString();
                const bool toTool = !recipient.isEmpty() && recipient != QLatin1String("all")
                    && message.value(QLatin1String("content")).toObject().value(QLatin1String("content_type"))
                        != QLatin1String("code");
                m.role = role;
                m.content = textOf(message);
                m.model = meta.value(QLatin1String("model_slug")).toString();
                m.createdAt = ImportHelpers::fromSeconds(
                    message.value(QLatin1String("create_time")), &m.createdMicros);
                if (!m.createdAt.isValid()) {
                    m.createdAt = info.createdAt;
                    m.createdMicros = info.createdMicros;
                }
                const bool shown = !hidden && !toTool && !m.content.trimmed().isEmpty();
                if (role == QLatin1String("system") && shown && info.systemPrompt.isEmpty()
                    && meta.value(QLatin1String("is_user_system_message")).toBool())
                    info.systemPrompt = m.content; // the user's custom instructions
                keep = shown && (role == QLatin1String("user") || role == QLatin1String("assistant"));
            } else if (!messageValue.isNull() && !messageValue.isUndefined()) {
                *error = tr("%1: node \"%2\" has a \"message\" that is not an object").arg(where, key);
                return std::nullopt;
            }
            const int index = builder.add(m, parent, keep);
            added.insert(key, index);
            const QJsonValue children = node.value(QLatin1String("children"));
            if (!children.isUndefined() && !children.isNull() && !children.isArray()) {
                *error = tr("%1: node \"%2\" has \"children\" that is not a list").arg(where, key);
                return std::nullopt;
            }
            const QJsonArray list = children.toArray();
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                const QJsonValue child = list.at(i);
                if (!child.isString() || !mapping.contains(child.toString())) {
                    *error = tr("%1: node \"%2\" lists a child that is not in \"mapping\"").arg(where, key);
                    return std::nullopt;
                }
                stack.append({child.toString(), index});
            }
        }
        const QJsonValue current = conv.value(QLatin1String("current_node"));
        if (current.isString()) {
            if (!added.contains(current.toString())) {
                *error = tr("%1: \"current_node\" names a node no branch from the root reaches").arg(where);
                return std::nullopt;
            }
            builder.setCurrent(added.value(current.toString()));
        }
        if (builder.keptCount() == 0)
            continue; // nothing to show (an empty or all-hidden conversation)
        trees << builder.build(info);
    }
    return trees;
}
