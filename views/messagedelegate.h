#pragma once

#include "views/messagedocumentcache.h"
#include "views/messagegeometry.h"

#include <QHash>
#include <QSet>
#include <QStyledItemDelegate>
#include <QUrl>

class AttachmentTiles;

// Paints one transcript row: who/when/state, markdown body with code boxes and Copy buttons,
// collapsible thinking text, error box with Retry, alternatives ‹ 2/3 ›, hover actions and
// the "context starts here" marker. Also the inline editor for editing a user message.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // Persistent editors, two kinds: inline editing of a user message (MessageEditor, the row
    // of editingId()) and in-place text selection (MessageSelector, the row of selectingId(),
    // opened by ChatView). The model itself is read-only here.
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditingId(qint64 messageId)
    {
        m_editingId = messageId;
        ++m_sizeGeneration;
    }
    qint64 editingId() const { return m_editingId; }
    // The row whose text a MessageSelector shows (the delegate then paints all of it but the text).
    void setSelectingId(qint64 messageId) { m_selectingId = messageId; }
    qint64 selectingId() const { return m_selectingId; }

    // What the chat says under a reply: cut off at the length limit, part of the history
    // dropped by the server; empty if nothing.
    static QString noticeText(const QModelIndex &index);

    // Draws the files' thumbnails (set by ChatPane, which has the store); without it, tiles show the type.
    void setAttachmentTiles(AttachmentTiles *tiles) { m_tiles = tiles; }

    void setAnimationPhase(int phase) { m_phase = phase; }
    // The reply being streamed: its markdown is re-parsed at most every `intervalMs` (the cached
    // document is painted in between); 0 ends that, and the next paint renders the final text.
    void setStreamingId(qint64 messageId, int intervalMs = 100)
    {
        m_cache.setThrottled(messageId, intervalMs);
    }
    // A row drawn highlighted (a search hit just opened); 0: none.
    void setHighlightId(qint64 messageId) { m_highlightId = messageId; }
    qint64 highlightId() const { return m_highlightId; }
    bool isThinkingExpanded(qint64 messageId) const { return m_expanded.contains(messageId); }
    void setThinkingExpanded(qint64 messageId, bool expanded);

    // For the view: geometry of a row, and whether `pos` is over something clickable.
    MessageGeometry geometry(
        const QStyleOptionViewItem &option, const QModelIndex &index, bool hovered) const;
    bool isClickable(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    QString anchorAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;
    // `pos` is on the text of a finished message, off its buttons and links: a press there starts
    // selecting text.
    bool isSelectableAt(
        const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const;

    // Keyboard use: the current row of a focused transcript (`messageId`, 0: none) shows all
    // its buttons and a focus frame, and `action` (an index into actions(), -1: the row
    // itself) is framed as the button Enter presses.
    void setKeyboardFocus(qint64 messageId, int action)
    {
        m_keyboardId = messageId;
        m_keyboardAction = action;
    }
    qint64 keyboardId() const { return m_keyboardId; }
    int keyboardAction() const { return m_keyboardAction; }
    // Everything a row offers, in reading order (thinking, code Copy buttons, retry, ‹ ›, Copy,
    // Edit or Regenerate): what the keyboard walks through and what assistive tools list.
    QList<MessageGeometry::ButtonArea> actions(
        const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The name a screen reader says for an action ("Copy message", "Next alternative"...).
    QString actionName(const MessageGeometry::ButtonArea &area, const QModelIndex &index) const;
    // Does what clicking action `action` of actions() does; false if there is no such action.
    bool activateAction(const QStyleOptionViewItem &option, const QModelIndex &index, int action);

    // Code lines do not wrap: a block wider than the bubble scrolls sideways. Scrolls the code
    // block under `pos` by `dx` pixels (clamped); false if there is none there that overflows.
    bool scrollCode(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos, int dx);
    // The same for code block `block` of the row (the keyboard's Shift+Left/Right).
    bool scrollCodeBlock(const QStyleOptionViewItem &option, const QModelIndex &index, int block, int dx);
    int codeScroll(qint64 messageId, int block) const { return m_codeScroll.value({messageId, block}); }

    // Drop cached documents (palette, font or style changed).
    void clearCache()
    {
        m_cache.clear();
        m_rowSizes.clear();
        m_laidOut.clear();
        m_estimates.clear();
    }
    int cachedDocuments() const { return m_cache.documentCount(); }
    const MessageDocumentCache &documentCache() const { return m_cache; }
    // Rows whose data changed (or all, after a reset) are measured again.
    void forgetRowSize(qint64 messageId)
    {
        m_rowSizes.remove(messageId);
        m_estimates.remove(messageId);
    }
    void forgetRowSizes()
    {
        m_rowSizes.clear();
        m_laidOut.clear();
        m_estimates.clear();
    }
    // The view lays rows out between these calls: the heights given then are remembered.
    void setLayingOut(bool on) { m_layingOut = on; }
    // While on, a row not measured yet gets an estimated size (no document is made for it):
    // the view measures the rows it shows first, and the others when they come into view.
    void setEstimating(bool on) { m_estimating = on; }
    // The row has an estimated height (sizeHint() keeps giving it until measure()).
    bool isEstimated(qint64 messageId) const { return m_estimates.contains(messageId); }
    bool hasEstimates() const { return !m_estimates.isEmpty(); }
    // The row's real size, which sizeHint() then gives.
    QSize measure(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The height the view's last layout gave row `messageId`, -1 if none: a row whose size now
    // differs needs the layout redone.
    int laidOutHeight(qint64 messageId) const { return m_laidOut.value(messageId, -1); }
    // How many times a row's size was asked for (for tests and benchmarks).
    int sizeHintCount() const { return m_sizeHints; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

Q_SIGNALS:
    void copyRequested(const QModelIndex &index);
    void regenerateRequested(const QModelIndex &index);
    void editRequested(const QModelIndex &index);
    void siblingRequested(const QModelIndex &index, int delta);
    void retryRequested(const QModelIndex &index);
    void continueRequested(const QModelIndex &index);
    void codeCopied(const QString &code);
    // A file's tile was clicked: `attachment` is its index in TranscriptModel::AttachmentsRole.
    void attachmentActivated(const QModelIndex &index, int attachment);
    void linkActivated(const QUrl &url);
    void editAccepted(const QModelIndex &index, const QString &text);
    void editCancelled(const QModelIndex &index);

private:
    int contentWidth(const QStyleOptionViewItem &option) const;
    QFont smallFont(const QFont &font) const;
    void paintBody(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const MessageGeometry &geo) const;
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const MessageGeometry &geo) const;
    void paintFooter(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const MessageGeometry &geo) const;
    void paintMarker(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const QRect &rect) const;
    void paintButton(
        QPainter *painter, const QStyleOptionViewItem &option, const MessageGeometry::ButtonArea &area) const;
    void paintKeyboardFocus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
        const MessageGeometry &geo) const;
    QString codeText(const QStyleOptionViewItem &option, const QModelIndex &index, const MessageGeometry &geo,
        int block) const;
    void activate(const MessageGeometry::ButtonArea &area, const QModelIndex &index, const QString &code);

    mutable MessageDocumentCache m_cache;
    // Row sizes by message id: a relayout (a streaming reply grew a line) asks every loaded row,
    // and working a row's geometry out again is what made that slow. An entry holds while the
    // width, the row's text lengths and state, and everything else that moves rows (marker,
    // thinking expanded, editor: m_sizeGeneration) stay the same.
    struct RowSize
    {
        int width = -1;
        quint64 generation = 0;
        qsizetype content = -1;
        qsizetype reasoning = -1;
        int state = -1;
        qsizetype error = -1;
        int marker = -1; // TranscriptModel::ContextMarkerRole
        int notice = -1; // truncated, cut at the length limit
        QSize size;
        bool operator==(const RowSize &other) const
        {
            return width == other.width && generation == other.generation && content == other.content
                && reasoning == other.reasoning && state == other.state && error == other.error
                && marker == other.marker && notice == other.notice;
        }
    };
    mutable QHash<qint64, RowSize> m_rowSizes;
    mutable int m_sizeHints = 0;
    bool m_layingOut = false;
    mutable QHash<qint64, int> m_laidOut; // see laidOutHeight()
    bool m_estimating = false;
    mutable bool m_estimateBody = false; // geometry() guesses the text's height
    mutable bool m_sizeOnly = false; // geometry() for sizeHint(): the row's size is all it needs
    mutable bool m_measuring = false; // in measure()
    mutable QHash<qint64, RowSize> m_estimates; // see isEstimated()
    quint64 m_sizeGeneration = 0;
    QSet<qint64> m_expanded;
    QHash<QPair<qint64, int>, int> m_codeScroll; // (message id, code block) -> pixels scrolled
    qint64 m_editingId = 0;
    qint64 m_selectingId = 0;
    qint64 m_highlightId = 0;
    AttachmentTiles *m_tiles = nullptr; // shows or hides a document's text
    qint64 m_keyboardId = 0;
    int m_keyboardAction = -1;
    int m_phase = 0;
};
