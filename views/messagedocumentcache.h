#pragma once

#include <QCache>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>

class QFont;
class QTextDocument;

// How a piece of message text is turned into a document.
enum class TextKind {
    Markdown, // assistant replies
    Plain, // what the user typed, shown as typed
    Reasoning, // "thinking" text: plain, muted
};

// A fenced or indented code block inside a rendered document (document coordinates).
struct CodeBlockArea
{
    QRectF rect;
    QString text;
    QString language; // from the fence, e.g. "cpp"; may be empty
};

// One laid-out document and what the delegate needs to hit-test it.
struct RenderedText
{
    std::unique_ptr<QTextDocument> doc;
    QList<CodeBlockArea> codeBlocks;
    QSizeF size;
    int width = -1;
    size_t hash = 0;
    RenderedText();
    ~RenderedText();
};

// Laid-out QTextDocuments per (message id, part), reused while the text and width stay the same.
//
// Parsing markdown and laying it out is the expensive part of painting a transcript, and the
// view asks for the size of every loaded row on each relayout. Sizes are kept for every row
// (a few bytes each); documents only for the most recently used rows. A streaming reply changes
// its text hash, so only that row is rendered again.
class MessageDocumentCache
{
public:
    explicit MessageDocumentCache(int maxDocuments = 400);

    // The document for `text`, laid out at `width`. Valid until the next call.
    const RenderedText &render(
        qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font);
    // Size only; renders if the size for this text and width is not known yet.
    QSizeF size(qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font);
    // Colours and fonts are baked into documents: drop everything when they change.
    void clear();
    int documentCount() const { return m_docs.count(); }

private:
    struct SizeEntry
    {
        int width = -1;
        size_t hash = 0;
        QSizeF size;
    };
    using Key = QPair<qint64, int>;

    void build(RenderedText &entry, const QString &text, TextKind kind, const QFont &font) const;
    static void layout(RenderedText &entry, int width);

    QCache<Key, RenderedText> m_docs;
    QHash<Key, SizeEntry> m_sizes;
};
