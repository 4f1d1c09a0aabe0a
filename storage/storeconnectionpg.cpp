// The PostgreSQL side of StoreConnection: opening a server's database through QPSQL, and its
// errors by SQLSTATE.
#include "storage/migrations.h"
#include "storage/storagelog.h"
#include "storage/storeconnection.h"
#include "storage/storelocation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

StoreConnection::ErrorKind StoreConnection::classifyPostgres(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return ErrorKind::None;
    const QString state = error.nativeErrorCode();
    // No SQLSTATE at all: libpq lost the socket ("server closed the connection unexpectedly").
    // Class 08: connection exceptions; 57P01-57P03: the server is shutting down or starting.
    if (state.isEmpty() || state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return ErrorKind::Unreachable;
    if (state == QLatin1String("53100"))
        return ErrorKind::Full;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return ErrorKind::ReadOnly;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return ErrorKind::Busy;
    if (state.startsWith(QLatin1String("XX")))
        return ErrorKind::Damaged;
    if (state.startsWith(QLatin1String("58")) || state.startsWith(QLatin1String("53")))
        return ErrorKind::Io;
    return ErrorKind::Other;
}

bool StoreConnection::openPostgres(const QString &url)
{
    const StoreLocation location = StoreLocation::parse(url);
    m_dialect = Dialect::Postgres;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            db = {};
            return failOpen(ErrorKind::Other,
                QCoreApplication::translate("SessionStore",
                    "Cannot open %1: this Confab has no PostgreSQL driver (Qt's QPSQL plugin, Debian "
                    "package libqt6sql6-psql).")
                    .arg(location.keychainId()));
        }
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.database());
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        db.setConnectOptions(location.connectOptions());
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = {};
            return failOpen(
                classifyPostgres(error) == ErrorKind::Unreachable ? ErrorKind::Unreachable : ErrorKind::Other,
                QCoreApplication::translate("SessionStore", "Cannot open the database %1: %2")
                    .arg(location.keychainId(), error.databaseText().trimmed()));
        }
    }
    QSqlDatabase db = database();
    // The server's notices ("relation already exists, skipping") are not for the user's terminal.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    QString migrateError;
    QSqlError cause;
    if (!Migrations::migrate(db, &migrateError, &cause)) {
        // A database of a newer Confab is left exactly as it is, like a newer file.
        const bool newer = Migrations::postgresVersion(db) > Migrations::LatestVersion;
        db = {};
        return failOpen(newer ? ErrorKind::NewerVersion : ErrorKind::Other,
            QCoreApplication::translate("SessionStore", "Cannot open the database %1: %2")
                .arg(location.keychainId(), migrateError));
    }
    return true;
}
