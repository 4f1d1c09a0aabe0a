#include "storage/storetransaction.h"

#include "storage/storeconnection.h"

StoreTransaction::StoreTransaction(StoreConnection *db)
    : m_db(db)
    , m_active(db->beginImmediate())
{ }

StoreTransaction::~StoreTransaction()
{
    if (m_active)
        m_db->rollback();
}

bool StoreTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db->commit())
        return true;
    m_db->rollback();
    return false;
}
