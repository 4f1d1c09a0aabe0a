#include "storage/sessionsearch.h"

#include "storage/searchsnippet.h"
#include "storage/sqlvalues.h"
#include "storage/storeconnection.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

SessionSearch::SessionSearch(StoreConnection *db)
    : m_db(db)
{ }

namespace {

// PostgreSQL: the GIN index over the generated tsvector (migrationspg.cpp); the snippet is made
// here from the start of the text (SearchSnippet), so a hit costs at most that much transfer.
const QString postgresSql = QStringLiteral(
    "SELECT m.id, m.session_id, m.role, left(m.content, 20000), s.title, m.updated_at "
    "FROM to_tsquery('confab_search', ?) q, messages m JOIN sessions s ON s.id = m.session_id "
    "WHERE m.content_tsv @@ q AND m.id >= ? AND s.deleted_at IS NULL ORDER BY m.id DESC LIMIT ?");

// SQLite: newest matches first; FTS5 yields rowids in descending order without sorting all
// matches, and reads an exact term's doclist lazily (a prefix term's whole, whatever the LIMIT).
const QString sqliteSql = QStringLiteral(
    "SELECT m.id, m.session_id, m.role, snippet(messages_fts, 0, char(57344), char(57345), '…', 12), "
    "s.title, m.updated_at FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
    "JOIN sessions s ON s.id = m.session_id WHERE messages_fts MATCH ? AND messages_fts.rowid >= ? "
    "AND s.deleted_at IS NULL ORDER BY messages_fts.rowid DESC LIMIT ?");

// How far back the word being typed is completed from the messages' text (recentHits()): enough
// messages for a word in one of ten of them to fill a page of hits, few enough to read in a
// millisecond or two.
constexpr int RecentMessages = 500;
constexpr qsizetype RecentChars = 512 * 1024;
// More completions than this: ask FTS5 with the prefix (each term is a seek in every segment,
// some 45 µs on 1M messages).
constexpr qsizetype MaxCompletions = 128;
// When the newest messages do not complete the word being typed: at most this many terms are read
// from the index to complete it, a seek each (some 70 µs: 9 ms for all 128). A prefix with more
// runs FTS5's prefix query. That bounds both kinds of word: a rare prefix with many terms (numbers)
// pays the seeks before its cheap prefix query, a word common only in older messages is read
// lazily through its few terms (3-4 ms, against 20-33 ms for its prefix query on 1M messages).
constexpr qsizetype MaxIndexTerms = 128;
// SQLite: how many of the messages still queued for the index (SearchIndexer) are read and
// matched here, newest first. The queue is mostly empty, or holds the one reply that just ended.
constexpr int QueuedMessages = 16;

// A word of the user's text; the last one is still being typed unless something follows it.
struct Word
{
    QString text;
    bool finished = true;
};

// The words of `text` that an index can find: emoji and other symbols are not indexed, so as a
// term they would match nothing.
QList<Word> words(const QString &text)
{
    static const QRegularExpression word(
        QStringLiteral("[\\w\\x{0080}-\\x{10FFFF}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QList<Word> list;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString w = m.captured(0);
        if (std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            list.append({w, m.capturedEnd(0) < text.size()});
    }
    return list;
}

QString quoted(QString word, QChar quote)
{
    word.replace(quote, QString(2, quote));
    return quote + word + quote;
}

// The combining marks unicode61 keeps inside a token (to fold them away), as its
// sqlite3Fts5UnicodeIsdiacritic() lists them.
bool isDiacritic(char32_t c)
{
    constexpr quint32 below800 = 0x08029FDF;
    constexpr quint32 from800 = 0x000361F8;
    if (c < 768 || c > 817)
        return false;
    return c < 800 ? (below800 >> (c - 768)) & 1 : (from800 >> (c - 800)) & 1;
}

// unicode61's token characters (its default categories "L* N* Co" and those marks); the rest,
// other marks included, separate tokens.
bool isTokenChar(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return isDiacritic(c);
    }
}

// A token as "unicode61 remove_diacritics 2" compares it: lower case, and Latin letters without
// their diacritics ("é" is "e"; "й" stays, as does "ø", which has none to remove).
QString folded(const QString &token)
{
    const QString decomposed = token.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool afterLatin = false;
    for (const QChar c : decomposed) {
        if (c.unicode() >= 0x300 && c.unicode() <= 0x36F) {
            if (!afterLatin)
                out += c;
            continue;
        }
        afterLatin = c.script() == QChar::Script_Latin;
        out += c;
    }
    return out.normalized(QString::NormalizationForm_C).toLower();
}

} // namespace

QString SessionSearch::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const Word &word : words(text))
        terms << quoted(word.text, QLatin1Char('"')) + (word.finished ? QString() : QStringLiteral("*"));
    return terms.join(QLatin1Char(' '));
}

