#include "storage/storelocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The libpq connection parameters a URL may carry (passed through to libpq unchanged).
const char *const passedOptions[] = {"sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslcrldir",
    "sslsni", "ssl_min_protocol_version", "ssl_max_protocol_version", "gssencmode", "connect_timeout",
    "application_name", "target_session_attrs", "keepalives", "keepalives_idle", "channel_binding"};

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionStore", text);
}

} // namespace

bool StoreLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString StoreLocation::redacted(const QString &text)
{
    return looksLikeUrl(text) ? QUrl(text).toDisplayString(QUrl::RemovePassword) : text;
}

StoreLocation StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    location.m_text = text;
    const auto invalid = [&](const QString &why) {
        location.m_kind = Kind::Invalid;
        location.m_error = why;
        return location;
    };
    if (text.trimmed().isEmpty())
        return invalid(tr("No database given: pass a file path or a postgresql:// URL."));
    if (!looksLikeUrl(text)) {
        // A scheme that is not ours ("mysql://", "https://") is a typo, not a file called so.
        static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
        if (scheme.match(text).hasMatch())
            return invalid(tr("\"%1\" is neither a file path nor a postgresql:// URL.").arg(text));
        location.m_kind = Kind::File;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(tr("\"%1\" is not a valid PostgreSQL URL (postgresql://user@host:port/database).")
                           .arg(url.toDisplayString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return invalid(tr("Do not put the password in the database URL: store it in the keychain "
                          "or in a PGPASSFILE."));
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return invalid(
            tr("The PostgreSQL URL %1 names no database (postgresql://user@host:port/database).").arg(text));
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        bool known = false;
        for (const char *option : passedOptions)
            known = known || key == QLatin1String(option);
        // A value with a space or quote could smuggle in further libpq parameters.
        if (!known || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\''))
            || value.contains(QLatin1Char(';')))
            return invalid(tr("The PostgreSQL URL option \"%1\" is not supported.").arg(key));
        location.m_options << key + QLatin1Char('=') + value;
    }
    location.m_kind = Kind::Postgres;
    return location;
}

QString StoreLocation::keychainId() const
{
    if (!isPostgres())
        return {};
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}
