#pragma once

#include <QString>

// Highlighted code blocks for SessionExporter::toHtml(). The highlighter lives above the storage
// layer (HighlightMarkup runs highlight.js); the exporter only asks through this.
class CodeMarkup
{
public:
    virtual ~CodeMarkup() = default;
    // `code` as HTML: every character escaped, runs of one kind in <span class="…"> with the
    // classes styleSheet() colours, nothing else. Empty: the block stays plain (and escaped).
    virtual QString markup(const QString &code, const QString &language) = 0;
    // CSS rules for those classes in the light or the dark palette (the exporter puts the dark
    // ones under prefers-color-scheme: dark).
    virtual QString styleSheet(bool dark) const = 0;
};
