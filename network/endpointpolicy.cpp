#include "network/endpointpolicy.h"

#include <QHostAddress>

namespace {

bool isLocalAddress(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
        return true;
    static const QList<QPair<QHostAddress, int>> privateRanges {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
    };
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok));
    const QHostAddress &candidate = ok ? v4 : address;
    for (const auto &range : privateRanges) {
        if (candidate.isInSubnet(range))
            return true;
    }
    return false;
}

} // namespace

QUrl EndpointPolicy::fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.contains(QLatin1String("://")))
        return QUrl(trimmed, QUrl::StrictMode);
    const QUrl probe(QStringLiteral("http://") + trimmed, QUrl::StrictMode);
    if (!probe.isValid() || probe.host().isEmpty())
        return {};
    if (isLocalHost(probe.host()))
        return probe;
    return QUrl(QStringLiteral("https://") + trimmed, QUrl::StrictMode);
}

bool EndpointPolicy::isLocalHost(const QString &host)
{
    const QString name = host.toLower();
    if (name.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(name))
        return isLocalAddress(address);
    if (name == QLatin1String("localhost") || !name.contains(QLatin1Char('.')))
        return true;
    for (const char *suffix : {".localhost", ".local", ".lan", ".internal", ".home.arpa"}) {
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

bool EndpointPolicy::isInsecureRemote(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 && !isLocalHost(url.host());
}

bool EndpointPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        return url.port(scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString EndpointPolicy::insecureWarning(const QUrl &url)
{
    return tr("%1 is not encrypted (http) and not on this machine or your local network: the API key "
              "and the messages would travel in the clear. Use https unless you trust every network "
              "in between.")
        .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}
