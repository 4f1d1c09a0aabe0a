#pragma once

#include "storage/message.h"
#include "storage/sessioninfo.h"

#include <QList>

class SqliteConnection;

// Writes a whole imported session (LegacyImporter, later other formats) in one transaction:
// the session row, its messages chained as one branch, its current leaf. All or nothing.
class ImportWriter
{
public:
    explicit ImportWriter(SqliteConnection *db);

    // Ids in `info` and `messages` are ignored. Returns the new session id, 0 on failure.
    qint64 write(const SessionInfo &info, const QList<Message> &messages);

private:
    SqliteConnection *m_db;
};
