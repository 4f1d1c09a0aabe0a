#include "storage/storetransaction.h"

#include "storage/sessionstore.h"

StoreTransaction::StoreTransaction(SessionStore *store)
    : m_store(store)
    , m_active(store->beginImmediate())
{ }

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        m_store->rollback();
}

bool StoreTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_store->commit())
        return true;
    m_store->rollback();
    return false;
}
