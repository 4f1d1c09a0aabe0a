#include "import/historyimporter.h"

#include "import/chatboximporter.h"
#include "import/chatgptimporter.h"
#include "import/librechatimporter.h"
#include "import/openwebuiimporter.h"
#include "import/ziparchive.h"
#include "storage/legacyimporter.h"
#include "storage/sessionstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace {
bool isLegacy(const QJsonDocument &doc)
{
    return doc.isObject() && doc.object().contains(QLatin1String("session_id"))
        && doc.object().contains(QLatin1String("messages"));
}

std::optional<QList<SessionTree>> parseLegacy(const QByteArray &json, QString *error)
{
    auto parsed = LegacyImporter::parse(json, error);
    if (!parsed)
        return std::nullopt;
    SessionTree tree;
    tree.session = parsed->session;
    for (const Message &m : std::as_const(parsed->messages)) {
        tree.parents << int(tree.messages.size()) - 1;
        tree.messages << m;
    }
    return QList<SessionTree> {tree};
}
} // namespace

HistoryImporter::HistoryImporter(SessionStore *store)
    : m_store(store)
{ }

std::optional<QList<SessionTree>> HistoryImporter::parse(
    const QByteArray &json, QString *format, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    // Most specific first: the legacy and LibreChat files are objects with named keys.
    if (isLegacy(doc)) {
        *format = tr("Confab (legacy)");
        return parseLegacy(json, error);
    }
    if (LibreChatImporter::detect(doc)) {
        *format = QStringLiteral("LibreChat");
        return LibreChatImporter::parse(doc, error);
    }
    if (ChatGptImporter::detect(doc)) {
        *format = QStringLiteral("ChatGPT");
        return ChatGptImporter::parse(doc, error);
    }
    if (OpenWebUiImporter::detect(doc)) {
        *format = QStringLiteral("Open WebUI");
        return OpenWebUiImporter::parse(doc, error);
    }
    if (ChatboxImporter::detect(doc)) {
        *format = QStringLiteral("Chatbox");
        return ChatboxImporter::parse(doc, error);
    }
    *error = tr("not a chat export Confab knows (ChatGPT, Open WebUI, LibreChat, Chatbox or Confab)");
    return std::nullopt;
}

HistoryImporter::Result HistoryImporter::importFile(const QString &path)
{
    Result result;
    result.file = path;
    const auto fail = [&](const QString &why) {
        result.error = tr("%1: %2; nothing was imported from it").arg(path, why);
        return result;
    };
    if (!QFileInfo::exists(path)) {
        result.error = tr("%1: no such file or folder").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the file (%1)").arg(file.errorString()));
    if (file.size() > MaxFileSize)
        return fail(tr("the file is larger than %1 MB, the most Confab imports at once")
                        .arg(MaxFileSize / (1024 * 1024)));
    QByteArray data;
    if (ZipArchive::looksLikeZip(file.peek(4))) {
        file.close();
        QString why;
        const auto entry
            = ZipArchive::readEntry(path, QStringLiteral("conversations.json"), MaxFileSize, &why);
        if (!entry)
            return fail(why);
        data = *entry;
    } else {
        data = file.readAll();
    }
    QString why;
    auto trees = parse(data, &result.format, &why);
    data.clear();
    if (!trees)
        return fail(why);

    QList<SessionTree> fresh;
    QSet<QString> seen;
    for (SessionTree &tree : *trees) {
        if (seen.contains(tree.session.uuid) || m_store->sessionByUuid(tree.session.uuid)) {
            ++result.skipped;
            continue;
        }
        seen.insert(tree.session.uuid);
        if (!tree.session.createdAt.isValid())
            tree.session.createdAt = QFileInfo(path).lastModified().toUTC();
        if (!tree.session.updatedAt.isValid())
            tree.session.updatedAt = tree.session.createdAt;
        result.messageCount += int(tree.messages.size());
        fresh << std::move(tree);
    }
    if (fresh.isEmpty())
        return result;
    result.sessionIds = m_store->importTrees(fresh);
    if (result.sessionIds.isEmpty()) {
        result.messageCount = 0;
        return fail(tr("could not be saved (%1)").arg(m_store->lastError()));
    }
    return result;
}

QList<HistoryImporter::Result> HistoryImporter::importPaths(const QStringList &paths)
{
    QList<Result> results;
    for (const QString &file :
        LegacyImporter::filesIn(paths, {QStringLiteral("*.json"), QStringLiteral("*.zip")}))
        results << importFile(file);
    return results;
}
