#include "views/chatview.h"

#include "models/transcriptmodel.h"
#include "views/linkopener.h"
#include "views/messagedelegate.h"
#include "views/messageselector.h"
#include "views/transcriptviewproxy.h"

#include <QCoreApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <utility>

namespace {
constexpr int BottomSlack = 24; // within this many pixels of the end counts as "at the bottom"
}

ChatView::ChatView(QWidget *parent)
    : PlaceholderListView(parent)
    , m_delegate(new MessageDelegate(this))
{
    setPlaceholderText(
        tr("Type a message below to start.\nEnter sends, Shift+Enter adds a line, Esc stops a reply."));
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setWordWrap(true);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setSelectionMode(NoSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    viewport()->setAttribute(Qt::WA_Hover);
    verticalScrollBar()->setSingleStep(24);
    setAccessibleName(tr("Conversation"));

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatView::onRangeChanged);
    connect(m_delegate, &MessageDelegate::linkActivated, this,
        [this](const QUrl &url) { LinkOpener::open(url, this); });

    m_measureTimer.setSingleShot(true);
    m_measureTimer.setInterval(120);
    connect(&m_measureTimer, &QTimer::timeout, this, &ChatView::measureDirtyRows);

    m_streamRefresh.setSingleShot(true);
    m_streamRefresh.setInterval(StreamRenderIntervalMs);
    connect(&m_streamRefresh, &QTimer::timeout, this, [this] {
        const int row = m_proxy ? m_proxy->transcript()->rowOfId(m_streamingId) : -1;
        if (row >= 0)
            viewport()->update(visualRect(m_proxy->index(row, 0)));
    });
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(HighlightMs);
    connect(&m_highlightTimer, &QTimer::timeout, this, [this] {
        m_delegate->setHighlightId(0);
        viewport()->update();
    });

    m_animation.setInterval(350);
    connect(&m_animation, &QTimer::timeout, this, [this] {
        m_delegate->setAnimationPhase(++m_phase);
        const int row = m_proxy ? m_proxy->transcript()->rowOfId(m_streamingId) : -1;
        if (row >= 0)
            viewport()->update(visualRect(m_proxy->index(row, 0)));
    });
}

void ChatView::setTranscript(TranscriptViewProxy *proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    // Anchor before rows are prepended (older page, or the ContextBuilder loading history).
    connect(
        proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex &, int start, int) {
            if (start == 0 && m_proxy->rowCount() > 0 && !m_stickToBottom)
                captureAnchor();
        });
    connect(proxy, &QAbstractItemModel::modelAboutToBeReset, this, &ChatView::closeSelector);
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_delegate->forgetRowSizes();
        m_anchorId = 0;
        followBottom();
    });
}

void ChatView::setStreamingId(qint64 messageId)
{
    const qint64 previous = m_streamingId;
    m_streamingId = messageId;
    m_delegate->setStreamingId(messageId, StreamRenderIntervalMs);
    if (messageId) {
        m_animation.start();
        return;
    }
    m_animation.stop();
    m_streamRefresh.stop();
    // The finished reply: measure and paint its final text (no longer throttled) now.
    const int row = m_proxy && previous ? m_proxy->transcript()->rowOfId(previous) : -1;
    if (row >= 0) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!m_dirtyRows.contains(index))
            m_dirtyRows << QPersistentModelIndex(index);
        if (!m_measureTimer.isActive())
            m_measureTimer.start();
        viewport()->update(visualRect(index));
    }
}

void ChatView::showRow(int row, bool highlight)
{
    if (!m_proxy || row < 0 || row >= m_proxy->rowCount())
        return;
    const QModelIndex index = m_proxy->index(row, 0);
    m_stickToBottom = false;
    m_anchorId = 0;
    executeDelayedItemsLayout();
    m_adjusting = true; // not a scroll by the user: no paging in of older rows from here
    scrollTo(index, PositionAtCenter);
    m_adjusting = false;
    if (highlight) {
        m_delegate->setHighlightId(index.data(TranscriptModel::IdRole).toLongLong());
        m_highlightTimer.start();
        viewport()->update();
    }
}

QStyleOptionViewItem ChatView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

void ChatView::followBottom()
{
    m_stickToBottom = true;
    m_adjusting = true;
    scrollToBottom();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_adjusting = false;
}

void ChatView::doItemsLayout()
{
    m_adjusting = true;
    QListView::doItemsLayout();
    m_adjusting = false;
    if (m_anchorId)
        restoreAnchor();
    else if (m_stickToBottom)
        followBottom();
    // Too few rows to scroll: there is no top to reach, so fill the view with older rows now.
    if (m_proxy && m_proxy->rowCount() > 0 && contentsSize().height() < viewport()->height()
        && m_proxy->canFetchOlder() && isVisible())
        QMetaObject::invokeMethod(this, &ChatView::fetchOlder, Qt::QueuedConnection);
}

