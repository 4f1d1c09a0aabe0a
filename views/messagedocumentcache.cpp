#include "views/messagedocumentcache.h"

#include "views/codeblockcolors.h"
#include "views/codehighlighter.h"
#include "views/safetextdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace {

size_t contentHash(const QString &text, TextKind kind)
{
    return qHashMulti(0, text, static_cast<int>(kind));
}

// Where plain text is cut for the transcript (at a line end), or -1 when all of it fits.
qsizetype shownLength(const QString &text, qsizetype maxChars)
{
    qsizetype lineEnd = -1;
    for (int line = 0; line < MessageDocumentCache::MaxShownLines; ++line) {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), lineEnd + 1);
        if (next < 0)
            return text.size() <= maxChars ? -1 : maxChars;
        if (next > maxChars)
            return lineEnd > maxChars / 2 ? lineEnd : maxChars;
        lineEnd = next;
    }
    return lineEnd + 1 >= text.size() ? -1 : lineEnd;
}

// Model text is written for chat apps, which show a single newline as a line break; CommonMark
// would join the lines into one paragraph. Two spaces before such a newline make it a hard
// break; code (fenced or indented) and table rows are left as they are.
QString withLineBreaks(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));
    QString fence; // the open fence's marker, empty outside code
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            if (fence.isEmpty())
                fence = trimmed.left(3);
            else if (trimmed.startsWith(fence))
                fence.clear();
            continue;
        }
        if (!fence.isEmpty() || trimmed.isEmpty() || lines.at(i + 1).trimmed().isEmpty()
            || line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t'))
            || trimmed.startsWith(QLatin1Char('|')) || line.endsWith(QLatin1String("  "))
            || line.endsWith(QLatin1Char('\\')))
            continue;
        lines[i] += QLatin1String("  ");
    }
    return lines.join(QLatin1Char('\n'));
}

// The last paragraph of a plain text cut for the transcript.
QString hiddenNote(qsizetype hidden)
{
    return QCoreApplication::translate("MessageDocumentCache",
        "[… %n more character(s) not shown here: Copy or “Select text…” has the whole message]", nullptr,
        int(hidden));
}

// A streaming reply whose text ends inside a fenced block: that block is not finished yet.
bool endsInOpenFence(const QString &text)
{
    QString fence;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("```")) && !trimmed.startsWith(QLatin1String("~~~")))
            continue;
        if (fence.isEmpty())
            fence = trimmed.left(3).toString();
        else if (trimmed.startsWith(fence) && trimmed.size() == trimmed.count(fence.at(0)))
            fence.clear();
    }
    return !fence.isEmpty();
}

bool isCodeBlock(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage)
        || block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}

} // namespace

RenderedText::RenderedText() = default;
RenderedText::~RenderedText() = default;

MessageDocumentCache::MessageDocumentCache(int maxDocuments)
    : m_docs(maxDocuments)
{ }

void MessageDocumentCache::clear()
{
    m_docs.clear();
    m_sizes.clear();
}

void MessageDocumentCache::setCodePalette(const QPalette &palette)
{
    const bool dark = CodeBlockColors::isDark(palette);
    if (dark == m_darkCode)
        return;
    m_darkCode = dark;
    clear();
}

void MessageDocumentCache::setThrottled(qint64 id, int intervalMs)
{
    m_throttledId = id;
    m_throttleMs = intervalMs;
}

bool MessageDocumentCache::keepStale(const Key &key, const RenderedText *entry) const
{
    if (!entry || key.first != m_throttledId || m_throttledId == 0)
        return false;
    return entry->built.isValid() && entry->built.elapsed() < m_throttleMs;
}

std::shared_ptr<const RenderedText> MessageDocumentCache::render(
    qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font)
{
    const Key key(id, part);
    const Entry *cached = m_docs.object(key);
    Entry entry = cached ? *cached : nullptr;
    // Streaming: paint what was parsed less than an interval ago (re-wrapped if the width
    // changed), before hashing the text: that alone is O(length) on every delta.
    if (keepStale(key, entry.get())) {
        colourCode(*entry, text, id);
        return entry->width == width ? entry : laidOut(key, entry, width);
    }
    const size_t hash = contentHash(text, kind);
    if (entry && entry->hash != hash && key.first == m_throttledId && m_throttledId != 0)
        entry = withNewNote(key, entry, text, kind, hash);
    if (!entry || entry->hash != hash) {
        entry = std::make_shared<RenderedText>();
        entry->hash = hash;
        build(*entry, text, kind, font, id);
        m_docs.insert(key, new Entry(entry));
    } else {
        colourCode(*entry, text, id);
    }
    if (entry->width != width)
        entry = laidOut(key, entry, width);
    m_sizes.insert(key, SizeEntry {width, hash, entry->size});
    return entry;
}

