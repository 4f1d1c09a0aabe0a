#pragma once

#include "views/codescope.h"

#include <QCache>
#include <QObject>
#include <QSet>
#include <QThread>

class HighlightWorker;

// Syntax highlighting of code blocks, off the GUI thread: spans() answers from the results it
// has (a block is highlighted once, whatever message or document it is in) and otherwise asks
// the worker, which runs highlight.js; highlighted() says a result arrived, and the documents
// waiting for it are coloured when they are next painted (MessageDocumentCache).
class CodeHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QObject *parent = nullptr);
    ~CodeHighlighter() override;

    // The app's highlighter (its results shared by every view), a child of the application
    // object, destroyed by a post routine while that still delivers events.
    static CodeHighlighter *instance();

    // True and `out` set if the spans of `code` in `language` are known (empty: plain);
    // otherwise false, and the worker is asked once.
    bool spans(const QString &code, const QString &language, CodeSpans *out);
    // How many results have arrived: a document left partly plain checks it to know when to look again.
    int generation() const { return m_generation; }
    int pendingCount() const { return m_pending.size(); }
    bool isAvailable() const { return m_available; }
    // While held, requests wait and the worker does not start highlight.js. A window's first
    // paint is held up by it even on another core (a cold start painted 3-5 ms later), so a view
    // holds the highlighter from its first layout to its first paint. Holds nest.
    void hold() { ++m_holds; }
    void release();
    bool isHeld() const { return m_holds > 0; }

Q_SIGNALS:
    void highlighted();
    void requested(quint64 key, const QString &code, const QString &language); // to the worker

private:
    void onDone(quint64 key, const CodeSpans &spans);

    QThread m_thread;
    HighlightWorker *m_worker = nullptr;
    // Bounded by the spans held (about 12 bytes each), not by the number of blocks.
    QCache<quint64, CodeSpans> m_results {256 * 1024};
    QSet<quint64> m_pending;
    struct Request
    {
        quint64 key;
        QString code;
        QString language;
    };
    QList<Request> m_held;
    int m_holds = 0;
    int m_generation = 0;
    bool m_available = false;
};
