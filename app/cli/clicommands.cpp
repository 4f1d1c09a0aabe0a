#include "clicommands.h"

#include "clierror.h"
#include "clitoolsession.h"
#include "copycommand.h"
#include "import/historyimporter.h"
#include "mcpcommands.h"
#include "models/chatcontroller.h"
#include "models/contextbuilder.h"
#include "models/conversation.h"
#include "models/sessionmanager.h"
#include "network/endpointpolicy.h"
#include "presetcommands.h"
#include "settings/apikeystore.h"
#include "settings/chatpreset.h"
#include "settings/databasepassword.h"
#include "settings/profilestore.h"
#include "storage/attachmentfile.h"
#include "storage/sessionexporter.h"
#include "storage/sessionstore.h"
#include "terminaltext.h"
#include "tools/toolloop.h"
#include "views/highlightmarkup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t interrupted = 0;

// QCommandLineParser prints the "Usage:" line itself, before this.
const char usage[] = R"(confab-cli: the app's chats from a terminal, on the same database.
  --db PATH | postgresql://user@host:port/db[?sslmode=verify-full&sslrootcert=FILE]
                                      a file, or a shared store on a PostgreSQL server; the password
                                      comes from the keychain or PGPASSFILE, never from the URL

Commands:
  new [--title T] [--system PROMPT] [--preset NAME]
                                      create a session, print its id (a preset gives
                                      its system prompt, profile, model and limits)
  sessions [--json] [--limit N]       list sessions (pinned first, newest first)
  profiles [--json]                   list the provider profiles (* the default)
  show ID... [--json]                 print a session's current branch (several: one after
                                      another; with --json an array)
  context ID [--json] [--message TEXT] [--profile P | --endpoint URL --model M [--provider X]]
                                      exactly what the next request would send (with a
                                      server: measured against its context, as send does)
  send ID TEXT --endpoint URL --model M [--provider openai|anthropic|ollama|gemini]
  send ID TEXT --profile PROFILE      send TEXT, stream the reply to stdout, store both
                                      (PROFILE: its name as in the app, or its id;
                                      without one, the session's own profile)
                                      (a key goes over plain http only to a local server,
                                      unless --insecure)
       [--attach FILE]...             images, PDFs and text files sent with TEXT (also
                                      with context, to preview their cost)
       [--allow-tools]                the tools of the enabled MCP servers are offered to the
                                      model (all four protocols); their calls run only
                                      with --allow-tools, else the model is told they were refused
  import PATH...                      import chat exports: ChatGPT (conversations.json or .zip),
                                      Open WebUI, LibreChat, Chatbox, Confab's JSON; folders too
  export ID --format json|md|html [--output FILE]
  search QUERY [--json]               full-text search over all messages
  delete ID                           delete a session
  copy --from PATH_OR_URL --to PATH_OR_URL
                                      copy every chat (its whole tree, files and settings) from
                                      one store into another, e.g. a file onto a server; one
                                      transaction per chat, so a rerun copies only what is missing
%1%2
Context limits: the app's settings (--settings PATH), then the session's, then
--max-messages N, --token-budget N and --context-length N. The context length is the
server's (asked by context and send) unless one of these sets it.
API key for send: environment variable CONFAB_API_KEY, else the OS keychain entry of the
profile (set in the app's Settings). Keys are never read from or written to files.
)";

QJsonObject sessionJson(const SessionInfo &s)
{
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("uuid"), s.uuid},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("created_at"), SessionExporter::timestamp(s.createdAt)},
        {QStringLiteral("updated_at"), SessionExporter::timestamp(s.updatedAt)},
        {QStringLiteral("pinned"), s.pinned}, {QStringLiteral("system_prompt"), s.systemPrompt},
        {QStringLiteral("model"), s.model}, {QStringLiteral("message_count"), s.messageCount},
        {QStringLiteral("preview"), s.preview}};
}

QJsonArray attachmentsJson(const QList<Attachment> &attachments)
{
    QJsonArray list;
    for (const Attachment &a : attachments) {
        QJsonObject o {{QStringLiteral("name"), a.name}, {QStringLiteral("type"), a.mimeType},
            {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256}};
        if (a.width > 0)
            o.insert(QStringLiteral("width"), a.width);
        if (a.height > 0)
            o.insert(QStringLiteral("height"), a.height);
        list.append(o);
    }
    return list;
}

QJsonArray attachmentsJson(const QList<ChatAttachment> &attachments)
{
    QList<Attachment> list;
    for (const ChatAttachment &c : attachments) {
        Attachment a;
        a.name = c.name;
        a.mimeType = c.mimeType;
        a.size = c.data.isEmpty() ? 0 : c.data.size();
        a.sha256 = c.sha256;
        a.width = c.width;
        a.height = c.height;
        list << a;
    }
    return attachmentsJson(list);
}

