#include "startupreport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <cstdio>

StartupReport::StartupReport(const QElapsedTimer &sinceMain, QWidget *painted, bool quit, QObject *parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
    , m_quit(quit)
{
    painted->installEventFilter(this);
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        watched->removeEventFilter(this);
        // The rest of the window is painted and flushed in the same pass: report after it.
        QTimer::singleShot(0, this, &StartupReport::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::report()
{
    const auto steady = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
    std::printf("confab: first window painted after %.1f ms (steady clock %lld ns)\n",
        m_sinceMain.nsecsElapsed() / 1e6, static_cast<long long>(steady.count()));
    std::fflush(stdout);
    if (m_quit)
        QCoreApplication::quit();
}
