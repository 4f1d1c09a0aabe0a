#pragma once

#include "views/codescope.h"
#include "views/highlightengine.h"

#include <QObject>

// Runs HighlightEngine on CodeHighlighter's thread: loads highlight.js on the first request
// (so a chat without code never pays for it) and answers each request with its spans.
class HighlightWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Thread-safe: makes a running highlight return at once (the app is quitting).
    void interrupt();

public Q_SLOTS:
    void highlight(quint64 key, const QString &code, const QString &language);

Q_SIGNALS:
    void done(quint64 key, const CodeSpans &spans);

private:
    HighlightEngine m_engine;
    bool m_tried = false;
};
