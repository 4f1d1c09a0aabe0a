#include "views/codehighlighter.h"

#include "views/highlightengine.h"
#include "views/highlightworker.h"

#include <QCoreApplication>
#include <QPointer>
#include <utility>

namespace {
quint64 keyOf(const QString &code, const QString &language)
{
    return qHashMulti(0x5eed, language.toLower(), code);
}
} // namespace

CodeHighlighter::CodeHighlighter(QObject *parent)
    : QObject(parent)
    , m_available(!HighlightEngine::scriptPath().isEmpty())
{
    qRegisterMetaType<CodeSpans>();
    if (!m_available)
        return;
    m_thread.setObjectName(QStringLiteral("confab-highlight"));
    m_worker = new HighlightWorker;
    m_worker->moveToThread(&m_thread);
    connect(this, &CodeHighlighter::requested, m_worker, &HighlightWorker::highlight);
    connect(m_worker, &HighlightWorker::done, this, &CodeHighlighter::onDone);
    m_thread.start(QThread::LowPriority);
}

CodeHighlighter::~CodeHighlighter()
{
    if (!m_worker)
        return;
    m_worker->interrupt();
    // The worker and its QJSEngine are deleted on their own thread, by an event: that needs a
    // QCoreApplication, so the app's highlighter goes in a post routine, before it stops
    // delivering events (a deleteLater() on QThread::finished left both to LeakSanitizer).
    QPointer<HighlightWorker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { delete worker.data(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker.data(); // the event was dropped (no application object): the thread has ended
}

CodeHighlighter *CodeHighlighter::instance()
{
    static QPointer<CodeHighlighter> highlighter;
    if (!highlighter) {
        highlighter = new CodeHighlighter(QCoreApplication::instance());
        qAddPostRoutine([] { delete highlighter.data(); });
    }
    return highlighter;
}

bool CodeHighlighter::spans(const QString &code, const QString &language, CodeSpans *out)
{
    if (!m_available || language.isEmpty()) {
        out->clear();
        return true;
    }
    const quint64 key = keyOf(code, language);
    if (const CodeSpans *known = m_results.object(key)) {
        *out = *known;
        return true;
    }
    if (!m_pending.contains(key)) {
        m_pending.insert(key);
        if (m_holds > 0)
            m_held.append({key, code, language});
        else
            Q_EMIT requested(key, code, language);
    }
    return false;
}

void CodeHighlighter::release()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    for (const Request &request : std::exchange(m_held, {}))
        Q_EMIT requested(request.key, request.code, request.language);
}

void CodeHighlighter::onDone(quint64 key, const CodeSpans &spans)
{
    m_pending.remove(key);
    m_results.insert(key, new CodeSpans(spans), spans.size() + 1);
    ++m_generation;
    Q_EMIT highlighted();
}