void ChatView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The selector shows the text as it was: close it when that (or what is above it) changes.
    if (m_selectorIndex.isValid() && m_selectorIndex.row() >= topLeft.row()
        && m_selectorIndex.row() <= bottomRight.row()
        && (roles.isEmpty() || roles.contains(TranscriptModel::ContentRole)
            || roles.contains(TranscriptModel::ReasoningRole) || roles.contains(TranscriptModel::StateRole)
            || roles.contains(TranscriptModel::ErrorRole)))
        closeSelector();
    QListView::dataChanged(topLeft, bottomRight, roles);
    // QListView does not re-measure rows on dataChanged(). A growing reply needs it, but a full
    // relayout measures every loaded row, so changed rows are collected and measured at most
    // every m_measureTimer interval, and the layout is redone only if a height really changed.
    if (!roles.isEmpty() && !roles.contains(TranscriptModel::ContentRole)
        && !roles.contains(TranscriptModel::ReasoningRole) && !roles.contains(TranscriptModel::StateRole)
        && !roles.contains(TranscriptModel::ErrorRole) && !roles.contains(TranscriptModel::ContextMarkerRole)
        && !roles.contains(TranscriptModel::TruncatedRole))
        return;
    if (roles.contains(TranscriptModel::ContextMarkerRole)) {
        // The context marker moved: its rows change height, lay out now (not on the throttle).
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            m_delegate->forgetRowSize(model()->index(row, 0).data(TranscriptModel::IdRole).toLongLong());
        relayout();
        return;
    }
    if (bottomRight.row() - topLeft.row() > 50) {
        m_delegate->forgetRowSizes();
        scheduleDelayedItemsLayout();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QPersistentModelIndex index(model()->index(row, 0));
        if (!m_dirtyRows.contains(index))
            m_dirtyRows << index;
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        m_delegate->forgetRowSize(id);
        if (m_streamingId && id == m_streamingId && !m_streamRefresh.isActive())
            m_streamRefresh.start();
    }
    if (!m_measureTimer.isActive())
        m_measureTimer.start();
}

void ChatView::measureDirtyRows()
{
    const QList<QPersistentModelIndex> rows = std::exchange(m_dirtyRows, {});
    for (const QPersistentModelIndex &index : rows) {
        if (!index.isValid())
            continue;
        const int before = visualRect(index).height();
        const int after = m_delegate->sizeHint(optionFor(index), index).height();
        if (before != after) {
            scheduleDelayedItemsLayout();
            return;
        }
    }
}

void ChatView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    scheduleDelayedItemsLayout();
}

void ChatView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    if (m_selectorIndex.isValid() && m_selectorIndex.row() >= start && m_selectorIndex.row() <= end)
        closeSelector();
    QListView::rowsAboutToBeRemoved(parent, start, end);
}

MessageSelector *ChatView::selector() const
{
    return m_selectorIndex.isValid() ? qobject_cast<MessageSelector *>(indexWidget(m_selectorIndex))
                                     : nullptr;
}

bool ChatView::openSelector(const QModelIndex &index)
{
    closeSelector();
    if (!index.isValid() || index.model() != model())
        return false;
    executeDelayedItemsLayout(); // the selector goes where the row is now
    m_delegate->setSelectingId(index.data(TranscriptModel::IdRole).toLongLong());
    m_selectorIndex = index;
    openPersistentEditor(index);
    MessageSelector *opened = selector();
    if (!opened) {
        m_delegate->setSelectingId(0);
        m_selectorIndex = QPersistentModelIndex();
        return false;
    }
    connect(opened, &MessageSelector::dismissed, this, &ChatView::closeSelector);
    viewport()->update(visualRect(index));
    return true;
}

void ChatView::closeSelector()
{
    m_forwarding = false;
    m_delegate->setSelectingId(0);
    const QPersistentModelIndex index = std::exchange(m_selectorIndex, QPersistentModelIndex());
    if (!index.isValid())
        return;
    if (QWidget *editor = indexWidget(index)) {
        disconnect(editor, nullptr, this, nullptr);
        // Keep the focus in the transcript rather than let it wander off with the hidden editor.
        if (editor->hasFocus())
            setFocus(Qt::OtherFocusReason);
    }
    closePersistentEditor(index);
    viewport()->update(visualRect(index));
}

