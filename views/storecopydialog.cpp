#include "views/storecopydialog.h"

#include "storage/sessionstore.h"

#include <QThread>

StoreCopyDialog::StoreCopyDialog(const QString &from, const QString &fromPassword, const QString &to,
    const QString &toPassword, QWidget *parent)
    : QProgressDialog(parent)
    , m_from(from)
    , m_fromPassword(fromPassword)
    , m_to(to)
    , m_toPassword(toPassword)
{
    setWindowTitle(tr("Copy Chats"));
    setLabelText(tr("Opening both databases…"));
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    // Cancel stops after the chat being copied, and the dialog stays until the thread says so.
    disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, [this] {
        if (m_finished)
            accept(); // the button says Close by then
        else
            cancelCopy();
    });
}

StoreCopyDialog::~StoreCopyDialog()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
}

void StoreCopyDialog::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void StoreCopyDialog::cancelCopy()
{
    m_cancel = true;
    if (!m_finished)
        setLabelText(tr("Stopping after this chat…"));
}

void StoreCopyDialog::run()
{
    // Both stores live and die in this thread.
    SessionStore source;
    SessionStore target;
    QStringList errors;
    StoreCopy::Progress result;
    bool opened = true;
    for (auto [store, location, password] :
        {std::tuple {&source, m_from, m_fromPassword}, std::tuple {&target, m_to, m_toPassword}}) {
        store->setExternalPollInterval(0);
        if (!password.isEmpty())
            store->setPassword(password);
        if (opened && !store->open(location)) {
            errors << store->lastError();
            opened = false;
        }
    }
    if (opened) {
        StoreCopy copy(&source, &target);
        result = copy.run([this, &copy](const StoreCopy::Progress &p) {
            if (m_cancel)
                copy.cancel();
            QMetaObject::invokeMethod(
                this, [this, p] { showProgress(p); }, Qt::QueuedConnection);
        });
        errors << copy.errors();
    }
    // Queued to a context object: dropped if the dialog is gone (it waits for this thread first).
    QMetaObject::invokeMethod(
        this,
        [this, result, errors] {
            m_result = result;
            m_errors = errors;
            m_finished = true;
            setLabelText(summary());
            setCancelButtonText(tr("Close"));
            Q_EMIT copyFinished();
        },
        Qt::QueuedConnection);
}

void StoreCopyDialog::showProgress(const StoreCopy::Progress &p)
{
    if (m_finished)
        return;
    setMaximum(qMax(p.total, 1));
    setValue(p.done);
    if (!m_cancel)
        setLabelText(tr("Copied %1 of %2 chats…").arg(p.done).arg(p.total));
}

bool StoreCopyDialog::isComplete() const
{
    return m_finished && m_errors.isEmpty() && m_result.failed == 0 && m_result.done == m_result.total;
}

QString StoreCopyDialog::summary() const
{
    QString text = tr("%1 of %2 chats copied, %3 already there, %4 failed.")
                       .arg(m_result.copied)
                       .arg(m_result.total)
                       .arg(m_result.skipped)
                       .arg(m_result.failed);
    if (!isComplete())
        text += QLatin1Char('\n') + tr("Not everything was copied; copy again to go on where this stopped.");
    for (const QString &error : m_errors)
        text += QLatin1Char('\n') + error;
    return text;
}
