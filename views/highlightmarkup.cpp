#include "views/highlightmarkup.h"

#include "views/codeblockcolors.h"

namespace {
constexpr CodeScope Scopes[]
    = {CodeScope::Keyword, CodeScope::BuiltIn, CodeScope::Literal, CodeScope::String, CodeScope::Comment,
        CodeScope::Title, CodeScope::Meta, CodeScope::Variable, CodeScope::Addition, CodeScope::Deletion};

} // namespace

QString HighlightMarkup::className(CodeScope scope)
{
    switch (scope) {
    case CodeScope::Plain:
        return {};
    case CodeScope::Keyword:
        return QStringLiteral("hl-keyword");
    case CodeScope::BuiltIn:
        return QStringLiteral("hl-builtin");
    case CodeScope::Literal:
        return QStringLiteral("hl-literal");
    case CodeScope::String:
        return QStringLiteral("hl-string");
    case CodeScope::Comment:
        return QStringLiteral("hl-comment");
    case CodeScope::Title:
        return QStringLiteral("hl-title");
    case CodeScope::Meta:
        return QStringLiteral("hl-meta");
    case CodeScope::Variable:
        return QStringLiteral("hl-variable");
    case CodeScope::Addition:
        return QStringLiteral("hl-addition");
    case CodeScope::Deletion:
        return QStringLiteral("hl-deletion");
    }
    return {};
}

QString HighlightMarkup::toHtml(const QString &code, const CodeSpans &spans)
{
    QString out;
    int pos = 0;
    for (const CodeSpan &span : spans) {
        // Spans are sorted and apart (HighlightEngine::toSpans); clamped all the same.
        const int start = qBound(pos, span.start, int(code.size()));
        const int end = qBound(start, span.start + span.length, int(code.size()));
        out += code.mid(pos, start - pos).toHtmlEscaped();
        if (end > start)
            out += QStringLiteral("<span class=\"%1\">").arg(className(span.scope))
                + code.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</span>");
        pos = end;
    }
    return out + code.mid(pos).toHtmlEscaped();
}

QString HighlightMarkup::markup(const QString &code, const QString &language)
{
    if (!m_tried) {
        m_tried = true;
        m_engine.load();
    }
    const CodeSpans spans = m_engine.highlight(code, language);
    return spans.isEmpty() ? QString() : toHtml(code, spans);
}

QString HighlightMarkup::styleSheet(bool dark) const
{
    QString css;
    for (const CodeScope scope : Scopes)
        css += QStringLiteral(".%1 { color: %2; }\n")
                   .arg(className(scope), CodeBlockColors::color(scope, dark).name());
    return css;
}
