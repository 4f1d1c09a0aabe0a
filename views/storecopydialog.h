#pragma once

#include "storage/storecopy.h"

#include <QProgressDialog>
#include <atomic>

class QThread;

// Copies every chat of one store into another, the code of confab-cli copy (StoreCopy), in a
// worker thread that opens both stores itself (a connection is used only by its thread), with
// progress and Cancel. Chats the target has already are skipped, so running it again after a
// cancelled or failed run goes on where that stopped.
class StoreCopyDialog : public QProgressDialog
{
    Q_OBJECT
public:
    StoreCopyDialog(const QString &from, const QString &fromPassword, const QString &to,
        const QString &toPassword, QWidget *parent = nullptr);
    // Cancels a copy still under way and waits for its thread (the chat being copied is finished).
    ~StoreCopyDialog() override;

    void start();
    // Stops before the next chat; copyFinished() follows.
    void cancelCopy();
    bool isFinished() const { return m_finished; }
    const StoreCopy::Progress &result() const { return m_result; }
    QStringList errors() const { return m_errors; }
    // Everything the source had is in the target now.
    bool isComplete() const;
    // What happened, for the user.
    QString summary() const;

Q_SIGNALS:
    void copyFinished();

private:
    void showProgress(const StoreCopy::Progress &progress);
    void run(); // in the worker thread

    QString m_from;
    QString m_fromPassword;
    QString m_to;
    QString m_toPassword;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
    bool m_finished = false;
    StoreCopy::Progress m_result;
    QStringList m_errors;
};