QJsonObject messageJson(const Message &m)
{
    QJsonObject o {{QStringLiteral("id"), m.id}, {QStringLiteral("parent_id"), m.parentId},
        {QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content},
        {QStringLiteral("state"), messageStateToString(m.state)},
        {QStringLiteral("created_at"), SessionExporter::timestamp(m.createdAt)},
        {QStringLiteral("alternatives"), m.siblingCount}};
    if (!m.reasoning.isEmpty())
        o.insert(QStringLiteral("reasoning"), m.reasoning);
    if (!m.model.isEmpty())
        o.insert(QStringLiteral("model"), m.model);
    if (m.promptTokens >= 0)
        o.insert(QStringLiteral("prompt_tokens"), m.promptTokens);
    if (m.completionTokens >= 0)
        o.insert(QStringLiteral("completion_tokens"), m.completionTokens);
    if (!m.finishReason.isEmpty())
        o.insert(QStringLiteral("finish_reason"), m.finishReason);
    if (!m.error.isEmpty())
        o.insert(QStringLiteral("error"), m.error);
    if (ToolStep::isToolStep(m))
        o.insert(QStringLiteral("tool"), QJsonDocument::fromJson(m.content.toUtf8()).object());
    if (!m.attachments.isEmpty())
        o.insert(QStringLiteral("attachments"), attachmentsJson(m.attachments));
    return o;
}

QString safe(const QString &text)
{
    return TerminalText::safe(text);
}

QString jsonText(const QJsonDocument &doc)
{
    return TerminalText::safeJson(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString jsonText(const QJsonObject &o)
{
    return jsonText(QJsonDocument(o));
}

QString jsonText(const QJsonArray &a)
{
    return jsonText(QJsonDocument(a));
}

} // namespace

CliCommands::CliCommands()
    : m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(
        QString::fromLatin1(usage).arg(McpCommands::usage(), PresetCommands::usage()));
    m_parser.addPositionalArgument(
        QStringLiteral("command"), tr("One of the commands below."), QStringLiteral("COMMAND [ARGS]"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("db"), tr("Database file or postgresql:// URL (default: the app's file)."),
            QStringLiteral("path")},
        {QStringLiteral("settings"), tr("Settings file with profiles and defaults (default: the app's)."),
            QStringLiteral("path")},
        {QStringLiteral("title"), tr("Title of a new session."), QStringLiteral("title")},
        {QStringLiteral("system"), tr("System prompt of a new session."), QStringLiteral("prompt")},
        {QStringLiteral("json"), tr("Machine-readable output.")},
        {QStringLiteral("limit"), tr("How many rows at most."), QStringLiteral("n")},
        {QStringLiteral("endpoint"), tr("Server base URL, e.g. http://localhost:11434/v1."),
            QStringLiteral("url")},
        {QStringLiteral("model"), tr("Model name."), QStringLiteral("model")},
        {QStringLiteral("insecure"),
            tr("Send the API key over plain http to a host beyond this machine "
               "and its local network.")},
        {QStringLiteral("provider"), tr("Protocol: openai, anthropic, ollama, gemini."),
            QStringLiteral("kind"), QStringLiteral("openai")},
        {QStringLiteral("profile"), tr("Provider profile: its name or id (confab-cli profiles)."),
            QStringLiteral("name")},
        {QStringLiteral("timeout"), tr("Seconds without data before giving up."), QStringLiteral("s"),
            QStringLiteral("120")},
        {QStringLiteral("format"), tr("Export format: json, md or html."), QStringLiteral("format")},
        {QStringLiteral("output"), tr("Write to this file instead of stdout."), QStringLiteral("file")},
        {QStringLiteral("message"), tr("Preview the context with this new message."), QStringLiteral("text")},
        {QStringLiteral("max-messages"), tr("History messages to send at most."), QStringLiteral("n")},
        {QStringLiteral("token-budget"), tr("Prompt tokens to send at most."), QStringLiteral("n")},
        {QStringLiteral("context-length"), tr("The model's context in tokens (instead of the server's)."),
            QStringLiteral("n")},
        {QStringLiteral("attach"), tr("A file to send with the message (repeat for more)."),
            QStringLiteral("file")},
        {QStringLiteral("from"), tr("copy: the store to copy from (file or postgresql:// URL)."),
            QStringLiteral("store")},
        {QStringLiteral("to"), tr("copy: the store to copy into (file or postgresql:// URL)."),
            QStringLiteral("store")},
    });
    McpCommands::addOptions(&m_parser);
    PresetCommands::addOptions(&m_parser);
}

QString CliCommands::shownTitle(const QString &title)
{
    return title.isEmpty() ? tr("(untitled)") : title;
}

int CliCommands::usageError(const QString &message)
{
    return CliError::usage(m_err, message);
}

int CliCommands::failure(const QString &message)
{
    return CliError::failure(m_err, message);
}

