#pragma once

#include <QString>
#include <QStringList>

// Where a store lives, from what the user typed for --db: a file path (SQLite) or a
// postgresql:// URL (PostgreSQL through Qt's QPSQL driver). Anything else is an error.
//   postgresql://user@host:port/db?sslmode=verify-full&sslrootcert=/path/ca.pem
// The password is never part of the URL (it would land in shell histories and process lists):
// it comes from the keychain (keychainId()) or libpq's PGPASSFILE.
class StoreLocation
{
public:
    enum class Kind { File, Postgres, Invalid };

    static StoreLocation parse(const QString &text);
    // "postgresql://" or "postgres://" at the start: the text is meant as a URL.
    static bool looksLikeUrl(const QString &text);
    // `text` fit for a log: a URL loses any password.
    static QString redacted(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // Why the text is Invalid, for the user.
    QString error() const { return m_error; }
    // The file (File) or the URL as given (Postgres).
    QString text() const { return m_text; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // libpq options from the query (sslmode, sslrootcert...), as QPSQL's connect options.
    QString connectOptions() const { return m_options.join(QLatin1Char(';')); }
    // The keychain entry holding the password: the URL without its options.
    QString keychainId() const;

private:
    Kind m_kind = Kind::Invalid;
    QString m_text;
    QString m_error;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QStringList m_options;
};
