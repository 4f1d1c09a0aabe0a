#include "storage/sessionexporter.h"

#include "storage/attachmentexport.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

QString SessionExporter::timestamp(const QDateTime &when, int micros)
{
    // Microsecond precision like the legacy files: QDateTime's milliseconds, then the stored rest.
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
        + QStringLiteral("%1Z").arg(qBound(0, micros, 999), 3, 10, QLatin1Char('0'));
}

std::optional<SessionExporter::Format> SessionExporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("json"))
        return Format::Json;
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("html") || lower == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

QByteArray SessionExporter::toJson(const SessionInfo &session, const QList<Message> &messages)
{
    QJsonArray list;
    if (!session.systemPrompt.isEmpty()) {
        list.append(QJsonObject {{QStringLiteral("role"), QString(MessageRole::System)},
            {QStringLiteral("content"), session.systemPrompt},
            {QStringLiteral("timestamp"), timestamp(session.createdAt, session.createdMicros)}});
    }
    for (const Message &m : messages) {
        QJsonObject item {{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content},
            {QStringLiteral("timestamp"), timestamp(m.createdAt, m.createdMicros)}};
        if (!m.attachments.isEmpty())
            item.insert(QStringLiteral("attachments"), AttachmentExport::toJson(m.attachments));
        list.append(item);
    }
    const QJsonObject root {{QStringLiteral("session_id"), session.uuid},
        {QStringLiteral("title"), session.title},
        {QStringLiteral("created_at"), timestamp(session.createdAt, session.createdMicros)},
        {QStringLiteral("updated_at"), timestamp(session.updatedAt, session.updatedMicros)},
        {QStringLiteral("messages"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SessionExporter::toMarkdown(
    const SessionInfo &session, const QList<Message> &messages, const QString &filesDir)
{
    QString out;
    const QString title = session.title.isEmpty() ? tr("Chat") : session.title;
    out += QStringLiteral("# ") + title + QStringLiteral("\n\n");
    out += QStringLiteral("_")
        + tr("Exported from Confab · created %1 · %n message(s)", nullptr, int(messages.size()))
              .arg(session.createdAt.toUTC().toString(Qt::ISODate))
        + QStringLiteral("_\n\n");
    if (!session.systemPrompt.isEmpty())
        out += QStringLiteral("> **") + tr("System prompt") + QStringLiteral(":** ")
            + QString(session.systemPrompt).replace(QLatin1Char('\n'), QStringLiteral("\n> "))
            + QStringLiteral("\n\n");
    for (const Message &m : messages) {
        const QString who = m.role == MessageRole::User ? tr("You")
            : m.role == MessageRole::Assistant          ? (m.model.isEmpty() ? tr("Assistant") : m.model)
                                                        : tr("System");
        out += QStringLiteral("## ") + who + QStringLiteral(" · ") + m.createdAt.toUTC().toString(Qt::ISODate)
            + QStringLiteral("\n\n") + m.content + QStringLiteral("\n\n");
        for (const Attachment &a : m.attachments) {
            if (filesDir.isEmpty())
                out += QStringLiteral("- ") + tr("Attached: %1").arg(a.name) + QStringLiteral("\n");
            else
                out += QStringLiteral("- %1[%2](<%3/%4>)\n")
                           .arg(a.isImage() ? QStringLiteral("!") : QString(), a.name, filesDir,
                               AttachmentExport::fileName(a));
        }
        if (!m.attachments.isEmpty())
            out += u'\n';
        if (m.state == MessageState::Stopped)
            out += QStringLiteral("_(") + tr("stopped") + QStringLiteral(")_\n\n");
        else if (m.state == MessageState::Interrupted)
            out += QStringLiteral("_(") + tr("interrupted") + QStringLiteral(")_\n\n");
        else if (m.state == MessageState::Error)
            out += QStringLiteral("_(") + tr("error: %1").arg(m.error) + QStringLiteral(")_\n\n");
    }
    return out;
}

QByteArray SessionExporter::exportSession(
    SessionStore *store, qint64 sessionId, Format format, QString *error, CodeMarkup *code)
{
    const auto session = store->session(sessionId);
    if (!session) {
        *error = tr("There is no session %1.").arg(sessionId);
        return {};
    }
    QList<Message> messages = store->branch(session->currentLeafId);
    switch (format) {
    case Format::Json:
        if (!AttachmentExport::loadData(store, &messages, error))
            return {};
        return toJson(*session, messages);
    case Format::Markdown:
        return toMarkdown(*session, messages).toUtf8();
    case Format::Html:
        return toHtml(*session, messages, code).toUtf8();
    }
    return {};
}

bool SessionExporter::exportToFile(SessionStore *store, qint64 sessionId, Format format, const QString &path,
    QString *error, CodeMarkup *code)
{
    QByteArray data;
    const auto session = store->session(sessionId);
    if (format == Format::Markdown && session) {
        // The attachments go as files into a folder beside the .md, which links to them.
        QList<Message> messages = store->branch(session->currentLeafId);
        const QString filesDir = AttachmentExport::filesDirName(path);
        if (!AttachmentExport::loadData(store, &messages, error)
            || !AttachmentExport::writeFiles(QFileInfo(path).dir().filePath(filesDir), messages, error))
            return false;
        data = toMarkdown(*session, messages, filesDir).toUtf8();
    } else {
        data = exportSession(store, sessionId, format, error, code);
    }
    if (data.isEmpty())
        return false;
    QSaveFile file(path);
    // Owner-only, like the database the chat comes from.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