QString SessionSearch::tsQuery(const QString &text)
{
    QStringList terms;
    for (const Word &word : words(text))
        terms << quoted(word.text, QLatin1Char('\'')) + (word.finished ? QString() : QStringLiteral(":*"));
    return terms.join(QStringLiteral(" & "));
}

QStringList SessionSearch::completions(const QString &prefix, const QStringList &texts)
{
    const QString want = folded(prefix);
    QStringList found;
    QSet<QString> seen;
    for (const QString &text : texts) {
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size;) {
            const qsizetype from = i;
            bool ascii = true;
            while (i < size) {
                const QChar c = text.at(i);
                if (c.unicode() < 0x80) {
                    const char16_t u = c.unicode() | 0x20; // ASCII letters in lower case
                    if (!((c.unicode() >= '0' && c.unicode() <= '9') || (u >= 'a' && u <= 'z')))
                        break;
                    ++i;
                } else if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
                    if (!isTokenChar(QChar::surrogateToUcs4(c, text.at(i + 1))))
                        break;
                    ascii = false;
                    i += 2;
                } else {
                    if (!isTokenChar(c.unicode()))
                        break;
                    ascii = false;
                    ++i;
                }
            }
            if (i == from) {
                i += text.at(i).isHighSurrogate() ? 2 : 1;
                continue;
            }
            // Most text is ASCII, whose folding is its lower case: no copy for the words that differ.
            const QStringView token = QStringView(text).mid(from, i - from);
            if (ascii ? !token.startsWith(want, Qt::CaseInsensitive)
                      : !folded(token.toString()).startsWith(want))
                continue;
            const QString key = token.toString().toLower();
            if (!seen.contains(key)) {
                seen.insert(key);
                found << token.toString();
            }
        }
    }
    return found;
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

// Index hits for `match` (FTS5 or tsquery), newest first, from message `fromId` on. `terms`:
// the words to mark in a snippet made here (PostgreSQL; SQLite's comes from snippet()).
QList<SearchHit> indexHits(StoreConnection *db, const QString &sql, const QString &match, qint64 fromId,
    int limit, const QStringList &terms)
{
    QList<SearchHit> hits;
    CachedQuery q = db->prepare(sql);
    q->addBindValue(match);
    q->addBindValue(fromId);
    q->addBindValue(limit);
    if (!db->exec(*q))
        return hits;
    while (q->next()) {
        SearchHit hit;
        hit.messageId = q->value(0).toLongLong();
        hit.sessionId = q->value(1).toLongLong();
        hit.role = q->value(2).toString();
        hit.snippet
            = db->isPostgres() ? SearchSnippet::make(q->value(3).toString(), terms) : q->value(3).toString();
        hit.sessionTitle = q->value(4).toString();
        hit.updatedAt = SqlValues::fromMs(q->value(5));
        hits << hit;
    }
    return hits;
}

// The newest messages' text (at most RecentMessages and RecentChars) and the oldest id among them.
QStringList recentTexts(StoreConnection *db, qint64 *fromId)
{
    QStringList texts;
    CachedQuery q = db->prepare(QStringLiteral("SELECT id, content FROM messages ORDER BY id DESC LIMIT ?"));
    q->addBindValue(RecentMessages);
    qsizetype chars = 0;
    if (db->exec(*q)) {
        while (q->next()) {
            QString text = q->value(1).toString();
            chars += text.size();
            if (chars > RecentChars)
                break;
            *fromId = q->value(0).toLongLong();
            texts << std::move(text);
        }
    }
    return texts;
}