MessageDocumentCache::Entry MessageDocumentCache::laidOut(const Key &key, const Entry &entry, int width)
{
    // Held only by the cache and by the caller's `entry`: lay it out in place.
    if (entry.use_count() <= 2) {
        layout(*entry, width);
        return entry;
    }
    // Someone else holds this layout: the cache gets a copy of the document, laid out anew.
    auto copy = std::make_shared<RenderedText>();
    copy->hash = entry->hash;
    copy->built = entry->built;
    copy->plainFallback = entry->plainFallback;
    copy->plainCode = entry->plainCode;
    copy->highlightGeneration = entry->highlightGeneration;
    copy->openCodeSkipped = entry->openCodeSkipped;
    copy->kind = entry->kind;
    copy->shownLength = entry->shownLength;
    copy->shownHash = entry->shownHash;
    copy->doc.reset(entry->doc->clone());
    layout(*copy, width);
    m_docs.insert(key, new Entry(copy));
    return copy;
}

MessageDocumentCache::Entry MessageDocumentCache::withNewNote(
    const Key &key, const Entry &entry, const QString &text, TextKind kind, size_t hash)
{
    // Past the shown length only the note on what is hidden changes while a reply streams: the
    // old document gets the new note (its layout redone for that paragraph only) rather than
    // being parsed and laid out anew, which for 32 KB of text took tens of ms every interval.
    const qsizetype cut
        = kind == TextKind::Markdown && fitsMarkdownLimits(text) ? -1 : shownLength(text, MaxShownChars);
    if (cut < 0 || entry->shownLength != cut || entry->kind != kind
        || entry->shownHash != qHash(QStringView(text).left(cut)))
        return entry;
    Entry updated = entry;
    if (entry.use_count() > 2) { // someone holds this document: it must not change under them
        updated = std::make_shared<RenderedText>();
        updated->doc.reset(entry->doc->clone());
        updated->plainFallback = entry->plainFallback;
        updated->kind = kind;
        updated->shownLength = cut;
        updated->shownHash = entry->shownHash;
    }
    QTextCursor cursor(updated->doc.get());
    cursor.movePosition(QTextCursor::End);
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(hiddenNote(text.size() - cut));
    updated->hash = hash;
    updated->built.start();
    updated->width = -1; // measured again by render() (only the changed paragraph moves)
    if (updated != entry)
        m_docs.insert(key, new Entry(updated));
    return updated;
}

QSizeF MessageDocumentCache::size(
    qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font)
{
    const Key key(id, part);
    if (id != m_throttledId || id == 0) {
        const auto it = m_sizes.constFind(key);
        if (it != m_sizes.constEnd() && it->width == width && it->hash == contentHash(text, kind))
            return it->size;
    }
    return render(id, part, text, kind, width, font)->size;
}

QSizeF MessageDocumentCache::estimateSize(const QString &text, int width, const QFont &font)
{
    const QFontMetricsF fm(font);
    const qsizetype perLine = qMax<qsizetype>(8, qsizetype(width / qMax<qreal>(1, fm.averageCharWidth())));
    // Only what the transcript shows of a long text counts, cut where it is cut.
    const qsizetype cut = shownLength(text, MaxShownChars);
    const QStringView shown = QStringView(text).left(cut < 0 ? text.size() : cut);
    qsizetype lines = 0;
    for (const QStringView line : shown.tokenize(u'\n'))
        lines += 1 + qMax<qsizetype>(0, line.size() - 1) / perLine;
    return QSizeF(width, qreal(qMax<qsizetype>(1, lines)) * fm.lineSpacing());
}

void MessageDocumentCache::build(
    RenderedText &entry, const QString &text, TextKind kind, const QFont &font, qint64 id)
{
    ++m_builds;
    entry.built.start();
    entry.doc = createDocument(text, kind, font);
    entry.plainFallback = kind == TextKind::Markdown && !fitsMarkdownLimits(text);
    entry.kind = kind;
    entry.shownLength
        = kind == TextKind::Markdown && !entry.plainFallback ? -1 : shownLength(text, MaxShownChars);
    entry.shownHash = entry.shownLength < 0 ? 0 : qHash(QStringView(text).left(entry.shownLength));
    if (kind == TextKind::Markdown && !entry.plainFallback && m_highlighter) {
        entry.plainCode = 1; // not looked at yet
        colourCode(entry, text, id);
    }
}

