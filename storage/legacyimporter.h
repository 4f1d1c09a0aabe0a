#pragma once

#include "storage/message.h"
#include "storage/sessioninfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class SessionStore;

// Imports the session files of the old two-store design (data/sessions/*.json:
// {session_id, created_at, updated_at, messages: [{role, content, timestamp}]}).
// Each file is imported whole or not at all; a bad file gets a message naming the file
// and the problem, and the other files still import.
class LegacyImporter
{
    Q_DECLARE_TR_FUNCTIONS(LegacyImporter)
public:
    struct Result
    {
        QString file;
        qint64 sessionId = 0; // 0: not imported
        int messageCount = 0;
        bool skipped = false; // already imported earlier (same session_id)
        QString error; // set when the file was rejected
        bool ok() const { return error.isEmpty(); }
    };
    struct Parsed
    {
        SessionInfo session;
        QList<Message> messages;
    };

    // A session file larger than this is refused unread (memory stays bounded).
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    explicit LegacyImporter(SessionStore *store);

    // Files, or folders whose *.json files are imported (sorted by name).
    QList<Result> importPaths(const QStringList &paths);
    Result importFile(const QString &path);

    // Parses one file's content; on failure returns nullopt and says why in `error`.
    static std::optional<Parsed> parse(const QByteArray &json, QString *error);
    // A title for the sidebar: the first line of the first user message.
    static QString titleFrom(const QList<Message> &messages);
    // The files named, and those in the folders named that match `nameFilters`, sorted by name.
    static QStringList filesIn(const QStringList &paths, const QStringList &nameFilters);
    // The legacy ISO-8601 timestamps, microseconds and "Z" included; `micros` gets the
    // microseconds within the millisecond (QDateTime holds milliseconds).
    static QDateTime parseTimestamp(const QString &text, int *micros = nullptr);

private:
    SessionStore *m_store;
};
