#include "storage/storecopy.h"

#include "storage/sessionstore.h"

StoreCopy::StoreCopy(SessionStore *from, SessionStore *to)
    : m_from(from)
    , m_to(to)
{ }

StoreCopy::Progress StoreCopy::run(const std::function<void(const Progress &)> &progress)
{
    Progress p;
    const QList<qint64> ids = m_from->copyableSessions();
    p.total = int(ids.size());
    for (const qint64 id : ids) {
        if (m_cancelled)
            return p;
        ++p.done;
        const std::optional<SessionInfo> info = m_from->session(id);
        if (info && m_to->sessionByUuid(info->uuid)) {
            ++p.skipped;
        } else {
            QString error;
            const std::optional<SessionTree> tree = info ? m_from->sessionTree(*info, &error) : std::nullopt;
            if (!tree) {
                ++p.failed;
                m_errors << (error.isEmpty() ? m_from->lastError() : error);
            } else if (m_to->importTrees({*tree}).isEmpty()) {
                ++p.failed;
                m_errors << m_to->lastError();
                if (progress)
                    progress(p);
                return p;
            } else {
                ++p.copied;
            }
        }
        if (progress)
            progress(p);
    }
    return p;
}