int CliCommands::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << "confab-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QStringList args = m_parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString command = args.takeFirst();
    // Profiles and MCP servers live in the settings file; no database is opened for them.
    if (command == QLatin1String("profiles"))
        return cmdProfiles();
    if (command == QLatin1String("mcp"))
        return McpCommands(m_parser, settingsPath(), m_out, m_err).run(args);
    // Two stores, named by --from and --to (not --db).
    if (command == QLatin1String("copy"))
        return CopyCommand(m_err).run(
            m_parser.value(QStringLiteral("from")), m_parser.value(QStringLiteral("to")));
    if (command == QLatin1String("presets"))
        return PresetCommands(m_parser, settingsPath(), m_out, m_err).run(args);
    static const QStringList known {QStringLiteral("new"), QStringLiteral("sessions"), QStringLiteral("show"),
        QStringLiteral("context"), QStringLiteral("send"), QStringLiteral("import"), QStringLiteral("export"),
        QStringLiteral("search"), QStringLiteral("delete")};
    if (!known.contains(command))
        return usageError(tr("unknown command \"%1\"").arg(command));

    SessionStore store;
    store.setExternalPollInterval(0);
    const QString path = m_parser.isSet(QStringLiteral("db")) ? m_parser.value(QStringLiteral("db"))
                                                              : SessionStore::defaultPath();
    if (const QString problem = SessionStore::pathProblem(path); !problem.isEmpty())
        return usageError(problem);
    QString keychainError;
    if (!DatabasePassword::apply(&store, path, &keychainError))
        return failure(tr("the keychain refused access to the database password: %1").arg(keychainError));
    if (!store.open(path))
        return failure(store.lastError());
    if (store.recoveredOnOpen() > 0)
        m_err << tr(
            "note: %n reply/replies cut off by a crash were marked as interrupted; their text is kept.",
            nullptr, store.recoveredOnOpen())
              << Qt::endl;
    m_store = &store;
    QObject::connect(&store, &SessionStore::storageError, &store,
        [this](const QString &message) { m_err << "confab-cli: " << safe(message) << Qt::endl; });

    if (command == QLatin1String("new"))
        return cmdNew();
    if (command == QLatin1String("sessions"))
        return cmdSessions();
    if (command == QLatin1String("show"))
        return cmdShow(args);
    if (command == QLatin1String("context"))
        return cmdContext(args);
    if (command == QLatin1String("send"))
        return cmdSend(args);
    if (command == QLatin1String("import"))
        return cmdImport(args);
    if (command == QLatin1String("export"))
        return cmdExport(args);
    if (command == QLatin1String("delete"))
        return cmdDelete(args);
    return cmdSearch(args);
}

bool CliCommands::sessionArg(const QStringList &args, qint64 *id)
{
    bool ok = false;
    *id = args.isEmpty() ? 0 : args.first().toLongLong(&ok);
    if (!ok || *id <= 0) {
        usageError(args.isEmpty() ? tr("a session id is needed")
                                  : tr("\"%1\" is not a session id").arg(args.first()));
        return false;
    }
    if (!m_store->session(*id)) {
        m_err << "confab-cli: " << tr("there is no session %1").arg(*id) << Qt::endl;
        *id = -1;
        return false;
    }
    return true;
}

int CliCommands::cmdNew()
{
    SessionInfo info;
    if (m_parser.isSet(QStringLiteral("preset"))) {
        ChatPreset preset;
        if (!PresetCommands(m_parser, settingsPath(), m_out, m_err)
                 .find(m_parser.value(QStringLiteral("preset")), &preset))
            return 2;
        preset.applyTo(&info);
    }
    if (m_parser.isSet(QStringLiteral("system")))
        info.systemPrompt = m_parser.value(QStringLiteral("system"));
    const qint64 id = m_store->createSession(m_parser.value(QStringLiteral("title")), info.systemPrompt);
    if (!id)
        return failure(m_store->lastError());
    if ((!info.provider.isEmpty() || !info.model.isEmpty())
        && !m_store->setSessionModel(id, info.provider, info.model))
        return failure(m_store->lastError());
    if (!info.settings.isEmpty() && !m_store->setSessionSettings(id, info.settings))
        return failure(m_store->lastError());
    m_out << id << Qt::endl;
    return 0;
}

int CliCommands::cmdSessions()
{
    const int limit
        = m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt() : 1000;
    const QList<SessionInfo> sessions = m_store->sessions(qMax(1, limit));
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SessionInfo &s : sessions)
            list.append(sessionJson(s));
        m_out << jsonText(list);
        return 0;
    }
    // A header row for people; scripts read --json.
    m_out << tr("ID") << '\t' << tr("UPDATED") << "\t\t" << tr("MESSAGES") << '\t' << tr("TITLE") << '\n';
    for (const SessionInfo &s : sessions) {
        m_out << s.id << '\t' << s.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
              << '\t' << s.messageCount << '\t' << (s.pinned ? QStringLiteral("* ") : QString())
              << safe(shownTitle(s.title)) << '\n';
    }
    m_out.flush();
    return 0;
}

