#pragma once

#include "storage/codemarkup.h"
#include "views/highlightengine.h"

// The HTML export's code blocks through highlight.js, with the app's code colours (CodeBlockColors)
// in both palettes. Synchronous, on the exporting thread with an engine of its own: the script is
// loaded on the first block that has a language (0.3–0.6 s, bench_highlight), so a chat without
// code costs nothing. The spans come from HighlightEngine's checked parse; the HTML is written here.
class HighlightMarkup : public CodeMarkup
{
public:
    QString markup(const QString &code, const QString &language) override;
    QString styleSheet(bool dark) const override;

    // The class a span of `scope` gets ("hl-keyword"); empty for Plain.
    static QString className(CodeScope scope);
    // `code` escaped, its spans wrapped in <span class="…">.
    static QString toHtml(const QString &code, const CodeSpans &spans);

private:
    HighlightEngine m_engine;
    bool m_tried = false;
};