// Whether FTS5 reads `word` as one token (otherwise as a phrase of several).
bool isOneToken(const QString &word)
{
    const QList<uint> chars = word.toUcs4();
    return std::all_of(chars.cbegin(), chars.cend(), isTokenChar);
}

// The word being typed, if it is one token: a term to complete (not a phrase, not finished).
const Word *typedTerm(const QList<Word> &list)
{
    if (list.isEmpty() || list.last().finished || !isOneToken(list.last().text))
        return nullptr;
    return &list.last();
}

// An FTS5 query of the finished words and, for the word being typed, the OR of `completions`.
QString completedQuery(const QList<Word> &list, const QStringList &completions)
{
    QStringList terms;
    for (qsizetype i = 0; i + 1 < list.size(); ++i)
        terms << quoted(list.at(i).text, QLatin1Char('"'));
    QStringList alternatives;
    for (const QString &completion : completions)
        alternatives << quoted(completion, QLatin1Char('"'));
    // FTS5 wants an explicit AND before a parenthesised group.
    terms << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return terms.join(QStringLiteral(" AND "));
}

// SQLite: the word being typed as the terms it completes to in the newest messages, ORed, since
// FTS5 reads exact terms lazily but a prefix term's whole doclist (35-45 ms for a word in half of
// 1M messages). Every term of those messages that the prefix matches is in the OR, so a page of
// hits that lies among them is the prefix query's own. Empty when there is no such page: the
// caller then asks with the prefix (cheap when the word is rare, as it then is).
QList<SearchHit> recentHits(StoreConnection *db, const QList<Word> &list, int want)
{
    const Word *word = typedTerm(list);
    if (!word)
        return {};
    const QString typed = word->text;
    qint64 fromId = 0;
    const QStringList texts = recentTexts(db, &fromId);
    const QStringList completions = SessionSearch::completions(typed, texts);
    if (completions.isEmpty() || completions.size() > MaxCompletions)
        return {};
    QList<SearchHit> hits = indexHits(db, sqliteSql, completedQuery(list, completions), fromId, want, {});
    return hits.size() == want ? hits : QList<SearchHit>();
}

// SQLite: the index's own terms that begin with `prefix` (folded), at most `atMost`, one seek
// each in fts5vocab's instance table. A seek reads a term's first entry; the prefix query reads
// every entry of every term it matches (26-53 ms cold for a word in half of 1M messages).
QStringList indexTerms(StoreConnection *db, const QString &prefix, qsizetype atMost)
{
    QStringList terms;
    CachedQuery create = db->prepare(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.messages_terms "
                                                    "USING fts5vocab(main, 'messages_fts', 'instance')"));
    if (!db->exec(*create))
        return terms;
    create->finish();
    // `term >= ?`, not `term > ?`: fts5vocab seeks to the first, and walks every entry of the
    // term to get past it for the second. No token holds U+0001, so term + U+0001 is the next one.
    CachedQuery next
        = db->prepare(QStringLiteral("SELECT term FROM temp.messages_terms WHERE term >= ? LIMIT 1"));
    QString from = prefix;
    while (terms.size() < atMost) {
        next->bindValue(0, from);
        if (!db->exec(*next) || !next->next())
            break;
        const QString term = next->value(0).toString();
        next->finish();
        if (!term.startsWith(prefix))
            break;
        terms << term;
        from = term + QChar(1);
    }
    return terms;
}

// SQLite: the hits of the prefix query, asked as the OR of every term of the index it would
// match (exact terms are read lazily, newest first). Nullopt when there are too many terms or
// the word being typed is not one token: then only the prefix query will do.
std::optional<QList<SearchHit>> indexTermHits(StoreConnection *db, const QList<Word> &list, int want)
{
    const Word *word = typedTerm(list);
    if (!word)
        return std::nullopt;
    const QStringList terms = indexTerms(db, folded(word->text), MaxIndexTerms + 1);
    if (terms.size() > MaxIndexTerms)
        return std::nullopt;
    if (terms.isEmpty())
        return QList<SearchHit>();
    return indexHits(db, sqliteSql, completedQuery(list, terms), 0, want, {});
}