int CliCommands::cmdProfiles()
{
    const ProfileStore profiles(settingsPath());
    const QString defaultId = profiles.defaultProfileId();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ProviderProfile &p : profiles.profiles())
            list.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
                {QStringLiteral("kind"), providerKindToString(p.kind)},
                {QStringLiteral("endpoint"), p.baseUrl.toString()}, {QStringLiteral("model"), p.model},
                {QStringLiteral("default"), p.id == defaultId}});
        m_out << jsonText(list);
        return 0;
    }
    if (profiles.profiles().isEmpty()) {
        m_err << tr("No provider profiles in %1; add one in the app's Settings.").arg(settingsPath())
              << Qt::endl;
        return 0;
    }
    m_out << tr("ID") << '\t' << tr("NAME") << '\t' << tr("KIND") << '\t' << tr("ENDPOINT") << '\t'
          << tr("MODEL") << '\n';
    for (const ProviderProfile &p : profiles.profiles())
        m_out << (p.id == defaultId ? QStringLiteral("* ") : QString()) << safe(p.id) << '\t' << safe(p.name)
              << '\t' << providerKindToString(p.kind) << '\t' << safe(p.baseUrl.toString()) << '\t'
              << safe(p.model) << '\n';
    m_out.flush();
    return 0;
}

int CliCommands::cmdShow(const QStringList &args)
{
    // Several ids are shown one after another (with --json: an array of them), so a script
    // reads many chats in one process.
    QList<qint64> ids;
    do {
        qint64 id = 0;
        if (!sessionArg(args.mid(ids.size(), 1), &id))
            return id < 0 ? 1 : 2;
        ids << id;
    } while (ids.size() < args.size());
    const bool json = m_parser.isSet(QStringLiteral("json"));
    QJsonArray shown;
    for (const qint64 id : ids) {
        const SessionInfo session = *m_store->session(id);
        const QList<Message> messages = m_store->branch(session.currentLeafId);
        if (json) {
            QJsonArray list;
            for (const Message &m : messages)
                list.append(messageJson(m));
            QJsonObject root = sessionJson(session);
            root.insert(QStringLiteral("messages"), list);
            shown.append(root);
        } else {
            if (id != ids.first())
                m_out << "\n";
            printSession(session, messages);
        }
    }
    if (json)
        m_out << (ids.size() == 1 ? jsonText(shown.first().toObject()) : jsonText(shown));
    m_out.flush();
    return 0;
}

void CliCommands::printSession(const SessionInfo &session, const QList<Message> &messages)
{
    m_out << "# " << safe(shownTitle(session.title)) << "\n";
    if (!session.systemPrompt.isEmpty())
        m_out << "[system] " << safe(session.systemPrompt) << "\n";
    for (const Message &m : messages) {
        m_out << "\n[" << safe(m.role);
        if (m.state != MessageState::Complete)
            m_out << ", " << messageStateToString(m.state);
        if (m.siblingCount > 1)
            m_out << ", " << tr("alternative %1 of %2").arg(m.siblingIndex + 1).arg(m.siblingCount);
        m_out << "] " << safe(m.content) << "\n";
        for (const Attachment &a : m.attachments)
            m_out
                << "  "
                << tr("attached: %1 (%2, %3)").arg(safe(a.name), a.mimeType, AttachmentFile::sizeText(a.size))
                << "\n";
        if (!m.error.isEmpty())
            m_out << "  " << tr("error: %1").arg(safe(m.error)) << "\n";
        if (m.state == MessageState::Interrupted)
            m_out << "  "
                  << tr("(cut off: the program writing this reply stopped; the text that arrived is kept)")
                  << "\n";
    }
}

