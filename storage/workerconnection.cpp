#include "storage/workerconnection.h"

#include "storage/storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

WorkerConnection::~WorkerConnection()
{
    stop();
}

bool WorkerConnection::start(const QString &name, const QString &path, const QStringList &pragmas)
{
    stop();
    m_connectionName = QStringLiteral("confab-%1-%2").arg(name).arg(quintptr(this), 0, 16);
    m_thread.setObjectName(name);
    m_thread.start(QThread::LowPriority);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    bool opened = false;
    runAndWait([this, &name, &path, &pragmas, &opened] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        opened = db.open();
        QSqlQuery q(db);
        for (const QString &pragma : pragmas)
            opened = opened && q.exec(pragma);
        if (!opened)
            qCWarning(lcStorage) << "no" << name << "thread:" << db.lastError().text()
                                 << q.lastError().text();
    });
    if (!opened)
        stop();
    return opened;
}

void WorkerConnection::stop()
{
    if (!m_context)
        return;
    runAndWait([this] {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    });
    m_thread.quit();
    m_thread.wait(); // the context is deleted on the thread as it finishes
    m_context = nullptr;
}

void WorkerConnection::post(std::function<void()> work)
{
    if (m_context)
        QMetaObject::invokeMethod(m_context, std::move(work));
}

void WorkerConnection::runAndWait(const std::function<void()> &work)
{
    if (m_context)
        QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}
