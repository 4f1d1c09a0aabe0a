#include "terminaltext.h"

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

bool TerminalText::isTerminal(FILE *stream)
{
    return isatty(fileno(stream));
}

QString TerminalText::safe(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f);
        if (!control || u == u'\n' || u == u'\t')
            result.append(c);
    }
    return result;
}

QString TerminalText::safeJson(QStringView json)
{
    QString result;
    result.reserve(json.size());
    for (const QChar c : json) {
        const char16_t u = c.unicode();
        if (u == 0x7f || (u >= 0x80 && u <= 0x9f))
            result += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            result.append(c);
    }
    return result;
}
