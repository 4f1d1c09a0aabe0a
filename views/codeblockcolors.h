#pragma once

#include "views/codescope.h"

#include <QColor>

class CodeHighlighter;
class QPalette;
class QTextDocument;

// The step MessageDocumentCache runs on a rendered markdown document: its code blocks get the
// colours of their spans (CodeHighlighter), mapped here, never taken from highlight.js's HTML.
// Colour only: the font stays, so nothing moves and the cached sizes hold.
namespace CodeBlockColors {
// Dark code colours for a palette whose base is dark.
bool isDark(const QPalette &palette);
// The colour of `scope` (invalid for Plain: the text's own colour).
QColor color(CodeScope scope, bool dark);
// Colours every code block of `doc` whose spans `highlighter` knows; asks for the others.
// `skipLast`: the document's last code block is still being written (a streaming reply) and is
// left for later. Returns how many blocks stay plain for now.
int apply(QTextDocument *doc, CodeHighlighter *highlighter, bool dark, bool skipLast);
} // namespace CodeBlockColors
