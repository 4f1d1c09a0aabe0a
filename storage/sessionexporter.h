#pragma once

#include "storage/message.h"
#include "storage/sessioninfo.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class CodeMarkup;
class SessionStore;

// Writes a session's current branch as JSON (the legacy session-file format, so it can be
// imported again), as Markdown or as HTML for reading, sharing and printing.
class SessionExporter
{
    Q_DECLARE_TR_FUNCTIONS(SessionExporter)
public:
    enum class Format { Json, Markdown, Html };

    static QByteArray toJson(const SessionInfo &session, const QList<Message> &messages);
    // Attachments are linked into `filesDir` (relative to the .md, see AttachmentExport), or
    // only named when it is empty.
    static QString toMarkdown(
        const SessionInfo &session, const QList<Message> &messages, const QString &filesDir = {});
    // A self-contained page (inline CSS, no script, no external resource: a Content-Security-Policy
    // forbids loading any); every text is escaped, code blocks are kept as <pre>, highlighted by
    // `code` if given. Light, or dark where the reader's system is. Also what Print uses.
    static QString toHtml(
        const SessionInfo &session, const QList<Message> &messages, CodeMarkup *code = nullptr);
    // 2025-12-30T12:49:03.254143Z (`micros`: the microseconds within the millisecond)
    static QString timestamp(const QDateTime &when, int micros = 0);
    static std::optional<Format> formatFromName(const QString &name); // "json", "md"/"markdown", "html"

    // Reads the session and its whole current branch from `store`.
    // `code`: highlights the HTML's code blocks (other formats keep code as written).
    static QByteArray exportSession(
        SessionStore *store, qint64 sessionId, Format format, QString *error, CodeMarkup *code = nullptr);
    // Atomic write (QSaveFile): an existing file is replaced only when the new one is complete.
    static bool exportToFile(SessionStore *store, qint64 sessionId, Format format, const QString &path,
        QString *error, CodeMarkup *code = nullptr);
};
