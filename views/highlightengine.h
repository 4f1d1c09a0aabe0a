#pragma once

#include "views/codescope.h"

#include <QJSValue>
#include <QString>
#include <atomic>
#include <memory>

class QJSEngine;

// highlight.js (a maintained highlighter: Debian's libjs-highlight.js, or the browser build from
// npm elsewhere) run in a QJSEngine. Its output is HTML; it is never shown as such: toSpans()
// reads only <span class="hljs-…"> and the five entities highlight.js writes, and checks that
// the text left is exactly the code it was given. Anything else gives no spans (plain code).
//
// Slow (2–30 ms per KB of code by language, and 0.3–0.6 s to load the script: bench_highlight,
// README): used on a worker thread (CodeHighlighter), never on the paint path.
class HighlightEngine
{
public:
    HighlightEngine();
    ~HighlightEngine();

    // Where the script is: $CONFAB_HIGHLIGHT_JS, then next to the app
    // (<prefix>/share/confab/highlight.js/highlight.min.js, as Windows and macOS bundles ship it),
    // then Debian's /usr/share/javascript/highlight.js/. Empty if none is there.
    static QString scriptPath();
    // Loads the script; false (and errorString()) if it is missing or does not run.
    bool load(const QString &path = scriptPath());
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }

    // Spans for `code` in `language` (a fence's name or alias: "cpp", "py"); empty for an
    // unknown language, code past MaxCodeChars, or output that fails the checks.
    CodeSpans highlight(const QString &code, const QString &language);
    static constexpr int MaxCodeChars = 24 * 1024;

    // highlight.js's HTML for `code` as spans; empty and `ok` false if it is anything else.
    static CodeSpans toSpans(const QString &html, const QString &code, bool *ok = nullptr);
    static CodeScope scopeForClass(QStringView hljsClass);
    // Thread-safe: a running highlight() stops and gives no spans.
    void interrupt();

private:
    std::unique_ptr<QJSEngine> m_engine;
    QJSValue m_function; // the wrapper around hljs.highlight (destroyed before the engine)
    std::atomic<QJSEngine *> m_live {nullptr}; // m_engine, for interrupt() from another thread
    bool m_loaded = false;
    QString m_error;
};
