#include "tools/screenshot/demodata.h"

#include "settings/contextsettings.h"
#include "storage/sessionstore.h"

#include <QJsonObject>

namespace {

Message makeMessage(const QString &role, const QString &content, const QDateTime &when)
{
    Message message;
    message.role = role;
    message.content = content;
    message.createdAt = when;
    message.updatedAt = when;
    if (role == QLatin1String("assistant"))
        message.model = QStringLiteral("llama3.1:8b");
    return message;
}

void addOlderChat(SessionStore *store, const QString &title, const QString &question, const QString &answer,
    int daysAgo, bool pinned = false)
{
    const QDateTime when = QDateTime::currentDateTime().addDays(-daysAgo);
    SessionInfo info;
    info.title = title;
    info.createdAt = when;
    info.updatedAt = when;
    info.pinned = pinned;
    store->importSession(info,
        {makeMessage(QStringLiteral("user"), question, when),
            makeMessage(QStringLiteral("assistant"), answer, when.addSecs(20))});
}

} // namespace

namespace DemoData {

qint64 fill(SessionStore *store)
{
    addOlderChat(store, QStringLiteral("Sourdough starter schedule"),
        QStringLiteral("How often should I feed my starter?"),
        QStringLiteral("Once a day at room temperature, or weekly if it lives in the fridge."), 40);
    addOlderChat(store, QStringLiteral("Trip planning: Lisbon"),
        QStringLiteral("Three days in Lisbon, what should I see?"),
        QStringLiteral("Alfama, Belém and a day trip to Sintra."), 12);
    addOlderChat(store, QStringLiteral("SQL window functions"),
        QStringLiteral("Explain ROW_NUMBER() vs RANK()."),
        QStringLiteral("ROW_NUMBER() numbers every row; RANK() gives ties the same rank."), 3);
    addOlderChat(store, QStringLiteral("Release notes draft"),
        QStringLiteral("Summarise the changes in 0.1."),
        QStringLiteral("Confab 0.1 brings one source of truth for chats and context."), 1);
    addOlderChat(store, QStringLiteral("Project glossary"), QStringLiteral("Define 'context window'."),
        QStringLiteral("The part of the conversation sent to the model with each request."), 20, true);

    const qint64 id = store->createSession(QStringLiteral("Reading a file line by line in C++"));
    QDateTime when = QDateTime::currentDateTime().addSecs(-600);
    qint64 parent = 0;
    const auto add = [&](const QString &role, const QString &content, const QString &reasoning = {}) {
        Message message = makeMessage(role, content, when);
        message.sessionId = id;
        message.parentId = parent;
        message.reasoning = reasoning;
        if (role == QLatin1String("assistant")) {
            message.promptTokens = 40 + int(content.size() / 5);
            message.completionTokens = int(content.size() / 4);
        }
        parent = store->addMessage(message);
        when = when.addSecs(45);
        return parent;
    };
    add(QStringLiteral("user"), QStringLiteral("What's the difference between std::endl and '\\n'?"));
    add(QStringLiteral("assistant"),
        QStringLiteral(
            "`std::endl` writes a newline **and flushes** the stream; `'\\n'` only writes the newline. "
            "Prefer `'\\n'` unless you need the flush."));
    add(QStringLiteral("user"), QStringLiteral("How do I read a text file line by line in C++17?"));
    add(QStringLiteral("assistant"),
        QStringLiteral(
            "Use `std::getline` on an `std::ifstream`. It strips the newline and stops cleanly at the "
            "end of the file:\n\n"
            "```cpp\n"
            "#include <fstream>\n"
            "#include <iostream>\n"
            "#include <string>\n\n"
            "int main()\n"
            "{\n"
            "    std::ifstream in(\"notes.txt\");\n"
            "    std::string line;\n"
            "    while (std::getline(in, line))\n"
            "        std::cout << line << '\\n';\n"
            "}\n"
            "```\n\n"
            "A few things to keep in mind:\n\n"
            "- Check `in.is_open()` to report a missing file.\n"
            "- Lines keep a trailing `\\r` on Windows files; trim it if needed.\n"
            "- See [cppreference](https://en.cppreference.com/w/cpp/string/basic_string/getline) "
            "for the details."),
        QStringLiteral("The user wants idiomatic C++17. std::getline in a while loop is the standard answer; "
                       "mention error handling and CRLF."));
    add(QStringLiteral("user"), QStringLiteral("And if the file is huge?"));
    add(QStringLiteral("assistant"),
        QStringLiteral("`std::getline` already reads one line at a time, so memory stays small. For speed, "
                       "read larger blocks with `in.read()` into a buffer, or memory-map the file."));
    // A short history limit, so the "context starts here" marker is on screen.
    store->setSessionSettings(id, QJsonObject {{ContextSettings::MaxMessagesKey, 4}});
    return id;
}

} // namespace DemoData
