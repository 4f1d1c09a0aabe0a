#pragma once

#include "views/messagegeometry.h"
#include "views/placeholderlistview.h"

#include <QPointer>
#include <QTimer>

class CodeHighlighter;
class MessageDelegate;
class MessageSelector;
class TranscriptViewProxy;

// The transcript: a QListView with variable-height rows drawn by MessageDelegate.
//
// Scrolling to the top pages in older rows (prepended) and keeps the row that was on screen in
// place; while the user is at the bottom, new rows and a growing reply keep it at the bottom.
//
// Pressing on a finished message's text opens a MessageSelector over it (a persistent editor)
// and hands it the press, so dragging selects text at once; it closes on Esc, on a click
// elsewhere, on focus loss without a selection, when the row scrolls out or its text changes.
class ChatView : public PlaceholderListView
{
    Q_OBJECT
public:
    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    void setTranscript(TranscriptViewProxy *proxy);
    TranscriptViewProxy *transcript() const { return m_proxy; }
    MessageDelegate *messageDelegate() const { return m_delegate; }

    bool isAtBottom() const { return m_stickToBottom; }
    // Rows near the view are still to be measured when idle (see measureWhenIdle()).
    bool isMeasuring() const { return m_idlePending || m_idleMeasure.isActive(); }
    // Scrolls to the newest row and follows new text again.
    void followBottom();
    // The row being streamed into (animated badge; its markdown re-laid out at most every
    // StreamRenderIntervalMs); 0 when none, which renders the final text exactly.
    void setStreamingId(qint64 messageId);
    static constexpr int StreamRenderIntervalMs = 100;
    // Scrolls `row` to the middle of the view (no longer following the bottom) and, with
    // `highlight`, tints it for HighlightMs.
    void showRow(int row, bool highlight = true);
    static constexpr int HighlightMs = 2000;
    // A change to more rows than this is taken as one to all of them: the view is repainted
    // (and, for a height, laid out) whole rather than row by row.
    static constexpr int RowsRepaintedOneByOne = 50;
    // Re-measures every row (context marker moved, thinking toggled...).
    void relayout() { scheduleDelayedItemsLayout(); }
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    void doItemsLayout() override;

    // Keyboard use (Tab reaches the transcript): Up/Down/Home/End choose the current message,
    // Left/Right its buttons (see MessageDelegate::actions(); -1 is the message itself), Enter or
    // Space presses the button, Ctrl+C copies the message, Menu opens its context menu.
    int keyboardAction() const { return m_keyboardAction; }
    QList<MessageGeometry::ButtonArea> rowActions(int row) const;
    QString rowActionName(int row, int action) const;
    bool activateAction(int row, int action);

    // In-place text selection of one row (see above); nullptr / invalid when none is open.
    MessageSelector *selector() const;
    QModelIndex selectorIndex() const { return m_selectorIndex; }
    bool openSelector(const QModelIndex &index);
    void closeSelector();

protected:
    void dataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onScrolled(int value);
    void onRangeChanged(int min, int max);
    void captureAnchor();
    void restoreAnchor();
    void fetchOlder();
    void measureDirtyRows();
    // Lazy measuring (MessageDelegate::setEstimating()): the rows a layout shows are measured
    // before it, the ones that scroll into view after it, the rest a few at a time when idle.
    void measureRowsToShow();
    bool measureRows(int first, int downPixels, int upPixels);
    // `direction`: 1 scrolling down, -1 up, 0 neither.
    bool measureVisibleRows(int direction);
    void measureWhenIdle();
    void holdHighlighter();
    void releaseHighlighter();
    void relayoutKeepingView();
    qint64 idAt(int row) const;
    // The row reached from `from`, going `step` (1 down, -1 up), once the heights of the rows
    // passed (the last layout's, `from` included) exceed `pixels`; the first or last row at most.
    int rowPast(int from, int step, int pixels) const;
    bool scrolledToBottom() const;
    // Sends a mouse event of the viewport on to the selector (the press that opened it, and the
    // drag and release that follow it, which Qt keeps delivering to the viewport).
    void forwardToSelector(QMouseEvent *event);
    bool sendToDelegate(QMouseEvent *event, const QModelIndex &index);
    void setKeyboardAction(int action);
    void updateKeyboardFocus();

    TranscriptViewProxy *m_proxy = nullptr;
    MessageDelegate *m_delegate;
    bool m_stickToBottom = true;
    bool m_adjusting = false; // our own scrollbar moves are not the user's
    qint64 m_anchorId = 0; // row kept in place while older rows are prepended
    int m_anchorOffset = 0;
    qint64 m_streamingId = 0;
    int m_phase = 0;
    QTimer m_animation;
    // Repaints the streaming row once its throttled document may be rebuilt, so the last text
    // shows even when no further delta comes.
    QTimer m_streamRefresh;
    QTimer m_highlightTimer;
    // Rows whose text changed: measured together a little later, so a reply streaming into a
    // long transcript does not re-measure (and re-lay out) on every delta.
    QList<QPersistentModelIndex> m_dirtyRows;
    QTimer m_measureTimer;
    QTimer m_idleMeasure;
    bool m_idleChanged = false; // an idle measurement differed from the layout's estimate
    bool m_idlePending = false; // start m_idleMeasure after the next paint
    bool m_fixingUp = false;
    QPointer<CodeHighlighter> m_heldHighlighter; // from the first layout to the first paint
    bool m_painted = false;
    QPersistentModelIndex m_selectorIndex;
    bool m_forwarding = false; // a press opened the selector; its drag goes there until released
    int m_keyboardAction = -1;
};