int CliCommands::cmdContext(const QStringList &args)
{
    qint64 id = 0;
    if (!sessionArg(args, &id))
        return id < 0 ? 1 : 2;
    ProviderProfile profile;
    const bool withServer
        = m_parser.isSet(QStringLiteral("profile")) || m_parser.isSet(QStringLiteral("endpoint"));
    if (withServer) {
        if (const int code = profileArg(&profile))
            return code;
    }
    QString key;
    // context asks the server too: its key goes over http only as send's would.
    if (withServer) {
        if (const int code = checkedKey(profile, &key))
            return code;
    }
    QNetworkAccessManager nam;
    Conversation conversation(m_store);
    ChatController controller(&conversation, &nam);
    openChat(&conversation, &controller, id, profile, key);
    const QString message = m_parser.value(QStringLiteral("message"));
    QList<Attachment> files;
    if (const int code = attachArgs(&files))
        return code;
    if (withServer)
        askServer(&controller, message);
    const ContextWindow window = controller.previewContext(message, files);

    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray messages;
        if (!window.systemPrompt.isEmpty())
            messages.append(QJsonObject {{QStringLiteral("role"), QString(MessageRole::System)},
                {QStringLiteral("content"), window.systemPrompt}});
        for (const ChatTurn &turn : window.turns) {
            QJsonObject o {{QStringLiteral("role"), turn.role}, {QStringLiteral("content"), turn.content}};
            if (!turn.attachments.isEmpty())
                o.insert(QStringLiteral("attachments"), attachmentsJson(turn.attachments));
            messages.append(o);
        }
        QJsonArray ids;
        for (qint64 messageId : window.messageIds)
            ids.append(messageId);
        m_out << jsonText({{QStringLiteral("messages"), messages}, {QStringLiteral("message_ids"), ids},
            {QStringLiteral("first_message_id"), window.firstMessageId},
            {QStringLiteral("estimated_tokens"), window.estimatedTokens},
            {QStringLiteral("token_source"), window.tokenSource()},
            {QStringLiteral("context_length"),
                window.contextLength > 0 ? QJsonValue(window.contextLength) : QJsonValue()},
            {QStringLiteral("reserved_for_reply"), window.replyReserve},
            {QStringLiteral("token_budget"), window.budget},
            {QStringLiteral("dropped_messages"), window.droppedMessages},
            {QStringLiteral("attachment_tokens"), window.attachmentTokens},
            {QStringLiteral("over_budget"), window.overBudget}});
        return 0;
    }
    m_out << tr("%n message(s), about %1 tokens", nullptr, int(window.turns.size()))
                 .arg(window.estimatedTokens);
    if (window.contextLength > 0)
        m_out << tr(" (server context %1, %2 kept for the reply)")
                     .arg(window.contextLength)
                     .arg(window.replyReserve);
    if (window.droppedMessages > 0)
        m_out << tr("; %n earlier message(s) left out", nullptr, window.droppedMessages);
    m_out << "\n";
    if (window.overBudget)
        m_out << tr("warning: the newest message alone does not fit in the window; it is sent anyway.")
              << "\n";
    if (!window.systemPrompt.isEmpty())
        m_out << "\n[system] " << safe(window.systemPrompt) << "\n";
    for (const ChatTurn &turn : window.turns) {
        m_out << "\n[" << safe(turn.role) << "] " << safe(turn.content) << "\n";
        for (const ChatAttachment &a : turn.attachments)
            m_out << "  " << tr("attached: %1 (%2)").arg(safe(a.name), a.mimeType) << "\n";
    }
    m_out.flush();
    return 0;
}

int CliCommands::attachArgs(QList<Attachment> *files)
{
    const QStringList paths = m_parser.values(QStringLiteral("attach"));
    if (const auto tooMany = AttachmentFile::checkCount(int(paths.size())))
        return usageError(*tooMany);
    for (const QString &path : paths) {
        QString error;
        const auto file = AttachmentFile::fromFile(path, &error);
        if (!file)
            return failure(error + u' ' + tr("Nothing was sent."));
        *files << *file;
    }
    return 0;
}

int CliCommands::checkedKey(const ProviderProfile &profile, QString *key)
{
    QString error;
    const auto found = apiKey(profile, &error);
    if (!found)
        return failure(error);
    if (const int code = refuseInsecureKey(profile, *found))
        return code;
    *key = *found;
    return 0;
}

int CliCommands::refuseInsecureKey(const ProviderProfile &profile, const QString &key)
{
    if (!key.isEmpty() && EndpointPolicy::isInsecureRemote(profile.baseUrl)
        && !m_parser.isSet(QStringLiteral("insecure")))
        return usageError(EndpointPolicy::insecureWarning(profile.baseUrl) + u' '
            + tr("Nothing was sent; use https, or --insecure to send it anyway."));
    return 0;
}

ContextOverrides CliCommands::overrides() const
{
    ContextOverrides o;
    const auto number = [this](const char *name) -> std::optional<int> {
        const QString option = QString::fromLatin1(name);
        if (!m_parser.isSet(option))
            return std::nullopt;
        return m_parser.value(option).toInt();
    };
    o.maxMessages = number("max-messages");
    o.tokenBudget = number("token-budget");
    o.contextLength = number("context-length");
    return o;
}

void CliCommands::openChat(Conversation *conversation, ChatController *controller, qint64 id,
    const ProviderProfile &profile, const QString &key)
{
    SessionManager(m_store, nullptr, nullptr, conversation, controller).openSession(id);
    controller->setProfile(profile);
    controller->setApiKey(key);
    controller->setIdleTimeout(qMax(1, m_parser.value(QStringLiteral("timeout")).toInt()) * 1000);
    controller->setDefaults(defaults());
    controller->setOverrides(overrides());
}

