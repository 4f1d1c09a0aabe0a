#include "tools/mcpserverconfig.h"

#include "network/endpointpolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("McpServerConfig", text);
}
} // namespace

bool McpServerConfig::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString McpServerConfig::validate() const
{
    if (!isValidName(name))
        return tr("\"%1\" is not a valid server name: use up to 64 letters, digits, '.', '_' or '-', "
                  "starting with a letter or digit")
            .arg(name);
    if (transport == Transport::Stdio) {
        if (command.trimmed().isEmpty())
            return tr("server \"%1\" has no command to start").arg(name);
    } else {
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return tr("server \"%1\": \"%2\" is not an http(s) URL").arg(name, url.toString());
        // The same rule as for API keys: no secret in clear text over the internet.
        if (hasSecrets() && EndpointPolicy::isInsecureRemote(url))
            return tr("server \"%1\": its secret headers would go unencrypted to %2; use https")
                .arg(name, url.host());
    }
    const QList<Value> &values = transport == Transport::Stdio ? env : headers;
    for (const Value &value : values) {
        if (value.name.isEmpty() || value.name.contains(QLatin1Char('='))
            || value.name.contains(QLatin1Char(':')) || value.name.contains(QLatin1Char('\n')))
            return tr("server \"%1\": \"%2\" is not a valid name for an environment variable or header")
                .arg(name, value.name);
    }
    return QString();
}

QString McpServerConfig::secretKey(const Value &value) const
{
    // ':' never occurs in a profile id, so these entries cannot collide with API keys.
    const QLatin1String kind = transport == Transport::Stdio ? QLatin1String("env") : QLatin1String("header");
    return QStringLiteral("mcp:%1:%2:%3").arg(name, kind, value.name);
}

bool McpServerConfig::hasSecrets() const
{
    const QList<Value> &values = transport == Transport::Stdio ? env : headers;
    for (const Value &value : values) {
        if (value.secret)
            return true;
    }
    return false;
}

McpServerConfig McpServerConfig::withoutSecretValues() const
{
    McpServerConfig copy = *this;
    for (QList<Value> *values : {&copy.env, &copy.headers}) {
        for (Value &value : *values) {
            if (value.secret)
                value.value.clear();
        }
    }
    return copy;
}

QString McpServerConfig::target() const
{
    if (transport == Transport::Http)
        return url.toString(QUrl::RemoveUserInfo);
    QStringList parts {command};
    parts += args;
    for (QString &part : parts) {
        if (part.contains(QLatin1Char(' ')))
            part = QLatin1Char('"') + part + QLatin1Char('"');
    }
    return parts.join(QLatin1Char(' '));
}

QString McpServerConfig::transportToString(Transport transport)
{
    return transport == Transport::Stdio ? QStringLiteral("stdio") : QStringLiteral("http");
}

McpServerConfig::Transport McpServerConfig::transportFromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = text == QLatin1String("stdio") || text == QLatin1String("http");
    return text == QLatin1String("http") ? Transport::Http : Transport::Stdio;
}
