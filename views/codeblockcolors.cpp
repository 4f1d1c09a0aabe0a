#include "views/codeblockcolors.h"

#include "views/codehighlighter.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {
bool isCode(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)
        || block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}

struct CodeRun
{
    int position = 0; // of its first block in the document
    QString language;
    QString text; // its blocks joined by '\n': offsets in it are offsets in the document
};

QList<CodeRun> codeRuns(const QTextDocument *doc)
{
    QList<CodeRun> runs;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!isCode(block))
            continue;
        CodeRun run;
        run.position = block.position();
        run.language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        QStringList lines {block.text()};
        while (block.next().isValid() && isCode(block.next())
            && block.next().blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == run.language) {
            block = block.next();
            lines << block.text();
        }
        run.text = lines.join(QLatin1Char('\n'));
        runs << run;
    }
    return runs;
}
} // namespace

bool CodeBlockColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor CodeBlockColors::color(CodeScope scope, bool dark)
{
    // GitHub's light and dark code colours: legible on codeBackground() in either palette.
    switch (scope) {
    case CodeScope::Plain:
        return {};
    case CodeScope::Keyword:
        return dark ? QColor(0xff7b72) : QColor(0xcf222e);
    case CodeScope::BuiltIn:
        return dark ? QColor(0xffa657) : QColor(0x953800);
    case CodeScope::Literal:
    case CodeScope::Meta:
        return dark ? QColor(0x79c0ff) : QColor(0x0550ae);
    case CodeScope::String:
        return dark ? QColor(0xa5d6ff) : QColor(0x0a3069);
    case CodeScope::Comment:
        return dark ? QColor(0x8b949e) : QColor(0x6e7781);
    case CodeScope::Title:
        return dark ? QColor(0xd2a8ff) : QColor(0x8250df);
    case CodeScope::Variable:
        return dark ? QColor(0xffa657) : QColor(0x953800);
    case CodeScope::Addition:
        return dark ? QColor(0x7ee787) : QColor(0x116329);
    case CodeScope::Deletion:
        return dark ? QColor(0xffa198) : QColor(0x82071e);
    }
    return {};
}

int CodeBlockColors::apply(QTextDocument *doc, CodeHighlighter *highlighter, bool dark, bool skipLast)
{
    QList<CodeRun> runs = codeRuns(doc);
    int plain = 0;
    if (skipLast && !runs.isEmpty()) {
        runs.removeLast();
        ++plain;
    }
    QTextCursor cursor(doc);
    bool editing = false;
    CodeSpans spans;
    for (const CodeRun &run : std::as_const(runs)) {
        if (!highlighter->spans(run.text, run.language, &spans)) {
            ++plain;
            continue;
        }
        if (!editing) {
            cursor.beginEditBlock(); // one relayout for all blocks
            editing = true;
        }
        for (const CodeSpan &span : std::as_const(spans)) {
            // Spans come from the same text; clamped all the same, a stale one must not colour prose.
            const int start = qBound(0, span.start, int(run.text.size()));
            const int end = qBound(start, span.start + span.length, int(run.text.size()));
            if (start == end)
                continue;
            QTextCharFormat format;
            format.setForeground(color(span.scope, dark));
            cursor.setPosition(run.position + start);
            cursor.setPosition(run.position + end, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(format);
        }
    }
    if (editing)
        cursor.endEditBlock();
    return plain;
}
