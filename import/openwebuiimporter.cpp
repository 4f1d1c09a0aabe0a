#include "import/openwebuiimporter.h"

#include "import/importhelpers.h"
#include "import/treebuilder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace {
QJsonObject historyOf(const QJsonValue &chat)
{
    return chat.toObject().value(QLatin1String("chat")).toObject().value(QLatin1String("history")).toObject();
}

bool isChat(const QJsonValue &value)
{
    return historyOf(value).value(QLatin1String("messages")).isObject();
}

// Open WebUI stores seconds; some versions wrote milliseconds.
QDateTime when(const QJsonValue &value, int *micros)
{
    return value.toDouble() > 1e11 ? ImportHelpers::fromMilliseconds(value, micros)
                                   : ImportHelpers::fromSeconds(value, micros);
}

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// Splits Open WebUI's inline <details> blocks off the answer.
void splitDetails(Message *m)
{
    static const QRegularExpression details(
        QStringLiteral(R"re(<details type="(\w+)"[^>]*>\s*(?:<summary>.*?</summary>)?(.*?)</details>\s*)re"),
        QRegularExpression::DotMatchesEverythingOption);
    QString reasoning;
    QString content;
    qsizetype last = 0;
    auto it = details.globalMatch(m->content);
    while (it.hasNext()) {
        const auto match = it.next();
        content += m->content.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (match.captured(1) == QLatin1String("reasoning"))
            reasoning += unescapeHtml(match.captured(2).trimmed());
    }
    if (last == 0)
        return;
    m->content = (content + m->content.mid(last)).trimmed();
    m->reasoning = reasoning;
}
} // namespace

bool OpenWebUiImporter::detect(const QJsonDocument &doc)
{
    if (doc.isObject())
        return isChat(doc.object());
    const QJsonArray list = doc.array();
    return !list.isEmpty() && isChat(list.first());
}

std::optional<QList<SessionTree>> OpenWebUiImporter::parse(const QJsonDocument &doc, QString *error)
{
    const QJsonArray chats = doc.isObject() ? QJsonArray {doc.object()} : doc.array();
    QList<SessionTree> trees;
    for (int c = 0; c < chats.size(); ++c) {
        const QJsonObject chat = chats.at(c).toObject();
        const QString title = chat.value(QLatin1String("title")).toString();
        const QString where = ImportHelpers::conversationName(c, title);
        const QString id = chat.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            *error = tr("%1 has no \"id\"").arg(where);
            return std::nullopt;
        }
        const QJsonObject history = historyOf(chat);
        if (!history.value(QLatin1String("messages")).isObject()) {
            *error = tr("%1: \"chat.history.messages\" is missing or not an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject messages = history.value(QLatin1String("messages")).toObject();
        SessionInfo info;
        info.uuid = QStringLiteral("openwebui:") + id;
        info.title = title;
        info.pinned = chat.value(QLatin1String("pinned")).toBool();
        info.createdAt = when(chat.value(QLatin1String("created_at")), &info.createdMicros);
        info.updatedAt = when(chat.value(QLatin1String("updated_at")), &info.updatedMicros);

        // Children from the parentId links (so none is lost if a childrenIds list lacks one),
        // ordered as the parent's childrenIds lists them, then by time; roots by time.
        QHash<QString, QStringList> children;
        for (auto it = messages.constBegin(); it != messages.constEnd(); ++it) {
            if (!it->isObject()) {
                *error = tr("%1: message \"%2\" is not an object").arg(where, it.key());
                return std::nullopt;
            }
            const QJsonValue parent = it->toObject().value(QLatin1String("parentId"));
            children[parent.isString() && messages.contains(parent.toString()) ? parent.toString()
                                                                               : QString()]
                << it.key();
        }
        for (auto it = children.begin(); it != children.end(); ++it) {
            const QJsonArray order
                = messages.value(it.key()).toObject().value(QLatin1String("childrenIds")).toArray();
            QHash<QString, qsizetype> position;
            for (qsizetype i = 0; i < order.size(); ++i)
                position.insert(order.at(i).toString(), i);
            const auto rank = [&](const QString &key) {
                return std::pair(position.value(key, order.size()),
                    messages.value(key).toObject().value(QLatin1String("timestamp")).toDouble());
            };
            std::stable_sort(it->begin(), it->end(),
                [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
        }
        TreeBuilder builder;
        QHash<QString, int> added;
        QList<std::pair<QString, int>> stack;
        const QStringList roots = children.value(QString());
        for (auto it = roots.crbegin(); it != roots.crend(); ++it)
            stack.append({*it, -1});
        while (!stack.isEmpty()) {
            const auto [key, parent] = stack.takeLast();
            if (added.contains(key))
                continue;
            const QJsonObject node = messages.value(key).toObject();
            const QJsonValue content = node.value(QLatin1String("content"));
            if (!content.isString() && !content.isNull() && !content.isUndefined()) {
                *error = tr("%1: message \"%2\" has a \"content\" that is not text").arg(where, key);
                return std::nullopt;
            }
            Message m;
            m.role = node.value(QLatin1String("role")).toString();
            m.content = content.toString();
            m.model = node.value(QLatin1String("model")).toString();
            m.createdAt = when(node.value(QLatin1String("timestamp")), &m.createdMicros);
            if (!m.createdAt.isValid())
                m.createdAt = info.createdAt;
            splitDetails(&m);
            const bool turn = m.role == QLatin1String("user") || m.role == QLatin1String("assistant");
            if (m.role == QLatin1String("system") && info.systemPrompt.isEmpty())
                info.systemPrompt = m.content;
            const int index = builder.add(m, parent, turn && !m.content.trimmed().isEmpty());
            added.insert(key, index);
            const QStringList mine = children.value(key);
            for (auto child = mine.crbegin(); child != mine.crend(); ++child)
                stack.append({*child, index});
        }
        if (added.size() != messages.size()) {
            *error = tr("%1: the parentId links of some messages form a cycle").arg(where);
            return std::nullopt;
        }
        const QJsonValue current = history.value(QLatin1String("currentId"));
        if (current.isString() && added.contains(current.toString()))
            builder.setCurrent(added.value(current.toString()));
        else if (current.isString() && !current.toString().isEmpty()) {
            *error = tr("%1: \"currentId\" names a message that is not in the chat").arg(where);
            return std::nullopt;
        }
        if (builder.keptCount() > 0)
            trees << builder.build(info);
    }
    return trees;
}
