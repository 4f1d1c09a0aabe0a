#pragma once

#include "storage/sessioninfo.h"

#include <QList>

class StoreConnection;

// Full-text search of SessionStore: session titles (LIKE) first, then message text (SQLite:
// FTS5, an external-content table kept by triggers, see migrations.cpp, and a text scan for what
// FTS5 cannot find; PostgreSQL: a tsvector column with a GIN index, see migrationspg.cpp). A
// chat's title is not listed again when one of its messages is.
class SessionSearch
{
public:
    explicit SessionSearch(StoreConnection *db);

    // Words are matched as prefixes; quotes and operators in `query` are treated as plain text.
    QList<SearchHit> search(const QString &query, int limit) const;
    // User text as an FTS5 query: every word a quoted prefix term, all required.
    static QString ftsQuery(const QString &text);
    // The same as a PostgreSQL tsquery: every word a quoted prefix lexeme, all required.
    static QString tsQuery(const QString &text);
    // Text the FTS5 index cannot find: CJK (written without spaces, so a word sits inside one long
    // token) or emoji and other symbols (not indexed at all). Such queries also search the
    // messages' text itself (LIKE, newest first, up to the limit).
    static bool needsTextScan(const QString &text);

private:
    StoreConnection *m_db;
};