void ChatView::forwardToSelector(QMouseEvent *event)
{
    MessageSelector *target = selector();
    if (!target)
        return;
    const QPointF pos = target->viewport()->mapFrom(viewport(), event->position());
    QMouseEvent forwarded(event->type(), pos, event->scenePosition(), event->globalPosition(),
        event->button(), event->buttons(), event->modifiers(), event->pointingDevice());
    QCoreApplication::sendEvent(target->viewport(), &forwarded);
}

void ChatView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        PlaceholderListView::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const QStyleOptionViewItem option = optionFor(index);
    // A press that reaches the view is not on the open selector's text: a click elsewhere closes
    // it, unless it is on a button of the same row (the selection stays while that acts).
    if (m_selectorIndex.isValid()
        && !(index == m_selectorIndex && m_delegate->isClickable(option, index, pos)))
        closeSelector();
    if (m_selectorIndex.isValid() && index == m_selectorIndex && sendToDelegate(event, index))
        return;
    if (index.isValid() && m_delegate->isSelectableAt(option, index, pos) && openSelector(index)) {
        if (MessageSelector *opened = selector())
            opened->setFocus(Qt::MouseFocusReason);
        m_forwarding = true;
        forwardToSelector(event);
        event->accept();
        return;
    }
    PlaceholderListView::mousePressEvent(event);
}

void ChatView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_forwarding) {
        if (!event->buttons().testFlag(Qt::LeftButton))
            m_forwarding = false;
        forwardToSelector(event);
        event->accept();
        return;
    }
    if (m_selectorIndex.isValid() && event->button() == Qt::LeftButton
        && indexAt(event->position().toPoint()) == m_selectorIndex && sendToDelegate(event, m_selectorIndex))
        return;
    PlaceholderListView::mouseReleaseEvent(event);
}

bool ChatView::sendToDelegate(QMouseEvent *event, const QModelIndex &index)
{
    // QAbstractItemView gives a row that has an editor no events of its own (it focuses the
    // editor instead), so the selector's row would lose its buttons: pass them on here.
    if (!m_delegate->editorEvent(event, model(), optionFor(index), index))
        return false;
    event->accept();
    return true;
}

void ChatView::scrollContentsBy(int dx, int dy)
{
    PlaceholderListView::scrollContentsBy(dx, dy);
    if (m_selectorIndex.isValid() && !visualRect(m_selectorIndex).intersects(viewport()->rect()))
        closeSelector();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    const bool stick = m_stickToBottom;
    QListView::resizeEvent(event);
    m_stickToBottom = stick;
}

void ChatView::onScrolled(int value)
{
    if (m_adjusting)
        return;
    m_stickToBottom = value >= verticalScrollBar()->maximum() - BottomSlack;
    if (value == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0)
        fetchOlder();
}

void ChatView::onRangeChanged(int, int max)
{
    if (m_stickToBottom && !m_anchorId) {
        m_adjusting = true;
        verticalScrollBar()->setValue(max);
        m_adjusting = false;
    }
}

void ChatView::fetchOlder()
{
    if (!m_proxy || !m_proxy->canFetchOlder())
        return;
    if (!m_stickToBottom)
        captureAnchor();
    m_proxy->fetchOlder();
    // Lay out now so the anchor is restored before the next paint (no visible jump).
    executeDelayedItemsLayout();
}

void ChatView::captureAnchor()
{
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 1));
    if (!top.isValid())
        return;
    m_anchorId = top.data(TranscriptModel::IdRole).toLongLong();
    m_anchorOffset = visualRect(top).top();
}

void ChatView::restoreAnchor()
{
    const int row = m_proxy->transcript()->rowOfId(m_anchorId);
    m_anchorId = 0;
    if (row < 0)
        return;
    const int delta = visualRect(m_proxy->index(row, 0)).top() - m_anchorOffset;
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + delta);
    m_adjusting = false;
}

void ChatView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_forwarding) {
        if (event->buttons().testFlag(Qt::LeftButton)) {
            forwardToSelector(event);
            event->accept();
            return;
        }
        m_forwarding = false; // the release went elsewhere
    }
    QListView::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    const QStyleOptionViewItem option = optionFor(index);
    if (index.isValid() && m_delegate->isClickable(option, index, pos))
        viewport()->setCursor(Qt::PointingHandCursor);
    else if (index.isValid() && m_delegate->isSelectableAt(option, index, pos))
        viewport()->setCursor(Qt::IBeamCursor);
    else
        viewport()->unsetCursor();
}

void ChatView::changeEvent(QEvent *event)
{
    // Documents bake in fonts and link colours: re-render them for the new look.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        closeSelector(); // it has the old look too
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}
