#include "views/highlightworker.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHighlight, "confab.highlight")

void HighlightWorker::interrupt()
{
    m_engine.interrupt();
}

void HighlightWorker::highlight(quint64 key, const QString &code, const QString &language)
{
    if (!m_tried) {
        m_tried = true;
        if (!m_engine.load())
            qCWarning(lcHighlight) << "code blocks stay plain:" << m_engine.errorString();
    }
    Q_EMIT done(key, m_engine.highlight(code, language));
}
