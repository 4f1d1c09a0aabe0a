#pragma once

#include "storage/sessioninfo.h"

#include <QList>

class SqliteConnection;

// Full-text search of SessionStore: session titles (LIKE) first, then message text (FTS5,
// external-content table kept by triggers, see migrations.cpp).
class SessionSearch
{
public:
    explicit SessionSearch(SqliteConnection *db);

    // Words are matched as prefixes; quotes and operators in `query` are treated as plain text.
    QList<SearchHit> search(const QString &query, int limit) const;
    // User text as an FTS5 query: every word a quoted prefix term, all required.
    static QString ftsQuery(const QString &text);

private:
    SqliteConnection *m_db;
};
