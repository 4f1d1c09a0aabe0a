#include "storage/sessionsearch.h"

#include "storage/sqliteconnection.h"
#include "storage/sqlvalues.h"

#include <QRegularExpression>

SessionSearch::SessionSearch(SqliteConnection *db)
    : m_db(db)
{ }

QString SessionSearch::ftsQuery(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("[\\w\\x{0080}-\\x{10FFFF}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext()) {
        QString word = it.next().captured(0);
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SessionSearch::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return hits;

    // Titles first: a user searching for a chat by name expects it on top.
    {
        CachedQuery titles = m_db->prepare(
            QStringLiteral("SELECT id, title, updated_at FROM sessions WHERE deleted_at IS NULL "
                           "AND title LIKE ? ESCAPE '\\' ORDER BY updated_at DESC LIMIT ?"));
        QString like = query.trimmed();
        like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        titles->addBindValue(QLatin1Char('%') + like + QLatin1Char('%'));
        titles->addBindValue(limit);
        if (m_db->exec(*titles)) {
            while (titles->next()) {
                SearchHit hit;
                hit.sessionId = titles->value(0).toLongLong();
                hit.sessionTitle = titles->value(1).toString();
                hit.snippet = hit.sessionTitle;
                hit.updatedAt = SqlValues::fromMs(titles->value(2));
                hits << hit;
            }
        }
    }

    // Newest matches first; FTS5 yields rowids in descending order without sorting all matches.
    CachedQuery q = m_db->prepare(QStringLiteral(
        "SELECT m.id, m.session_id, m.role, snippet(messages_fts, 0, char(57344), char(57345), '…', 12), "
        "s.title, m.updated_at "
        "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid JOIN sessions s ON s.id = "
        "m.session_id "
        "WHERE messages_fts MATCH ? AND s.deleted_at IS NULL ORDER BY messages_fts.rowid DESC LIMIT ?"));
    q->addBindValue(match);
    q->addBindValue(qMax(0, limit - int(hits.size())));
    if (!m_db->exec(*q))
        return hits;
    while (q->next()) {
        SearchHit hit;
        hit.messageId = q->value(0).toLongLong();
        hit.sessionId = q->value(1).toLongLong();
        hit.role = q->value(2).toString();
        hit.snippet = q->value(3).toString();
        hit.sessionTitle = q->value(4).toString();
        hit.updatedAt = SqlValues::fromMs(q->value(5));
        hits << hit;
    }
    return hits;
}
