#include "import/chatboximporter.h"

#include "import/importhelpers.h"
#include "import/treebuilder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
// One Chatbox message, or a null role when it is not a turn (tool, empty, unreadable).
std::optional<Message> readMessage(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("not an object");
        return std::nullopt;
    }
    const QJsonObject message = value.toObject();
    Message m;
    m.role = message.value(QLatin1String("role")).toString();
    const QJsonValue content = message.value(QLatin1String("content"));
    const QJsonValue parts = message.value(QLatin1String("contentParts"));
    if (parts.isArray()) {
        QStringList text;
        QStringList reasoning;
        for (const QJsonValue &part : parts.toArray()) {
            const QString type = part.toObject().value(QLatin1String("type")).toString();
            const QString string = part.toObject().value(QLatin1String("text")).toString();
            if (type == QLatin1String("text"))
                text << string;
            else if (type == QLatin1String("reasoning"))
                reasoning << string;
        }
        m.content = text.join(QString());
        m.reasoning = reasoning.join(QLatin1Char('\n'));
    } else if (content.isString()) {
        m.content = content.toString();
    } else if (!content.isUndefined() && !content.isNull()) {
        *why = QStringLiteral("\"content\" is not text");
        return std::nullopt;
    }
    if (m.reasoning.isEmpty())
        m.reasoning = message.value(QLatin1String("reasoningContent")).toString();
    m.model = message.value(QLatin1String("model")).toString();
    m.createdAt
        = ImportHelpers::fromMilliseconds(message.value(QLatin1String("timestamp")), &m.createdMicros);
    if (!message.value(QLatin1String("error")).toString().isEmpty()) {
        m.state = MessageState::Error;
        m.error = message.value(QLatin1String("error")).toString();
    }
    return m;
}

bool isTurn(const Message &m)
{
    return (m.role == QLatin1String("user") || m.role == QLatin1String("assistant"))
        && !m.content.trimmed().isEmpty();
}

QList<QJsonObject> sessionsOf(const QJsonObject &root)
{
    QList<QJsonObject> sessions;
    for (const QJsonValue &s : root.value(QLatin1String("chat-sessions")).toArray())
        sessions << s.toObject();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("session:")))
            sessions << it->toObject();
    }
    return sessions;
}
} // namespace

bool ChatboxImporter::detect(const QJsonDocument &doc)
{
    const QJsonObject root = doc.object();
    return root.contains(QLatin1String("__exported_items"))
        || root.contains(QLatin1String("chat-sessions-list"))
        || root.value(QLatin1String("chat-sessions")).isArray();
}

std::optional<QList<SessionTree>> ChatboxImporter::parse(const QJsonDocument &doc, QString *error)
{
    const QList<QJsonObject> sessions = sessionsOf(doc.object());
    QList<SessionTree> trees;
    for (int s = 0; s < sessions.size(); ++s) {
        const QJsonObject session = sessions.at(s);
        const QString name = session.value(QLatin1String("name")).toString();
        const QString where = ImportHelpers::conversationName(s, name);
        const QString id = session.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            *error = tr("%1 has no \"id\"").arg(where);
            return std::nullopt;
        }
        // The current topic, then each earlier thread as a chat of its own.
        struct Topic
        {
            QString uuid, title;
            QJsonArray messages;
            bool forks;
        };
        QList<Topic> topics;
        topics.append({QStringLiteral("chatbox:") + id, name,
            session.value(QLatin1String("messages")).toArray(), true});
        if (!session.value(QLatin1String("messages")).isArray()) {
            *error = tr("%1: \"messages\" is missing or not a list").arg(where);
            return std::nullopt;
        }
        for (const QJsonValue &threadValue : session.value(QLatin1String("threads")).toArray()) {
            const QJsonObject thread = threadValue.toObject();
            const QString threadName = thread.value(QLatin1String("name")).toString();
            topics.append(
                {QStringLiteral("chatbox:%1:%2").arg(id, thread.value(QLatin1String("id")).toString()),
                    threadName.isEmpty() ? name : QStringLiteral("%1 — %2").arg(name, threadName),
                    thread.value(QLatin1String("messages")).toArray(), false});
        }
        const QJsonObject forks = session.value(QLatin1String("messageForksHash")).toObject();
        for (const Topic &topic : topics) {
            TreeBuilder builder;
            SessionInfo info;
            info.uuid = topic.uuid;
            info.title = topic.title;
            info.pinned = session.value(QLatin1String("starred")).toBool();
            int parent = -1;
            QHash<QString, int> added;
            for (int i = 0; i < topic.messages.size(); ++i) {
                QString why;
                const auto m = readMessage(topic.messages.at(i), &why);
                if (!m) {
                    *error = tr("%1: message %2 %3").arg(where).arg(i + 1).arg(why);
                    return std::nullopt;
                }
                if (m->role == QLatin1String("system") && i == 0) {
                    info.systemPrompt = m->content;
                    continue;
                }
                parent = builder.add(*m, parent, isTurn(*m));
                added.insert(topic.messages.at(i).toObject().value(QLatin1String("id")).toString(), parent);
            }
            const int shownLeaf = parent;
            // Fork lists other than the one shown hold alternative continuations after a message.
            for (auto it = forks.constBegin(); topic.forks && it != forks.constEnd(); ++it) {
                if (!added.contains(it.key()))
                    continue;
                const QJsonObject fork = it->toObject();
                const QJsonArray lists = fork.value(QLatin1String("lists")).toArray();
                for (int l = 0; l < lists.size(); ++l) {
                    if (l == fork.value(QLatin1String("position")).toInt())
                        continue;
                    int forkParent = added.value(it.key());
                    for (const QJsonValue &value :
                        lists.at(l).toObject().value(QLatin1String("messages")).toArray()) {
                        QString why;
                        const auto m = readMessage(value, &why);
                        if (!m) {
                            *error = tr("%1: a message of fork \"%2\" %3").arg(where, it.key(), why);
                            return std::nullopt;
                        }
                        forkParent = builder.add(*m, forkParent, isTurn(*m));
                    }
                }
            }
            builder.setCurrent(shownLeaf);
            if (builder.keptCount() > 0)
                trees << builder.build(info);
        }
    }
    return trees;
}
