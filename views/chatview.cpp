#include "views/chatview.h"

#include "models/transcriptmodel.h"
#include "views/messagedelegate.h"
#include "views/transcriptviewproxy.h"

#include <QDesktopServices>
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
        [](const QUrl &url) { QDesktopServices::openUrl(url); });

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
    QListView::dataChanged(topLeft, bottomRight, roles);
    // QListView does not re-measure rows on dataChanged(). A growing reply needs it, but a full
    // relayout measures every loaded row, so changed rows are collected and measured at most
    // every m_measureTimer interval, and the layout is redone only if a height really changed.
    if (!roles.isEmpty() && !roles.contains(TranscriptModel::ContentRole)
        && !roles.contains(TranscriptModel::ReasoningRole) && !roles.contains(TranscriptModel::StateRole)
        && !roles.contains(TranscriptModel::ErrorRole))
        return;
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
    QListView::mouseMoveEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool clickable
        = index.isValid() && m_delegate->isClickable(optionFor(index), index, event->position().toPoint());
    if (clickable)
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void ChatView::changeEvent(QEvent *event)
{
    // Documents bake in fonts and link colours: re-render them for the new look.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange) {
        m_delegate->clearCache();
        scheduleDelayedItemsLayout();
    }
    QListView::changeEvent(event);
}
