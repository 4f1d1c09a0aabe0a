#pragma once

#include "storage/message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <optional>

class SessionStore;

// Attachments in exported files: inline in JSON (base64, with name, type, size and sha256, so
// an import checks every byte), and for Markdown as files in a folder beside the .md.
class AttachmentExport
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentExport)
public:
    // Fills the data of every message's attachments from `store`.
    static bool loadData(const SessionStore *store, QList<Message> *messages, QString *error);
    static QJsonArray toJson(const QList<Attachment> &attachments);
    // The attachments of an imported message: each file's digest checked and the file read again
    // as when it was attached (type, size, text). `where` names the message in errors.
    static std::optional<QList<Attachment>> fromJson(
        const QJsonValue &value, const QString &where, QString *error);

    // "trip.md" -> "trip_files": where writeFiles() puts a Markdown export's attachments.
    static QString filesDirName(const QString &markdownPath);
    // A file's name in that folder: the start of its digest, then its own name made safe.
    static QString fileName(const Attachment &a);
    static bool writeFiles(const QString &dir, const QList<Message> &messages, QString *error);
};
