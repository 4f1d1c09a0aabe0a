#pragma once

#include "storage/sessiontree.h"

#include <QList>

class StoreConnection;

// Writes imported sessions (SessionStore::importTrees: the legacy files, other apps' exports) in
// one transaction: each session row, its messages as the tree they form, its current leaf.
// All or nothing.
class ImportWriter
{
public:
    explicit ImportWriter(StoreConnection *db);

    // Ids in the trees are ignored; parents must come before their children. Returns the new
    // session ids in the order of `trees`, an empty list on failure (`error` set when the
    // trees themselves are wrong; a refused write is reported by the connection).
    QList<qint64> write(const QList<SessionTree> &trees, QString *error);

private:
    StoreConnection *m_db;
};