// Whether `text` has every word, as FTS5 would find it: a finished word as a whole token, the
// last one while it is typed as the start of one. A word FTS5 would split into several tokens (a
// phrase: "foo_bar") is looked for as it is written.
bool hasWords(const QString &text, const QList<Word> &list)
{
    return std::all_of(list.cbegin(), list.cend(), [&text](const Word &word) {
        if (!isOneToken(word.text))
            return text.contains(word.text, Qt::CaseInsensitive);
        const QStringList tokens = SessionSearch::completions(word.text, {text});
        if (!word.finished)
            return !tokens.isEmpty();
        const QString want = folded(word.text);
        return std::any_of(
            tokens.cbegin(), tokens.cend(), [&want](const QString &token) { return folded(token) == want; });
    });
}

// SQLite: hits among the messages still queued for the index, newest first.
QList<SearchHit> queuedHits(StoreConnection *db, const QList<Word> &list)
{
    QList<SearchHit> hits;
    CachedQuery q = db->prepare(QStringLiteral(
        "SELECT m.id, m.session_id, m.role, m.content, s.title, m.updated_at FROM messages_unindexed u "
        "JOIN messages m ON m.id = u.message_id JOIN sessions s ON s.id = m.session_id "
        "WHERE s.deleted_at IS NULL ORDER BY u.message_id DESC LIMIT ?"));
    q->addBindValue(QueuedMessages);
    if (!db->exec(*q))
        return hits;
    while (q->next()) {
        const QString content = q->value(3).toString();
        if (!hasWords(content, list))
            continue;
        SearchHit hit;
        hit.messageId = q->value(0).toLongLong();
        hit.sessionId = q->value(1).toLongLong();
        hit.role = q->value(2).toString();
        hit.snippet = snippetAround(content, list.first().text);
        hit.sessionTitle = q->value(4).toString();
        hit.updatedAt = SqlValues::fromMs(q->value(5));
        hits << hit;
    }
    return hits;
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

    const int want = qMax(0, limit - int(hits.size()));
    QList<SearchHit> messages;
    if (!match.isEmpty() && want > 0) {
        const QList<Word> list = words(query);
        QList<SearchHit> queued;
        if (m_db->isPostgres()) {
            messages = indexHits(m_db, postgresSql, tsQuery(query), 0, want, SearchSnippet::terms(query));
        } else {
            // The queue before the index: a message the indexer moves from one to the other in
            // between is then found twice (and kept once), never missed.
            queued = queuedHits(m_db, list);
            // The word being typed: completed from the newest messages, else from the index's
            // terms, else (too many of them) the prefix query itself.
            messages = recentHits(m_db, list, want);
            if (messages.isEmpty()) {
                const std::optional<QList<SearchHit>> exact = indexTermHits(m_db, list, want);
                messages = exact ? *exact : indexHits(m_db, sqliteSql, match, 0, want, {});
            }
        }
        if (!queued.isEmpty()) {
            QSet<qint64> indexed;
            for (const SearchHit &hit : std::as_const(messages))
                indexed.insert(hit.messageId);
            for (const SearchHit &hit : queued) {
                if (!indexed.contains(hit.messageId))
                    messages << hit;
            }
            std::sort(messages.begin(), messages.end(),
                [](const SearchHit &a, const SearchHit &b) { return a.messageId > b.messageId; });
            if (messages.size() > want)
                messages.resize(want);
        }
    }
    QSet<qint64> found;
    for (const SearchHit &hit : std::as_const(messages))
        found.insert(hit.messageId);
    if (scan && messages.size() < want) {
        CachedQuery text = m_db->prepare(QStringLiteral(
            "SELECT m.id, m.session_id, m.role, m.content, s.title, m.updated_at FROM messages m "
            "JOIN sessions s ON s.id = m.session_id WHERE s.deleted_at IS NULL "
            "AND m.content %1 ? ESCAPE '\\' ORDER BY m.id DESC LIMIT ?")
                                             .arg(likeOperator));
        text->addBindValue(likePattern(query));
        text->addBindValue(want);
        if (m_db->exec(*text)) {
            while (text->next() && messages.size() < want) {
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
