#pragma once

#include "network/providerprofile.h"
#include "settings/contextsettings.h"
#include "storage/attachment.h"
#include "storage/message.h"
#include "storage/sessioninfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <optional>

class ChatController;
class Conversation;
class SessionStore;
struct ProviderProfile;

// confab-cli: the app's sessions from a terminal, on the same core library and database.
// Exit codes: 0 success, 1 the operation failed (network, storage, bad file), 2 bad usage,
// 130 a streamed reply was stopped with Ctrl+C (its text is kept).
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)
public:
    CliCommands();
    int run(const QStringList &arguments);

private:
    int cmdNew();
    int cmdSessions();
    int cmdProfiles();
    int cmdShow(const QStringList &args);
    void printSession(const SessionInfo &session, const QList<Message> &messages);
    int cmdContext(const QStringList &args);
    int cmdSend(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdExport(const QStringList &args);
    int cmdSearch(const QStringList &args);
    int cmdDelete(const QStringList &args);

    // --attach FILE...: read and checked; 0 or the exit code of the refusal (reported).
    int attachArgs(QList<Attachment> *files);
    // A session's title in the CLI's output ("(untitled)" when it has none).
    static QString shownTitle(const QString &title);
    int usageError(const QString &message);
    int failure(const QString &message);
    bool sessionArg(const QStringList &args, qint64 *id);
    std::optional<QString> apiKey(const ProviderProfile &profile, QString *error);
    QString settingsPath() const;
    ContextSettings defaults() const;
    ContextOverrides overrides() const;
    // --profile or --endpoint/--provider/--model, else the session's own profile; 0 or the exit
    // code of a usage error.
    int profileArg(ProviderProfile *profile, const SessionInfo &session = {});
    // Opens chat `id` in `conversation` (through SessionManager, as the app does) and gives the
    // controller the profile, key, timeout and limits of this command line.
    void openChat(Conversation *conversation, ChatController *controller, qint64 id,
        const ProviderProfile &profile, const QString &key);
    // A key about to go to a remote server over http without --insecure: the usage error's code, else 0.
    int refuseInsecureKey(const ProviderProfile &profile, const QString &key);
    // The key apiKey() finds, refused as refuseInsecureKey() says: 0 with `key` set, or the
    // exit code (the message already printed). What context and send both need before a request.
    int checkedKey(const ProviderProfile &profile, QString *key);
    // Learns the server's context and counts with its tokenizer, waiting for both.
    void askServer(ChatController *controller, const QString &pendingText = {});

    QCommandLineParser m_parser;
    SessionStore *m_store = nullptr;
    QTextStream m_out;
    QTextStream m_err;
};
