#pragma once

#include <QCache>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>

class CodeHighlighter;
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
    // How wide its longest line is (code lines do not wrap): more than rect's width means the
    // block scrolls sideways (MessageDelegate::scrollCode).
    qreal contentWidth = 0;
};

// One laid-out document and what the delegate needs to hit-test it.
struct RenderedText
{
    std::unique_ptr<QTextDocument> doc;
    QList<CodeBlockArea> codeBlocks;
    QSizeF size;
    int width = -1;
    size_t hash = 0;
    QElapsedTimer built; // when the text was parsed (for the throttled, streaming row)
    bool plainFallback = false; // markdown too big to lay out as such: shown as plain text
    TextKind kind = TextKind::Plain;
    // Plain text cut for the transcript: where, and the hash of what is shown (-1: not cut).
    qsizetype shownLength = -1;
    size_t shownHash = 0;
    // Code blocks not coloured yet (CodeBlockColors): their spans had not arrived at the
    // highlighter's `highlightGeneration`, or the last one was still being streamed.
    int plainCode = 0;
    int highlightGeneration = -1;
    bool openCodeSkipped = false;
    RenderedText();
    ~RenderedText();
};

// Laid-out QTextDocuments per (message id, part), reused while the text and width stay the same.
//
// Parsing markdown and laying it out is the expensive part of painting a transcript, and the
// view asks for the size of every loaded row on each relayout. Sizes are kept for every row
// (a few bytes each); documents only for the most recently used rows. A streaming reply changes
// its text hash, so only that row is rendered again.
//
// A streaming reply changes with every delta, and parsing its whole (growing) markdown on each
// paint costs O(length) per delta. So one message can be throttled: its documents are rebuilt at
// most every `intervalMs`, and in between render() and size() answer with the last document
// (a little behind the text). Ending the throttle makes the next call render the text exactly.
//
// render() hands out shared ownership: a later call may rebuild or evict the entry (the throttle
// interval can run out between two calls of one paint), and the caller's document must outlive
// that. Never keep a plain reference to an entry across another call into the cache.
class MessageDocumentCache
{
public:
    explicit MessageDocumentCache(int maxDocuments = 400);

    // Throttles message `id` (0: none). Changing it drops the throttle of the previous one.
    void setThrottled(qint64 id, int intervalMs = 100);
    qint64 throttledId() const { return m_throttledId; }
    // How many times documents were parsed (for tests and benchmarks).
    int buildCount() const { return m_builds; }
    // The cached document for (id, part) as it is, without rendering; null if none.
    std::shared_ptr<const RenderedText> peek(qint64 id, int part) const
    {
        const Entry *entry = m_docs.object(Key(id, part));
        return entry ? *entry : nullptr;
    }

    // The document for `text`, laid out at `width`; the caller shares it with the cache.
    std::shared_ptr<const RenderedText> render(
        qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font);
    // Size only; renders if the size for this text and width is not known yet.
    QSizeF size(qint64 id, int part, const QString &text, TextKind kind, int width, const QFont &font);
    // A guess at size() without a document: lines of average characters wrapped at `width`, for
    // rows off screen (their real size is worked out when they come into view, or when idle).
    static QSizeF estimateSize(const QString &text, int width, const QFont &font);
    // Colours and fonts are baked into documents: drop everything when they change.
    void clear();
    // Code blocks of markdown documents are syntax-coloured with `highlighter` (none: plain),
    // in the light or dark colours that suit `palette` (a change of those drops everything).
    void setCodeHighlighter(CodeHighlighter *highlighter) { m_highlighter = highlighter; }
    void setCodePalette(const QPalette &palette);
    // A new document for `text`, built exactly as the cached ones are (not laid out yet): the
    // in-place selector (MessageSelector) shows this, so its text sits where the delegate draws it.
    // Model output is untrusted: documents are SafeTextDocuments (no resource loading) and
    // markdown is parsed without raw HTML. `maxPlainChars` < 0: plain text is never cut.
    static std::unique_ptr<QTextDocument> createDocument(
        const QString &text, TextKind kind, const QFont &font, qsizetype maxPlainChars = MaxShownChars);
    // createDocument() with the code blocks coloured as the cached documents are, by the spans
    // known now: the selector shows code in the colours the delegate drew it in.
    std::unique_ptr<QTextDocument> createColouredDocument(
        const QString &text, TextKind kind, const QFont &font) const;
    // One message must not freeze the window: markdown past these limits (a 16,000-row table
    // took 16 s to lay out; 63 KB of prose 0.2 s, 2,000 table cells 0.3 s) is shown as plain
    // text, and plain text in the transcript is cut after MaxShownChars or MaxShownLines
    // (300 KB of plain text still took 0.45 s) with a note that Copy and "Select text…" have
    // all of it. Each limit keeps one message's layout around 0.1 s on a slow machine.
    static constexpr qsizetype MaxMarkdownChars = 32 * 1024;
    static constexpr qsizetype MaxTableCells = 600; // counted as '|' characters
    static constexpr qsizetype MaxShownChars = 32 * 1024;
    static constexpr int MaxShownLines = 1000;
    static bool fitsMarkdownLimits(const QString &text);
    int documentCount() const { return m_docs.count(); }

private:
    struct SizeEntry
    {
        int width = -1;
        size_t hash = 0;
        QSizeF size;
    };
    using Key = QPair<qint64, int>;
    using Entry = std::shared_ptr<RenderedText>;

    void build(RenderedText &entry, const QString &text, TextKind kind, const QFont &font, qint64 id);
    // Colours the code blocks of `entry` that can be now (highlighting is a step of its own,
    // views/codeblockcolors.*: results arrive later, from another thread).
    void colourCode(RenderedText &entry, const QString &text, qint64 id);
    // Lays `entry` out at `width`: in place, unless someone else holds it (then the cache gets
    // a copy, so what they hold does not change under them).
    Entry laidOut(const Key &key, const Entry &entry, int width);
    static void layout(RenderedText &entry, int width);
    // The throttled message's cut plain text whose shown part did not change: `entry` with the
    // new count of hidden characters (a copy if someone else holds it); else `entry` as it is.
    Entry withNewNote(const Key &key, const Entry &entry, const QString &text, TextKind kind, size_t hash);
    // The throttled message's document is recent enough to be shown instead of rebuilding it.
    bool keepStale(const Key &key, const RenderedText *entry) const;

    QCache<Key, Entry> m_docs;
    QHash<Key, SizeEntry> m_sizes;
    qint64 m_throttledId = 0;
    int m_throttleMs = 100;
    int m_builds = 0;
    CodeHighlighter *m_highlighter = nullptr;
    bool m_darkCode = false;
};
