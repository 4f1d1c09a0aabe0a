#pragma once

#include <QList>
#include <QMetaType>

// What a piece of code is, as far as colouring goes: highlight.js's class names (hljs-keyword,
// hljs-string...) mapped to the few kinds Confab colours. Anything else is Plain.
enum class CodeScope : quint8 {
    Plain,
    Keyword,
    BuiltIn, // built_in, type, class names
    Literal, // literal, number, symbol, bullet
    String, // string, regexp, char
    Comment, // comment, quote, doctag
    Title, // function and class titles, section headings
    Meta, // preprocessor, attributes, tags
    Variable, // variable, template-variable, attr, property
    Addition,
    Deletion,
};

// A run of code of one scope, in characters of the code block's text.
struct CodeSpan
{
    int start = 0;
    int length = 0;
    CodeScope scope = CodeScope::Plain;
    bool operator==(const CodeSpan &other) const
    {
        return start == other.start && length == other.length && scope == other.scope;
    }
};
using CodeSpans = QList<CodeSpan>;
Q_DECLARE_METATYPE(CodeSpans)
