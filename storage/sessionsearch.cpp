#include "storage/sessionsearch.h"

#include "storage/searchsnippet.h"
#include "storage/sqlvalues.h"
#include "storage/storeconnection.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

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

// The words of `text` that an index can find: emoji and other symbols are not indexed, so as a
// term they would match nothing.
QStringList words(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\w\\x{0080}-\\x{10FFFF}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList list;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            list << w;
    }
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

namespace {

QString likePattern(const QString &text)
{
    QString like = text.trimmed();
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + like + QLatin1Char('%');
}

// The words around the first match of `needle`, the match marked as FTS5's snippet() marks it.
QString snippetAround(const QString &content, const QString &needle)
{
    constexpr int Around = 30;
    const qsizetype at = content.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return content.left(2 * Around);
    const qsizetype from = qMax<qsizetype>(0, at - Around);
    const qsizetype to = qMin(content.size(), at + needle.size() + Around);
    return (from > 0 ? QStringLiteral("…") : QString()) + content.mid(from, at - from)
        + QChar(SearchHit::MatchStart) + content.mid(at, needle.size()) + QChar(SearchHit::MatchEnd)
        + content.mid(at + needle.size(), to - at - needle.size())
        + (to < content.size() ? QStringLiteral("…") : QString());
}

} // namespace

bool SessionSearch::needsTextScan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            break;
        }
        if (QChar::category(c) == QChar::Symbol_Other)
            return true;
    }
    return false;
}

QList<SearchHit> SessionSearch::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    const bool scan = needsTextScan(query);
    if (match.isEmpty() && !scan)
        return hits;

    const QString likeOperator = m_db->isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
    // Titles first: a user searching for a chat by name expects it on top.
    {
        // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE any case.
        CachedQuery titles = m_db->prepare(
            QStringLiteral("SELECT id, title, updated_at FROM sessions WHERE deleted_at IS NULL "
                           "AND title %1 ? ESCAPE '\\' ORDER BY updated_at DESC LIMIT ?")
                .arg(likeOperator));
        titles->addBindValue(likePattern(query));
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
    const QStringList terms = SearchSnippet::terms(query);
    QList<SearchHit> messages;
    QSet<qint64> found;
    const int titleHits = int(hits.size());
    if (!match.isEmpty()) {
        q->addBindValue(m_db->isPostgres() ? tsQuery(query) : match);
        q->addBindValue(qMax(0, limit - titleHits));
        if (m_db->exec(*q)) {
            while (q->next()) {
                SearchHit hit;
                hit.messageId = q->value(0).toLongLong();
                hit.sessionId = q->value(1).toLongLong();
                hit.role = q->value(2).toString();
                hit.snippet = m_db->isPostgres() ? SearchSnippet::make(q->value(3).toString(), terms)
                                                 : q->value(3).toString();
                hit.sessionTitle = q->value(4).toString();
                hit.updatedAt = SqlValues::fromMs(q->value(5));
                found.insert(hit.messageId);
                messages << hit;
            }
        }
    }
    if (scan && messages.size() < limit - titleHits) {
        CachedQuery text = m_db->prepare(QStringLiteral(
            "SELECT m.id, m.session_id, m.role, m.content, s.title, m.updated_at FROM messages m "
            "JOIN sessions s ON s.id = m.session_id WHERE s.deleted_at IS NULL "
            "AND m.content %1 ? ESCAPE '\\' ORDER BY m.id DESC LIMIT ?")
                                             .arg(likeOperator));
        text->addBindValue(likePattern(query));
        text->addBindValue(qMax(0, limit - titleHits));
        if (m_db->exec(*text)) {
            while (text->next() && messages.size() < limit - titleHits) {
                SearchHit hit;
                hit.messageId = text->value(0).toLongLong();
                if (found.contains(hit.messageId))
                    continue;
                hit.sessionId = text->value(1).toLongLong();
                hit.role = text->value(2).toString();
                hit.snippet = snippetAround(text->value(3).toString(), query.trimmed());
                hit.sessionTitle = text->value(4).toString();
                hit.updatedAt = SqlValues::fromMs(text->value(5));
                messages << hit;
            }
        }
    }
    // One row per chat for a title that its own first message repeats (a CJK chat showed two).
    QSet<qint64> withMessages;
    for (const SearchHit &hit : std::as_const(messages))
        withMessages.insert(hit.sessionId);
    hits.removeIf([&withMessages](const SearchHit &hit) { return withMessages.contains(hit.sessionId); });
    return hits + messages;
}
