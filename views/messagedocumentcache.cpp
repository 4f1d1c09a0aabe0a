#include "views/messagedocumentcache.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetrics>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

size_t contentHash(const QString &text, TextKind kind)
{
    return qHashMulti(0, text, static_cast<int>(kind));
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

void MessageDocumentCache::setThrottled(qint64 id, int intervalMs)
{
    m_throttledId = id;
    m_throttleMs = intervalMs;
}

bool MessageDocumentCache::keepStale(const Key &key, const RenderedText *entry, size_t hash) const
{
    if (!entry || entry->hash == hash || key.first != m_throttledId || m_throttledId == 0)
        return false;
    return entry->built.isValid() && entry->built.elapsed() < m_throttleMs;
}

std::shared_ptr<const RenderedText> MessageDocumentCache::render(
    qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font)
{
    const Key key(id, part);
    const size_t hash = contentHash(text, kind);
    const Entry *cached = m_docs.object(key);
    Entry entry = cached ? *cached : nullptr;
    if (keepStale(key, entry.get(), hash)) {
        // Streaming: paint what was parsed less than an interval ago (re-wrapped if the width changed).
        return entry->width == width ? entry : laidOut(key, entry, width);
    }
    if (!entry || entry->hash != hash) {
        entry = std::make_shared<RenderedText>();
        entry->hash = hash;
        build(*entry, text, kind, font);
        m_docs.insert(key, new Entry(entry));
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
    copy->doc.reset(entry->doc->clone());
    layout(*copy, width);
    m_docs.insert(key, new Entry(copy));
    return copy;
}

QSizeF MessageDocumentCache::size(
    qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font)
{
    const Key key(id, part);
    const size_t hash = contentHash(text, kind);
    const auto it = m_sizes.constFind(key);
    if (it != m_sizes.constEnd() && it->width == width && it->hash == hash)
        return it->size;
    return render(id, part, text, kind, width, font)->size;
}

void MessageDocumentCache::build(RenderedText &entry, const QString &text, TextKind kind, const QFont &font)
{
    ++m_builds;
    entry.built.start();
    entry.doc = createDocument(text, kind, font);
}

std::unique_ptr<QTextDocument> MessageDocumentCache::createDocument(
    const QString &text, TextKind kind, const QFont &font)
{
    auto document = std::make_unique<QTextDocument>();
    QTextDocument *doc = document.get();
    doc->setDocumentMargin(0);
    QFont docFont = font;
    if (kind == TextKind::Reasoning)
        docFont.setItalic(true);
    doc->setDefaultFont(docFont);
    doc->setUndoRedoEnabled(false);
    if (kind != TextKind::Markdown) {
        doc->setPlainText(text);
        return document;
    }
    doc->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);

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
        while (block.next().isValid() && isCodeBlock(block.next())) {
            block = block.next();
            area.rect = area.rect.united(layout->blockBoundingRect(block));
            lines << block.text();
        }
        area.rect.setBottom(area.rect.bottom() + block.blockFormat().bottomMargin());
        area.rect.setLeft(0);
        area.rect.setRight(width);
        area.text = lines.join(QLatin1Char('\n'));
        entry.codeBlocks << area;
    }
}
