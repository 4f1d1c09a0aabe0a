#pragma once

#include "storage/sessioninfo.h"

#include <QList>

class StoreConnection;

// Full-text search of SessionStore: session titles (LIKE) first, then message text (SQLite:
// FTS5, an external-content table kept by triggers, see migrations.cpp, and a text scan for what
// FTS5 cannot find; the few long messages still queued for the index, see SearchIndexer, are
// matched here from their text; PostgreSQL: a tsvector column with a GIN index, see migrationspg.cpp). A
// chat's title is not listed again when one of its messages is.
class SessionSearch
{
public:
    explicit SessionSearch(StoreConnection *db);

    // All words are required. A word followed by anything (a space, a comma) is finished and
    // matched as a whole word; the last one, while it is being typed, as a prefix ("compi" finds
    // "compiler", "compi " does not). Quotes and operators in `query` are plain text.
    QList<SearchHit> search(const QString &query, int limit) const;
    // User text as an FTS5 query: finished words quoted terms, the word being typed a prefix term.
    static QString ftsQuery(const QString &text);
    // The same as a PostgreSQL tsquery: quoted lexemes, the word being typed a prefix (:*).
    static QString tsQuery(const QString &text);
    // The words of `texts` (split and folded as FTS5's "unicode61 remove_diacritics 2" does) that
    // begin with `prefix`, each once, as they are written.
    static QStringList completions(const QString &prefix, const QStringList &texts);
    // Text the FTS5 index cannot find: CJK (written without spaces, so a word sits inside one long
    // token) or emoji and other symbols (not indexed at all). Such queries also search the
    // messages' text itself (LIKE, newest first, up to the limit).
    static bool needsTextScan(const QString &text);

private:
    StoreConnection *m_db;
};