void CliCommands::askServer(ChatController *controller, const QString &pendingText)
{
    QEventLoop loop;
    QObject::connect(controller, &ChatController::serverLimitsChanged, &loop, [&] {
        if (!controller->isDiscovering())
            loop.quit();
    });
    controller->discoverServerContext();
    if (controller->isDiscovering())
        loop.exec();
    QObject::disconnect(controller, nullptr, &loop, nullptr);
    QObject::connect(controller, &ChatController::tokenCountsReady, &loop, &QEventLoop::quit);
    controller->countTokens(pendingText);
    if (controller->isCounting())
        loop.exec();
}

int CliCommands::profileArg(ProviderProfile *profile, const SessionInfo &session)
{
    // A chat started from a preset (or in the app) has a profile of its own: used without --profile.
    const bool own = !m_parser.isSet(QStringLiteral("profile")) && !m_parser.isSet(QStringLiteral("endpoint"))
        && !session.provider.isEmpty();
    if (m_parser.isSet(QStringLiteral("profile")) || own) {
        const ProfileStore profiles(settingsPath());
        const QString wanted = own ? session.provider : m_parser.value(QStringLiteral("profile"));
        const auto stored = profiles.findProfile(wanted);
        if (!stored) {
            QStringList valid;
            for (const ProviderProfile &p : profiles.profiles())
                valid << QStringLiteral("\"%1\" (%2)").arg(p.name, p.id);
            return usageError(valid.isEmpty()
                    ? tr("there is no provider profile \"%1\": %2 has none (add one in the app's Settings)")
                          .arg(wanted, settingsPath())
                    : tr("there is no provider profile \"%1\"; the profiles are: %2")
                          .arg(wanted, valid.join(QStringLiteral(", "))));
        }
        *profile = *stored;
    } else if (!m_parser.isSet(QStringLiteral("endpoint"))) {
        return usageError(tr("send needs --endpoint URL (e.g. http://localhost:11434/v1) or --profile NAME"));
    }
    if (m_parser.isSet(QStringLiteral("endpoint"))) {
        profile->baseUrl = EndpointPolicy::fromUserInput(m_parser.value(QStringLiteral("endpoint")));
        if (!profile->baseUrl.isValid())
            return usageError(tr("\"%1\" is not a URL").arg(m_parser.value(QStringLiteral("endpoint"))));
        profile->name = profile->baseUrl.host();
        bool kindOk = false;
        profile->kind = providerKindFromString(m_parser.value(QStringLiteral("provider")), &kindOk);
        if (!kindOk)
            return usageError(tr("unknown provider \"%1\"").arg(m_parser.value(QStringLiteral("provider"))));
    }
    if (m_parser.isSet(QStringLiteral("model")))
        profile->model = m_parser.value(QStringLiteral("model"));
    return 0;
}

QString CliCommands::settingsPath() const
{
    return m_parser.isSet(QStringLiteral("settings")) ? m_parser.value(QStringLiteral("settings"))
                                                      : ProfileStore::defaultSettingsPath();
}

ContextSettings CliCommands::defaults() const
{
    // The command line's limits are applied later, over the session's (ContextSettings::resolve).
    return QFile::exists(settingsPath()) ? ProfileStore(settingsPath()).contextDefaults() : ContextSettings();
}

std::optional<QString> CliCommands::apiKey(const ProviderProfile &profile, QString *error)
{
    const QString &profileId = profile.id;
    if (const auto fromEnvironment = ApiKeyStore::keyFromEnvironment())
        return fromEnvironment;
    // Without a profile there is no keychain entry to look up; local servers need no key.
    if (profileId.isEmpty())
        return QString();
    ApiKeyStore keys;
    ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
    QString message;
    const auto key = keys.readKeyBlocking(profileId, &message, 10000, &code);
    if (key)
        return key;
    if (code == ApiKeyStore::Error::NotFound)
        return QString();
    if (code == ApiKeyStore::Error::AccessDenied) {
        *error = tr("the keychain refused access to the API key of \"%1\": %2").arg(profileId, message);
        return std::nullopt;
    }
    // No keychain here: a server that needs a key will say so (HTTP 401) with a clear message.
    // A server on this machine or the local network mostly needs none: no note on every send.
    if (EndpointPolicy::isLocalHost(profile.baseUrl.host()))
        return QString();
    m_err << tr("note: %1 Set CONFAB_API_KEY to give the key for this run.").arg(safe(message)) << Qt::endl;
    return QString();
}

