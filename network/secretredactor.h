#pragma once

#include <QString>

// Servers sometimes echo what they were sent: a 401 body that repeats the Authorization header,
// a proxy's debug page with the request. Such text is stored with the message, shown and
// exported, so keys are taken out of it first: the profile's own key, and anything shaped
// like one (sk-..., AIza..., Bearer ..., api-key headers and fields).
class SecretRedactor
{
public:
    static QString redact(const QString &text, const QString &key = QString());
    static QString placeholder() { return QStringLiteral("[redacted]"); }
};
