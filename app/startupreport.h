#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// CONFAB_REPORT_STARTUP: prints when the chat was first painted, for the start-up benchmark
// (bench_gui starts the app as a user would and times it from outside). The steady clock is the
// whole machine's, so the benchmark can also count the time before main(): loading the
// libraries. With CONFAB_REPORT_STARTUP=quit the app then quits.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    // `sinceMain` was started first thing in main(); `painted` is the widget waited for.
    StartupReport(const QElapsedTimer &sinceMain, QWidget *painted, bool quit, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QElapsedTimer m_sinceMain;
    bool m_quit;
    bool m_seen = false;
};
