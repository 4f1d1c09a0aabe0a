#include "storage/message.h"

#include <array>

namespace {
struct StateName
{
    MessageState state;
    const char *name;
};
constexpr std::array<StateName, 5> stateNames {{
    {MessageState::Complete, "complete"},
    {MessageState::Streaming, "streaming"},
    {MessageState::Stopped, "stopped"},
    {MessageState::Error, "error"},
    {MessageState::Interrupted, "interrupted"},
}};
} // namespace

QString messageStateToString(MessageState state)
{
    for (const auto &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("complete");
}

MessageState messageStateFromString(const QString &text, bool *ok)
{
    for (const auto &entry : stateNames) {
        if (text == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.state;
        }
    }
    if (ok)
        *ok = false;
    return MessageState::Complete;
}
