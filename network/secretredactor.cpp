#include "network/secretredactor.h"

#include <QRegularExpression>

QString SecretRedactor::redact(const QString &text, const QString &key)
{
    if (text.isEmpty())
        return text;
    QString result = text;
    // A short "key" (a placeholder such as "none") would blank ordinary words: only real ones.
    if (key.trimmed().size() >= 8)
        result.replace(key.trimmed(), placeholder());
    // Credentials after a header or field name: Authorization: Bearer x, "x-api-key": "x", key=x.
    static const QRegularExpression named(
        QStringLiteral(
            R"(((?:authorization|proxy-authorization|x-api-key|x-goog-api-key|api[_-]?key|access[_-]?token|)"
            R"(\bkey)["']?\s*[:=]\s*["']?(?:(?:bearer|basic|token)\s+)?)[^\s"',;&}<>]{6,})"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(named, QStringLiteral("\\1") + placeholder());
    // Bearer tokens and the well-known key prefixes, wherever they stand.
    static const QRegularExpression shaped(
        QStringLiteral(R"(\b(?:bearer\s+[A-Za-z0-9._~+/=-]{8,}|sk-[A-Za-z0-9_-]{12,}|AIza[0-9A-Za-z_-]{20,}|)"
                       R"((?:gsk|xai|hf|pplx|ghp|glpat|r8)[_-][A-Za-z0-9_-]{16,}))"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(shaped, placeholder());
    return result;
}