int CliCommands::cmdSend(const QStringList &args)
{
    qint64 id = 0;
    if (!sessionArg(args, &id))
        return id < 0 ? 1 : 2;
    if (args.size() < 2 || args.at(1).trimmed().isEmpty())
        return usageError(tr("send needs the text of the message"));
    QList<Attachment> files;
    if (const int code = attachArgs(&files))
        return code;
    ProviderProfile profile;
    if (const int code = profileArg(&profile, *m_store->session(id)))
        return code;
    if (profile.model.isEmpty() && m_store->session(id)->model.isEmpty())
        return usageError(tr("send needs --model NAME"));
    QString key;
    if (const int code = checkedKey(profile, &key))
        return code;

    QNetworkAccessManager nam;
    Conversation conversation(m_store);
    ChatController controller(&conversation, &nam);
    openChat(&conversation, &controller, id, profile, key);
    askServer(&controller, args.at(1));
    if (controller.previewContext(args.at(1), files).overBudget)
        m_err << tr("warning: the newest message alone does not fit in the window; it is sent anyway.")
              << Qt::endl;

    // The enabled MCP servers' tools, in each protocol's own form.
    CliToolSession tools(&nam, m_err);
    std::unique_ptr<ToolLoop> toolLoop;
    if (tools.connect(settingsPath(), qMax(1, m_parser.value(QStringLiteral("timeout")).toInt()) * 1000))
        toolLoop = tools.startLoop(&controller, &conversation, m_parser.isSet(QStringLiteral("allow-tools")));

    // Print the reply as it is saved: stdout shows only what a kill -9 cannot take back.
    // Only the server's replies: the tool loop's steps are rows too, but not the model's words.
    qsizetype printed = 0;
    qint64 printing = -1;
    QObject::connect(&controller, &ChatController::replyStarted, &conversation, [&](qint64 messageId) {
        printing = messageId;
        printed = 0;
    });
    const auto printUpTo = [&](qint64 messageId, qsizetype length) {
        const int row = conversation.rowOfId(messageId);
        if (messageId != printing || row < 0 || length <= printed)
            return;
        m_out << TerminalText::safe(
            QStringView(conversation.messageAt(row).content).mid(printed, length - printed));
        m_out.flush();
        printed = length;
    };
    QObject::connect(&conversation, &Conversation::replySaved, &conversation, printUpTo);
    int exitCode = 0;
    QEventLoop loop;
    QObject::connect(&controller, &ChatController::failed, &loop, [&](const QString &message) {
        exitCode = failure(message);
        loop.quit();
    });
    // A database server that went away mid-reply: the reply is kept and retried, and the command
    // waits for the server (at most --timeout seconds, or until Ctrl+C) rather than lose it.
    bool waitingForSave = false;
    qint64 lastReply = 0;
    bool ended = false;
    const auto endReply = [&] {
        if (std::exchange(ended, true))
            return;
        // Text the store refused (reported on stderr) is still the user's: show it.
        const int row = conversation.rowOfId(lastReply);
        printUpTo(lastReply, row < 0 ? 0 : conversation.messageAt(row).content.size());
        m_out << Qt::endl;
        if (waitingForSave && conversation.hasUnsaved())
            exitCode = failure(tr("the reply could not be saved: the database server did not come back"));
        else if (waitingForSave)
            m_err << "confab-cli: " << tr("the database server is back; the whole reply is saved.")
                  << Qt::endl;
        loop.quit();
    };
    QTimer saveTimeout;
    saveTimeout.setSingleShot(true);
    saveTimeout.setInterval(qMax(1, m_parser.value(QStringLiteral("timeout")).toInt()) * 1000);
    QObject::connect(&saveTimeout, &QTimer::timeout, &loop, endReply);
    QObject::connect(&conversation, &Conversation::replySaved, &loop, [&] {
        if (waitingForSave && !conversation.hasUnsaved())
            endReply();
    });
    const auto finished = [&](qint64 replyId, const StreamOutcome &outcome, const QString &note) {
        lastReply = replyId;
        if (outcome.status == StreamOutcome::Status::Failed)
            exitCode = failure(outcome.errorMessage);
        else if (outcome.finishReason == QLatin1String("length"))
            m_err << tr("note: the reply was cut off at the length limit.") << Qt::endl;
        if (const auto reply = m_store->message(replyId); reply && reply->truncated)
            m_err << tr("note: the server dropped part of the history (it counted far fewer prompt "
                        "tokens than were sent).")
                  << Qt::endl;
        else if (outcome.status == StreamOutcome::Status::Stopped)
            exitCode = 130;
        else if (!note.isEmpty() && outcome.status != StreamOutcome::Status::Failed)
            exitCode = failure(note);
        if (conversation.hasUnsaved() && m_store->isConnectionLost()) {
            waitingForSave = true;
            m_err << tr("note: waiting for the database server to save the reply (Ctrl+C gives up).")
                  << Qt::endl;
            saveTimeout.start();
            return;
        }
        endReply();
    };
    if (toolLoop) {
        QObject::connect(toolLoop.get(), &ToolLoop::finished, &loop,
            [&](qint64 replyId, const StreamOutcome &outcome, const QString &note) {
                finished(replyId, outcome, note);
            });
    } else {
        QObject::connect(&controller, &ChatController::replyFinished, &loop,
            [&](qint64 replyId, const StreamOutcome &outcome) { finished(replyId, outcome, QString()); });
    }
    // Ctrl+C stops the reply; what arrived so far is kept as "stopped".
    interrupted = 0;
    std::signal(SIGINT, [](int) { interrupted = 1; });
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &controller, [&] {
        if (interrupted && waitingForSave)
            endReply();
        else if (interrupted && toolLoop)
            toolLoop->stop();
        else if (interrupted)
            controller.stop();
    });
    interruptPoll.start(100);

    if (!controller.send(args.at(1), files))
        return exitCode ? exitCode : failure(tr("the message could not be sent"));
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    return exitCode;
}

