#pragma once

#include <QSqlQuery>
#include <memory>

// A prepared statement lent by StoreConnection::prepare(). When the borrower is done the
// statement is reset, not finalized: it holds no read snapshot and is ready for its next use.
class CachedQuery
{
public:
    CachedQuery(QSqlQuery *query, bool *busy)
        : m_query(query)
        , m_busy(busy)
    { }
    // A one-off statement, not kept (the cached one is lent out further up the stack).
    explicit CachedQuery(std::unique_ptr<QSqlQuery> owned)
        : m_query(owned.get())
        , m_busy(nullptr)
        , m_owned(std::move(owned))
    { }
    CachedQuery(CachedQuery &&other) noexcept
        : m_query(std::exchange(other.m_query, nullptr))
        , m_busy(std::exchange(other.m_busy, nullptr))
        , m_owned(std::move(other.m_owned))
    { }
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    CachedQuery &operator=(CachedQuery &&) = delete;
    ~CachedQuery()
    {
        if (m_query && !m_owned)
            m_query->finish();
        if (m_busy)
            *m_busy = false;
    }

    QSqlQuery *operator->() const { return m_query; }
    QSqlQuery &operator*() const { return *m_query; }

private:
    QSqlQuery *m_query;
    bool *m_busy;
    std::unique_ptr<QSqlQuery> m_owned;
};
