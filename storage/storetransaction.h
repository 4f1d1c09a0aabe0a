#pragma once

class StoreConnection;

// RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
// IMMEDIATE takes the write lock up front, so a second process waits on the busy timeout
// instead of failing with SQLITE_BUSY when it later tries to upgrade a read lock.
class StoreTransaction
{
public:
    explicit StoreTransaction(StoreConnection *db);
    ~StoreTransaction();
    StoreTransaction(const StoreTransaction &) = delete;
    StoreTransaction &operator=(const StoreTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    StoreConnection *m_db;
    bool m_active = false;
};
