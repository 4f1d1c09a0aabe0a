#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Where a profile's key and messages may go. A key goes only to the origin (scheme, host, port)
// of the profile's endpoint, and over plain http only to this machine or the local network.
class EndpointPolicy
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPolicy)
public:
    // An endpoint as typed: with a scheme, as given; without one, https (http for a local host),
    // so "api.openai.com/v1" never becomes http://.
    static QUrl fromUserInput(const QString &text);
    // Loopback, private and link-local addresses, "localhost", single-label and .local/.lan/
    // .internal/.home.arpa names: hosts the user runs or chose on their own network.
    static bool isLocalHost(const QString &host);
    // A request there would carry a key unencrypted over the internet.
    static bool isInsecureRemote(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // The warning shown (app) or printed (CLI) for an insecure endpoint.
    static QString insecureWarning(const QUrl &url);
};
