#pragma once

#include "storage/sessioninfo.h"

#include <QList>

class StoreConnection;

// Full-text search of SessionStore: session titles (LIKE) first, then message text (SQLite:
// FTS5, an external-content table kept by triggers, see migrations.cpp; PostgreSQL: a tsvector
// column with a GIN index, see migrationspg.cpp).
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

private:
    StoreConnection *m_db;
};