void MessageDocumentCache::colourCode(RenderedText &entry, const QString &text, qint64 id)
{
    if (entry.plainCode == 0 || !m_highlighter)
        return;
    const bool streaming = id != 0 && id == m_throttledId;
    // Nothing new since the last look: no result arrived and the open block is still open.
    if (entry.highlightGeneration == m_highlighter->generation() && (!entry.openCodeSkipped || streaming))
        return;
    entry.openCodeSkipped = streaming && endsInOpenFence(text);
    entry.highlightGeneration = m_highlighter->generation();
    entry.plainCode
        = CodeBlockColors::apply(entry.doc.get(), m_highlighter, m_darkCode, entry.openCodeSkipped);
}

std::unique_ptr<QTextDocument> MessageDocumentCache::createColouredDocument(
    const QString &text, TextKind kind, const QFont &font) const
{
    auto document = createDocument(text, kind, font);
    if (kind == TextKind::Markdown && fitsMarkdownLimits(text) && m_highlighter)
        CodeBlockColors::apply(document.get(), m_highlighter, m_darkCode, false);
    return document;
}

bool MessageDocumentCache::fitsMarkdownLimits(const QString &text)
{
    return text.size() <= MaxMarkdownChars && text.count(QLatin1Char('|')) <= MaxTableCells;
}

std::unique_ptr<QTextDocument> MessageDocumentCache::createDocument(
    const QString &text, TextKind kind, const QFont &font, qsizetype maxPlainChars)
{
    auto document = std::make_unique<SafeTextDocument>();
    QTextDocument *doc = document.get();
    doc->setDocumentMargin(0);
    QFont docFont = font;
    if (kind == TextKind::Reasoning)
        docFont.setItalic(true);
    doc->setDefaultFont(docFont);
    doc->setUndoRedoEnabled(false);
    if (kind != TextKind::Markdown || !fitsMarkdownLimits(text)) {
        const qsizetype cut = maxPlainChars < 0 ? -1 : shownLength(text, maxPlainChars);
        if (cut < 0) {
            doc->setPlainText(text);
            return document;
        }
        const QStringView shown = QStringView(text).left(cut);
        doc->setPlainText(shown.toString() + QStringLiteral("\n\n") + hiddenNote(text.size() - cut));
        return document;
    }
    // Raw HTML in a reply shows as the text it is: no <a href>, <font> or <img> from the model.
    doc->setMarkdown(withLineBreaks(text),
        QTextDocument::MarkdownFeatures(
            QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));

    // Code blocks: monospace already (the importer sets it). The delegate paints their tinted
    // box from codeBlocks; here they only get an inset and some air for the Copy button.
    QTextCursor cursor(doc);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setLeftMargin(8);
        format.setRightMargin(8);
        const bool first = !block.previous().isValid() || !isCodeBlock(block.previous());
        const bool last = !block.next().isValid() || !isCodeBlock(block.next());
        // A strip at the top for the language and the Copy button, some air at the bottom.
        format.setTopMargin(first ? QFontMetrics(font).height() + 10 : 0);
        format.setBottomMargin(last ? 6 : 0);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
    return document;
}

void MessageDocumentCache::layout(RenderedText &entry, int width)
{
    QTextDocument *doc = entry.doc.get();
    if (doc->textWidth() != width) // even the same width lays the whole document out again
        doc->setTextWidth(width);
    entry.width = width;
    entry.size = doc->size();
    entry.codeBlocks.clear();
    // Group consecutive code lines into one area with its text, for the Copy button.
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block))
            continue;
        CodeBlockArea area;
        area.rect = layout->blockBoundingRect(block);
        // Bounding rects leave out block margins; the box includes them (the top one holds the
        // language and the Copy button).
        area.rect.setTop(area.rect.top() - block.blockFormat().topMargin());
        area.language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        QStringList lines {block.text()};
        const auto widest = [](const QTextBlock &b) {
            qreal w = 0;
            if (const QTextLayout *lines = b.layout()) {
                for (int i = 0; i < lines->lineCount(); ++i)
                    w = qMax(w, lines->lineAt(i).naturalTextWidth());
            }
            return w + b.blockFormat().leftMargin() + b.blockFormat().rightMargin();
        };
        area.contentWidth = widest(block);
        while (block.next().isValid() && isCodeBlock(block.next())) {
            block = block.next();
            area.rect = area.rect.united(layout->blockBoundingRect(block));
            area.contentWidth = qMax(area.contentWidth, widest(block));
            lines << block.text();
        }
        area.rect.setBottom(area.rect.bottom() + block.blockFormat().bottomMargin());
        area.rect.setLeft(0);
        area.rect.setRight(width);
        area.text = lines.join(QLatin1Char('\n'));
        entry.codeBlocks << area;
    }
}
