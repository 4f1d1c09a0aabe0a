// SessionExporter::toHtml(): a chat as one self-contained, inert HTML page.
#include "storage/codemarkup.h"
#include "storage/sessionexporter.h"

#include <QRegularExpression>

namespace {
// No script, no external resource of any kind: the page is safe to open and to print, whatever
// the model wrote. Text is escaped; the policy is a second wall in case something slips through.
const char *const style = R"(
body { font-family: system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       color: #1d1d1f; background: #fff; line-height: 1.5; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #6e6e73; font-size: 0.85em; margin-bottom: 2em; }
.message { margin: 1.2em 0; padding: 0.6em 1em; border-radius: 8px; }
.user { background: #eef3fb; }
.assistant { background: #f5f5f7; }
.system { background: #fdf6e3; }
.who { font-weight: 600; font-size: 0.9em; }
.when { color: #6e6e73; font-weight: normal; margin-left: 0.5em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
pre { background: #f6f8fa; color: #1f2328; border: 1px solid #d0d7de; padding: 0.8em; border-radius: 6px;
      overflow-x: auto; white-space: pre-wrap; font-family: ui-monospace, "DejaVu Sans Mono", monospace;
      font-size: 0.9em; }
.lang { color: #6e7781; font-size: 0.8em; display: block; margin-bottom: 0.3em; }
.state { color: #a05a00; font-style: italic; font-size: 0.85em; }
details { color: #555; font-size: 0.9em; }
@media print { .message { break-inside: avoid-page; } pre { white-space: pre-wrap; } }
)";
// Last: Qt's CSS parser (QTextDocument, Print) stops at a media query it does not know, so
// everything before it still applies there.
const char *const darkStyle = R"(
  body { color: #e6edf3; background: #0d1117; }
  .meta, .when, .lang { color: #8b949e; }
  .user { background: #172338; }
  .assistant { background: #161b22; }
  .system { background: #2a2512; }
  pre { background: #010409; color: #e6edf3; border-color: #30363d; }
  .state { color: #d29922; }
  details { color: #b1bac4; }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Message text with its fenced code blocks (``` or ~~~) as <pre> (highlighted by `markup` if
// given), the rest as pre-wrapped text.
QString bodyHtml(const QString &content, CodeMarkup *markup)
{
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,})\s*([^`\s]*).*$)"));
    static const QRegularExpression unsafeLanguage(QStringLiteral("[^A-Za-z0-9_+#.-]"));
    QString out;
    QStringList text;
    QStringList code;
    QString marker;
    QString language;
    const auto flushText = [&] {
        while (!text.isEmpty() && text.last().trimmed().isEmpty())
            text.removeLast();
        while (!text.isEmpty() && text.first().trimmed().isEmpty())
            text.removeFirst();
        if (!text.isEmpty())
            out += QStringLiteral("<div class=\"text\">") + escaped(text.join(QLatin1Char('\n')))
                + QStringLiteral("</div>\n");
        text.clear();
    };
    const auto flushCode = [&] {
        out += QStringLiteral("<pre>");
        if (!language.isEmpty())
            out += QStringLiteral("<span class=\"lang\">") + escaped(language) + QStringLiteral("</span>");
        const QString text = code.join(QLatin1Char('\n'));
        const QString marked = markup && !language.isEmpty() ? markup->markup(text, language) : QString();
        out += QStringLiteral("<code>") + (marked.isEmpty() ? escaped(text) : marked)
            + QStringLiteral("</code></pre>\n");
        code.clear();
    };
    for (const QString &line : content.split(QLatin1Char('\n'))) {
        const auto match = fence.match(line);
        if (marker.isEmpty()) {
            if (match.hasMatch()) {
                flushText();
                marker = match.captured(1);
                language = match.captured(2).remove(unsafeLanguage).left(40);
            } else {
                text << line;
            }
        } else if (match.hasMatch() && match.captured(1).startsWith(marker) && match.captured(2).isEmpty()) {
            flushCode();
            marker.clear();
        } else {
            code << line;
        }
    }
    if (!marker.isEmpty())
        flushCode(); // an unclosed block runs to the end, as in Markdown
    flushText();
    return out;
}
} // namespace

QString SessionExporter::toHtml(const SessionInfo &session, const QList<Message> &messages, CodeMarkup *code)
{
    const QString title = session.title.isEmpty() ? tr("Chat") : session.title;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                 "style-src 'unsafe-inline'\">\n"
                                 "<meta name=\"generator\" content=\"Confab\">\n<title>");
    out += escaped(title) + QStringLiteral("</title>\n<style>") + QString::fromUtf8(style)
        + (code ? code->styleSheet(false) : QString())
        + QStringLiteral("@media (prefers-color-scheme: dark) {") + QString::fromUtf8(darkStyle)
        + (code ? code->styleSheet(true) : QString()) + QStringLiteral("}\n</style>\n</head>\n<body>\n<h1>")
        + escaped(title) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<div class=\"meta\">")
        + escaped(tr("Exported from Confab · created %1 · %n message(s)", nullptr, int(messages.size()))
                      .arg(session.createdAt.toUTC().toString(Qt::ISODate)))
        + QStringLiteral("</div>\n");
    if (!session.systemPrompt.isEmpty())
        out += QStringLiteral("<div class=\"message system\"><div class=\"who\">")
            + escaped(tr("System prompt")) + QStringLiteral("</div>") + bodyHtml(session.systemPrompt, code)
            + QStringLiteral("</div>\n");
    for (const Message &m : messages) {
        const bool user = m.role == QLatin1String("user");
        const bool assistant = m.role == QLatin1String("assistant");
        const QString who = user ? tr("You")
            : assistant          ? (m.model.isEmpty() ? tr("Assistant") : m.model)
                                 : tr("System");
        const QString role = user ? QStringLiteral("user")
            : assistant           ? QStringLiteral("assistant")
                                  : QStringLiteral("system");
        out += QStringLiteral(
            "<div class=\"message %1\"><div class=\"who\">%2<span class=\"when\">%3</span></div>\n")
                   .arg(role, escaped(who), escaped(m.createdAt.toUTC().toString(Qt::ISODate)));
        if (!m.reasoning.isEmpty())
            out += QStringLiteral("<details><summary>") + escaped(tr("Reasoning"))
                + QStringLiteral("</summary><div class=\"text\">") + escaped(m.reasoning)
                + QStringLiteral("</div></details>\n");
        out += bodyHtml(m.content, code);
        // Named only: the page loads nothing, and a file inline would make it as large as the files.
        for (const Attachment &a : m.attachments)
            out += QStringLiteral("<div class=\"state\">") + escaped(tr("Attached: %1").arg(a.name))
                + QStringLiteral("</div>\n");
        QString state;
        if (m.state == MessageState::Stopped)
            state = tr("stopped");
        else if (m.state == MessageState::Interrupted)
            state = tr("interrupted");
        else if (m.state == MessageState::Error)
            state = tr("error: %1").arg(m.error);
        if (!state.isEmpty())
            out += QStringLiteral("<div class=\"state\">(") + escaped(state) + QStringLiteral(")</div>\n");
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}
