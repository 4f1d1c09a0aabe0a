#include "storage/legacyimporter.h"

#include "storage/attachmentexport.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

QString LegacyImporter::titleFrom(const QList<Message> &messages)
{
    for (const Message &m : messages) {
        if (m.role == MessageRole::User) {
            QString line = m.content.section(QLatin1Char('\n'), 0, 0).simplified();
            if (line.size() > 60)
                line = line.left(59) + QChar(0x2026);
            return line;
        }
    }
    return {};
}

QStringList LegacyImporter::filesIn(const QStringList &paths, const QStringList &nameFilters)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        for (const QString &name : QDir(path).entryList(nameFilters, QDir::Files, QDir::Name))
            files << QDir(path).filePath(name);
    }
    return files;
}

LegacyImporter::LegacyImporter(SessionStore *store)
    : m_store(store)
{ }

QDateTime LegacyImporter::parseTimestamp(const QString &text, int *micros)
{
    // Qt reads at most milliseconds; the legacy files carry microseconds.
    static const QRegularExpression iso(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = iso.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(match.captured(1), Qt::ISODate);
    if (!dt.isValid())
        return {};
    const QString fraction = match.captured(2);
    const QString zone = match.captured(3);
    if (zone.isEmpty() || zone == QLatin1String("Z")) {
        dt.setTimeZone(QTimeZone::utc());
    } else {
        QString offset = zone;
        offset.remove(QLatin1Char(':'));
        const int sign = offset.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int seconds = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
        dt.setTimeZone(QTimeZone(seconds));
    }
    if (!fraction.isEmpty())
        dt = dt.addMSecs(QStringView(fraction).left(3).toString().leftJustified(3, QLatin1Char('0')).toInt());
    if (micros)
        *micros = fraction.size() > 3 ? fraction.mid(3, 3).leftJustified(3, QLatin1Char('0')).toInt() : 0;
    return dt.toUTC();
}

std::optional<LegacyImporter::Parsed> LegacyImporter::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("expected a JSON object with \"session_id\" and \"messages\"");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Parsed parsed;
    const QJsonValue id = root.value(QLatin1String("session_id"));
    if (!id.isString() || id.toString().trimmed().isEmpty()) {
        *error = tr("\"session_id\" is missing or not a string");
        return std::nullopt;
    }
    parsed.session.uuid = id.toString();
    for (const char *key : {"created_at", "updated_at"}) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            continue;
        const bool created = qstrcmp(key, "created_at") == 0;
        int *micros = created ? &parsed.session.createdMicros : &parsed.session.updatedMicros;
        const QDateTime when = value.isString() ? parseTimestamp(value.toString(), micros) : QDateTime();
        if (!when.isValid()) {
            *error = tr("\"%1\" is not an ISO-8601 timestamp").arg(QLatin1String(key));
            return std::nullopt;
        }
        (created ? parsed.session.createdAt : parsed.session.updatedAt) = when;
    }
    const QJsonValue messages = root.value(QLatin1String("messages"));
    if (!messages.isArray()) {
        *error = tr("\"messages\" is missing or not a list");
        return std::nullopt;
    }
    const QJsonArray list = messages.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject item = list.at(i).toObject();
        const QString role = item.value(QLatin1String("role")).toString();
        if (!list.at(i).isObject() || !item.value(QLatin1String("content")).isString()) {
            *error = tr("message %1 has no text (\"content\" must be a string)").arg(i + 1);
            return std::nullopt;
        }
        if (role != MessageRole::User && role != MessageRole::Assistant && role != MessageRole::System) {
            *error = tr("message %1 has the role \"%2\"; Confab knows user, assistant and system")
                         .arg(i + 1)
                         .arg(item.value(QLatin1String("role")).toVariant().toString());
            return std::nullopt;
        }
        Message m;
        m.role = role;
        m.content = item.value(QLatin1String("content")).toString();
        const auto attachments = AttachmentExport::fromJson(
            item.value(QLatin1String("attachments")), tr("message %1").arg(i + 1), error);
        if (!attachments)
            return std::nullopt;
        m.attachments = *attachments;
        const QJsonValue stamp = item.value(QLatin1String("timestamp"));
        if (!stamp.isUndefined() && !stamp.isNull()) {
            m.createdAt = stamp.isString() ? parseTimestamp(stamp.toString(), &m.createdMicros) : QDateTime();
            if (!m.createdAt.isValid()) {
                *error = tr("message %1 has a timestamp that is not ISO-8601").arg(i + 1);
                return std::nullopt;
            }
        } else if (parsed.session.updatedAt.isValid()) {
            m.createdAt = parsed.session.updatedAt;
            m.createdMicros = parsed.session.updatedMicros;
        } else {
            m.createdAt = parsed.session.createdAt;
            m.createdMicros = parsed.session.createdMicros;
        }
        parsed.messages << m;
    }
    // A leading system message is the session's system prompt, not a turn.
    if (!parsed.messages.isEmpty() && parsed.messages.first().role == MessageRole::System)
        parsed.session.systemPrompt = parsed.messages.takeFirst().content;
    const QString title = root.value(QLatin1String("title")).toString();
    parsed.session.title = title.isEmpty() ? titleFrom(parsed.messages) : title;
    if (!parsed.session.createdAt.isValid() && !parsed.messages.isEmpty()) {
        parsed.session.createdAt = parsed.messages.first().createdAt;
        parsed.session.createdMicros = parsed.messages.first().createdMicros;
    }
    if (!parsed.session.updatedAt.isValid()) {
        parsed.session.updatedAt
            = parsed.messages.isEmpty() ? parsed.session.createdAt : parsed.messages.last().createdAt;
        parsed.session.updatedMicros
            = parsed.messages.isEmpty() ? parsed.session.createdMicros : parsed.messages.last().createdMicros;
    }
    return parsed;
}

