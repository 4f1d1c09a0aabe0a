#pragma once

#include "storage/sessiontree.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class SessionStore;

// Imports chat history from files other apps (and old Confab) wrote: ChatGPT's data export
// (conversations.json or its .zip), Open WebUI's chat export, LibreChat's export, Chatbox's
// backup and the legacy session files. The format is told from the content, not the name.
// Each file is all or nothing (one transaction); an error names the file, the conversation and
// the field. Chats already imported (same source id) are skipped, so a second import of the
// same file, or of a newer export, adds only what is new.
class HistoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryImporter)
public:
    // Bigger files are refused (the whole JSON is held in memory while it is read).
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

    struct Result
    {
        QString file;
        QString format; // "ChatGPT", "Open WebUI", "LibreChat", "Chatbox", "Confab (legacy)"
        QList<qint64> sessionIds; // the chats this file added
        int skipped = 0; // chats already imported earlier
        int messageCount = 0;
        QString error; // set when the file was rejected (then nothing of it was imported)
        bool ok() const { return error.isEmpty(); }
    };

    explicit HistoryImporter(SessionStore *store);

    // Files, or folders whose *.json and *.zip files are imported (sorted by name).
    QList<Result> importPaths(const QStringList &paths);
    Result importFile(const QString &path);

    // Tells the format from the content and reads every chat; nullopt and `error` when the
    // content is not one of the formats or is wrong somewhere.
    static std::optional<QList<SessionTree>> parse(const QByteArray &json, QString *format, QString *error);

private:
    SessionStore *m_store;
};
