#include "network/providerprofile.h"

namespace {
struct KindName
{
    ProviderKind kind;
    const char16_t *name;
};
// The names are stored in settings and profile files: never change them.
constexpr KindName kKindNames[] = {
    {ProviderKind::OpenAICompatible, u"openai"},
    {ProviderKind::Anthropic, u"anthropic"},
    {ProviderKind::OllamaNative, u"ollama"},
    {ProviderKind::Gemini, u"gemini"},
};
} // namespace

QString providerKindToString(ProviderKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return QString();
}

ProviderKind providerKindFromString(const QString &text, bool *ok)
{
    const QString wanted = text.trimmed().toLower();
    for (const KindName &entry : kKindNames) {
        if (wanted == QStringView(entry.name)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return ProviderKind::OpenAICompatible;
}