LegacyImporter::Result LegacyImporter::importFile(const QString &path)
{
    Result result;
    result.file = path;
    if (!QFileInfo::exists(path)) {
        result.error = tr("%1: no such file or folder").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot read the file (%2)").arg(path, file.errorString());
        return result;
    }
    // read(): a file that grows, or a device that reports no size, is still read only up to the cap.
    const QByteArray json = file.size() > MaxFileBytes ? QByteArray() : file.read(MaxFileBytes + 1);
    if (file.size() > MaxFileBytes || json.size() > MaxFileBytes) {
        result.error = tr("%1: the file is larger than %2 MiB, too large for a session file; nothing was "
                          "imported from it")
                           .arg(path)
                           .arg(MaxFileBytes / (1024 * 1024));
        return result;
    }
    QString error;
    auto parsed = parse(json, &error);
    if (!parsed) {
        result.error = tr("%1: %2; nothing was imported from it").arg(path, error);
        return result;
    }
    if (const auto existing = m_store->sessionByUuid(parsed->session.uuid)) {
        result.skipped = true;
        result.sessionId = existing->id;
        return result;
    }
    if (!parsed->session.createdAt.isValid())
        parsed->session.createdAt = QFileInfo(path).lastModified().toUTC();
    if (!parsed->session.updatedAt.isValid())
        parsed->session.updatedAt = parsed->session.createdAt;
    result.sessionId = m_store->importSession(parsed->session, parsed->messages);
    if (result.sessionId == 0) {
        result.error = tr("%1: could not be saved (%2)").arg(path, m_store->lastError());
        return result;
    }
    result.messageCount = int(parsed->messages.size());
    return result;
}

QList<LegacyImporter::Result> LegacyImporter::importPaths(const QStringList &paths)
{
    QList<Result> results;
    for (const QString &file : filesIn(paths, {QStringLiteral("*.json")}))
        results << importFile(file);
    return results;
}
