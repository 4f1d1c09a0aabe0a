#include "storage/sessionsearch.h"

#include "storage/searchsnippet.h"
#include "storage/sqlvalues.h"
#include "storage/storeconnection.h"

#include <QRegularExpression>

SessionSearch::SessionSearch(StoreConnection *db)
    : m_db(db)
{ }

namespace {

// PostgreSQL: the GIN index over the generated tsvector (migrationspg.cpp); the snippet is made
// here from the start of the text (SearchSnippet), so a hit costs at most that much transfer.
const QString postgresSql = QStringLiteral(
    "SELECT m.id, m.session_id, m.role, left(m.content, 20000), s.title, m.updated_at "
    "FROM to_tsquery('confab_search', ?) q, messages m JOIN sessions s ON s.id = m.session_id "
    "WHERE m.content_tsv @@ q AND s.deleted_at IS NULL ORDER BY m.id DESC LIMIT ?");

QStringList words(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\w\\x{0080}-\\x{10FFFF}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList list;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        list << it.next().captured(0);
    return list;
}

} // namespace

QString SessionSearch::ftsQuery(const QString &text)
{
    QStringList terms;
    for (QString word : words(text)) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString SessionSearch::tsQuery(const QString &text)
{
    QStringList terms;
    for (QString word : words(text)) {
        word.replace(QLatin1Char('\''), QStringLiteral("''"));
        terms << QLatin1Char('\'') + word + QStringLiteral("':*");
    }
    return terms.join(QStringLiteral(" & "));
}

QList<SearchHit> SessionSearch::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty())
        return hits;

    // Titles first: a user searching for a chat by name expects it on top.
    {
        // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE any case.
        CachedQuery titles = m_db->prepare(
            QStringLiteral("SELECT id, title, updated_at FROM sessions WHERE deleted_at IS NULL "
                           "AND title %1 ? ESCAPE '\\' ORDER BY updated_at DESC LIMIT ?")
                .arg(m_db->isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE")));
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
    CachedQuery q = m_db->isPostgres()
        ? m_db->prepare(postgresSql)
        : m_db->prepare(QStringLiteral(
            "SELECT m.id, m.session_id, m.role, snippet(messages_fts, 0, char(57344), char(57345), '…', 12), "
            "s.title, m.updated_at "
            "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid JOIN sessions s ON s.id = "
            "m.session_id "
            "WHERE messages_fts MATCH ? AND s.deleted_at IS NULL ORDER BY messages_fts.rowid DESC LIMIT ?"));
    q->addBindValue(m_db->isPostgres() ? tsQuery(query) : match);
    const QStringList terms = SearchSnippet::terms(query);
    q->addBindValue(qMax(0, limit - int(hits.size())));
    if (!m_db->exec(*q))
        return hits;
    while (q->next()) {
        SearchHit hit;
        hit.messageId = q->value(0).toLongLong();
        hit.sessionId = q->value(1).toLongLong();
        hit.role = q->value(2).toString();
        hit.snippet = m_db->isPostgres() ? SearchSnippet::make(q->value(3).toString(), terms)
                                         : q->value(3).toString();
        hit.sessionTitle = q->value(4).toString();
        hit.updatedAt = SqlValues::fromMs(q->value(5));
        hits << hit;
    }
    return hits;
}
