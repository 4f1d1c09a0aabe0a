#pragma once

#include "storage/sessiontree.h"

#include <QList>
#include <optional>

class StoreConnection;

// Reads whole sessions back as the trees ImportWriter writes (for confab-cli copy): every
// message of the session, alternatives included, parents before children, with the
// attachments' bytes. One session at a time, so memory follows the largest session.
class TreeReader
{
public:
    explicit TreeReader(StoreConnection *db);

    // The ids of the sessions not in the trash, oldest first (a stable order for a resumed copy).
    QList<qint64> sessionIds() const;
    // `info`'s messages as a tree; nullopt if a read failed (reported by the connection) or an
    // attachment's bytes are gone (`error` set).
    std::optional<SessionTree> read(const SessionInfo &info, QString *error) const;

private:
    StoreConnection *m_db;
};