int CliCommands::cmdImport(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("import needs at least one file or folder"));
    HistoryImporter importer(m_store);
    int failed = 0;
    for (const HistoryImporter::Result &r : importer.importPaths(args)) {
        if (!r.ok()) {
            ++failed;
            m_err << tr("error: %1").arg(safe(r.error)) << '\n';
            continue;
        }
        if (!r.sessionIds.isEmpty()) {
            // A whole export is hundreds of chats: their ids as a range, not a screenful.
            QStringList ids;
            for (const qint64 id : r.sessionIds)
                ids << QString::number(id);
            if (ids.size() > 5)
                ids = QStringList {ids.first() + QStringLiteral("…") + ids.last()};
            m_out << tr("imported %1 (%2): %n chat(s), sessions %3", nullptr, int(r.sessionIds.size()))
                         .arg(safe(r.file), r.format, ids.join(QLatin1Char(' ')))
                  << '\n';
        }
        if (r.skipped > 0)
            m_out << tr("skipped %1: %n chat(s) already imported", nullptr, r.skipped).arg(safe(r.file))
                  << '\n';
        if (r.sessionIds.isEmpty() && r.skipped == 0)
            m_out << tr("%1 (%2) has no messages to import").arg(safe(r.file), r.format) << '\n';
    }
    m_out.flush();
    m_err.flush();
    return failed ? 1 : 0;
}

int CliCommands::cmdExport(const QStringList &args)
{
    qint64 id = 0;
    if (!sessionArg(args, &id))
        return id < 0 ? 1 : 2;
    const auto format = SessionExporter::formatFromName(m_parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("--format must be json, md or html"));
    QString error;
    HighlightMarkup code; // HTML with its code blocks highlighted, as the app exports it
    if (m_parser.isSet(QStringLiteral("output"))) {
        if (!SessionExporter::exportToFile(
                m_store, id, *format, m_parser.value(QStringLiteral("output")), &error, &code))
            return failure(error);
        return 0;
    }
    QByteArray data = SessionExporter::exportSession(m_store, id, *format, &error, &code);
    if (data.isEmpty())
        return failure(error);
    // A file keeps every byte; a terminal gets no control characters (JSON escapes them anyway).
    if (TerminalText::isTerminal(stdout))
        data = TerminalText::safe(QString::fromUtf8(data)).toUtf8();
    m_out.flush();
    std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    std::fflush(stdout);
    return 0;
}

int CliCommands::cmdSearch(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("search needs a query"));
    const int limit
        = m_parser.isSet(QStringLiteral("limit")) ? m_parser.value(QStringLiteral("limit")).toInt() : 50;
    const QList<SearchHit> hits = m_store->search(args.join(QLatin1Char(' ')), qMax(1, limit));
    const auto plain = [](QString s) {
        return s.replace(QChar(SearchHit::MatchStart), QLatin1Char('['))
            .replace(QChar(SearchHit::MatchEnd), QLatin1Char(']'));
    };
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SearchHit &h : hits)
            list.append(QJsonObject {{QStringLiteral("session_id"), h.sessionId},
                {QStringLiteral("message_id"), h.messageId}, {QStringLiteral("title"), h.sessionTitle},
                {QStringLiteral("role"), h.role}, {QStringLiteral("snippet"), plain(h.snippet)}});
        m_out << jsonText(list);
        return 0;
    }
    for (const SearchHit &h : hits)
        m_out << h.sessionId << '\t' << safe(shownTitle(h.sessionTitle)) << '\t'
              << safe(plain(h.snippet).simplified()) << '\n';
    m_out.flush();
    return 0;
}

int CliCommands::cmdDelete(const QStringList &args)
{
    qint64 id = 0;
    if (!sessionArg(args, &id))
        return id < 0 ? 1 : 2;
    SessionManager sessions(m_store, nullptr, nullptr, nullptr, nullptr);
    if (!sessions.deleteSession(id) || sessions.purgeDeleted() < 1)
        return failure(m_store->lastError());
    return 0;
}
