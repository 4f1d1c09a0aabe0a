#include "views/chatview.h"

#include "models/transcriptmodel.h"
#include "views/chatviewaccessible.h"
#include "views/codehighlighter.h"
#include "views/linkopener.h"
#include "views/messagedelegate.h"
#include "views/messageselector.h"
#include "views/transcriptviewproxy.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QWheelEvent>
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
    setFocusPolicy(Qt::StrongFocus);
    ChatViewAccessible::installFactory();
    ChatViewAccessible::replaceCached(this);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ChatView::onScrolled);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ChatView::onRangeChanged);
    connect(m_delegate, &MessageDelegate::linkActivated, this,
        [this](const QUrl &url) { LinkOpener::open(url, this); });

    m_measureTimer.setSingleShot(true);
    m_measureTimer.setInterval(120);
    connect(&m_measureTimer, &QTimer::timeout, this, &ChatView::measureDirtyRows);

    m_idleMeasure.setSingleShot(true);
    m_idleMeasure.setInterval(0);
    connect(&m_idleMeasure, &QTimer::timeout, this, &ChatView::measureWhenIdle);

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

ChatView::~ChatView()
{
    // An open selector loses the focus while QWidget's destructor hides the view, and its
    // dismissed() would call closeSelector() on what is left of this view.
    if (MessageSelector *open = selector())
        disconnect(open, nullptr, this, nullptr);
    releaseHighlighter();
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
    // Measure the rows around it first, so it lands in the middle of the view.
    const int height = viewport()->height();
    if (measureRows(row, height, height))
        doItemsLayout();
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
    const bool lazy = m_proxy && m_proxy->rowCount() > 0;
    // Not shown yet (the window is being built): its width is not known, so nothing is measured.
    const bool shown = isVisible();
    if (shown)
        holdHighlighter(); // QAbstractItemView lays out on its Show event, before showEvent()
    if (lazy && shown)
        measureRowsToShow();
    m_delegate->setLayingOut(true);
    m_delegate->setEstimating(lazy);
    QListView::doItemsLayout();
    m_delegate->setEstimating(false);
    m_delegate->setLayingOut(false);
    m_adjusting = false;
    if (m_anchorId)
        restoreAnchor();
    else if (m_stickToBottom)
        followBottom();
    // A width the rows were not measured at (the scroll bar came or went): what is shown now
    // was estimated; measure it and lay out again. Measured rows stay measured, so this ends.
    if (lazy && shown && !m_fixingUp) {
        const QScopedValueRollback<bool> fixing(m_fixingUp, true);
        for (int pass = 0; pass < 3 && measureVisibleRows(0); ++pass)
            relayoutKeepingView();
    }
    // The rest once the view has been painted, so the first paint does not wait for them.
    m_idlePending = shown && m_delegate->hasEstimates();
    // Too few rows to scroll: there is no top to reach, so fill the view with older rows now.
    if (lazy && shown && contentsSize().height() < viewport()->height() && m_proxy->canFetchOlder())
        QMetaObject::invokeMethod(this, &ChatView::fetchOlder, Qt::QueuedConnection);
}

bool ChatView::scrolledToBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - BottomSlack;
}

qint64 ChatView::idAt(int row) const
{
    return m_proxy->transcript()->messageAt(row).id;
}

int ChatView::rowPast(int from, int step, int pixels) const
{
    const auto height = [this](int row) { return qMax(0, m_delegate->laidOutHeight(idAt(row))); };
    const int last = m_proxy->rowCount() - 1;
    int row = qBound(0, from, last);
    int y = height(row);
    while (y <= pixels && row + step >= 0 && row + step <= last) {
        row += step;
        y += height(row);
    }
    return row;
}

void ChatView::measureRowsToShow()
{
    const int rows = m_proxy->rowCount();
    const int height = qMax(1, viewport()->height());
    if (m_stickToBottom && !m_anchorId) {
        // A screen and the row above it: enough to fill the view, so whether the scroll bar
        // shows never depends on an estimate (a chat that fits is measured whole).
        measureRows(rows - 1, 0, height);
        return;
    }
    int first = m_anchorId ? m_proxy->transcript()->rowOfId(m_anchorId) : -1;
    if (first < 0) // where the scroll bar is, by the heights the last layout gave the rows
        first = rowPast(0, 1, verticalScrollBar()->value());
    measureRows(first, 2 * height, height);
}

bool ChatView::measureRows(int first, int downPixels, int upPixels)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    bool changed = false;
    const auto measure = [&](int row) {
        const qint64 id = idAt(row);
        const int before = m_delegate->laidOutHeight(id);
        const bool guessed = m_delegate->isEstimated(id);
        const int height = m_delegate->measure(option, m_proxy->index(row, 0)).height();
        changed = changed || (guessed && height != before);
        return height;
    };
    const int rows = m_proxy->rowCount();
    for (int row = first, y = 0; row >= 0 && row < rows && y <= downPixels; ++row)
        y += measure(row);
    for (int row = first - 1, y = 0; row >= 0 && row < rows && y <= upPixels; --row)
        y += measure(row);
    return changed;
}

bool ChatView::measureVisibleRows(int direction)
{
    if (!m_proxy || m_proxy->rowCount() == 0 || !m_delegate->hasEstimates())
        return false;
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 0));
    const int first = top.isValid() ? top.row() : 0;
    const int height = viewport()->height();
    bool shownEstimated = false;
    const int last = rowPast(first, 1, height - 1);
    for (int row = first; row <= last && !shownEstimated; ++row)
        shownEstimated = m_delegate->isEstimated(idAt(row));
    if (!shownEstimated)
        return false;
    // Two screens more the way the view scrolls (each such fix lays every loaded row out
    // again, so fewer, larger ones), half a screen the other way.
    const int ahead = height + 2 * height;
    const int behind = height / 2;
    if (direction > 0)
        return measureRows(first, ahead, behind);
    if (direction < 0)
        return measureRows(first, height + behind, 2 * height);
    return measureRows(first, height + behind, behind);
}

void ChatView::measureWhenIdle()
{
    if (!m_proxy || m_proxy->rowCount() == 0)
        return;
    // Three screens above and below the view: farther rows wait until they are scrolled to, so
    // a long history paged in is not measured whole while the user reads or a reply streams.
    const int screens = 3 * viewport()->height();
    const QModelIndex top = indexAt(QPoint(viewport()->width() / 2, 0));
    const int shown = top.isValid() ? top.row() : m_proxy->rowCount() - 1;
    const int from = shown > 0 ? rowPast(shown - 1, -1, screens - 1) : 0;
    const int to = qMin(m_proxy->rowCount() - 1, rowPast(shown, 1, screens + viewport()->height() - 1) + 1);
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    QElapsedTimer budget;
    budget.start();
    // Nearest the bottom first, two milliseconds at a time, so typing and a streaming reply
    // stay smooth.
    bool more = false;
    for (int row = to; row >= from; --row) {
        const qint64 id = idAt(row);
        if (!m_delegate->isEstimated(id))
            continue;
        if (budget.elapsed() >= 2) {
            more = true;
            break;
        }
        const int before = m_delegate->laidOutHeight(id);
        m_idleChanged
            = m_delegate->measure(option, m_proxy->index(row, 0)).height() != before || m_idleChanged;
    }
    if (more) {
        m_idleMeasure.start();
        return;
    }
    if (std::exchange(m_idleChanged, false))
        relayoutKeepingView();
}

void ChatView::relayoutKeepingView()
{
    if (!m_stickToBottom && !m_anchorId)
        captureAnchor();
    doItemsLayout();
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
    // Not QListView::dataChanged(): in list mode it schedules a layout of every loaded row on
    // each call, so each delta of a reply streaming into a long transcript measured them all.
    // The base class repaints the row; the rows whose text changed are collected here and
    // measured at most every m_measureTimer interval, and the layout is redone only if a height
    // really changed.
    // For a range, QAbstractItemView asks every row's rectangle to repaint their union: a
    // reply's end changes the in-context flag of all loaded rows, and 10,000 of them took 12 ms.
    // Past a screen of rows, repaint what is shown (with accessibility on, the base class is
    // needed to tell it).
    if (bottomRight.row() - topLeft.row() > RowsRepaintedOneByOne && !QAccessible::isActive())
        viewport()->update();
    else
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
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
    if (bottomRight.row() - topLeft.row() > RowsRepaintedOneByOne) {
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
    // A row that ended or was replaced (all roles): laid out at once, as QListView would, so
    // its new parts (an error box and its Retry button) are where they are drawn.
    if (roles.isEmpty()) {
        scheduleDelayedItemsLayout();
        return;
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
        // visualRect() would say the new height: list mode asks the delegate for it on each call.
        const int before = m_delegate->laidOutHeight(index.data(TranscriptModel::IdRole).toLongLong());
        const int after = m_delegate->measure(optionFor(index), index).height();
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
    // Rows scrolled into view with an estimated height: measure them, and lay out again keeping
    // the row at the top where it is.
    // dy < 0: the content moves up, rows below come into view.
    if (!m_fixingUp && !m_adjusting && measureVisibleRows(dy < 0 ? 1 : dy > 0 ? -1 : 0)) {
        const QScopedValueRollback<bool> fixing(m_fixingUp, true);
        // Before onScrolled() has heard of this scroll: a user's scroll away from the bottom.
        m_stickToBottom = scrolledToBottom();
        relayoutKeepingView();
        viewport()->update();
    }
    if (m_selectorIndex.isValid() && !visualRect(m_selectorIndex).intersects(viewport()->rect()))
        closeSelector();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    const bool stick = m_stickToBottom;
    QListView::resizeEvent(event);
    m_stickToBottom = stick;
}

void ChatView::paintEvent(QPaintEvent *event)
{
    PlaceholderListView::paintEvent(event);
    if (std::exchange(m_idlePending, false) && !m_idleMeasure.isActive())
        m_idleMeasure.start();
    m_painted = true;
    // The rest of the window is painted in this same pass: let highlight.js load after it.
    if (CodeHighlighter *held = std::exchange(m_heldHighlighter, nullptr))
        QTimer::singleShot(0, held, &CodeHighlighter::release);
}

void ChatView::showEvent(QShowEvent *event)
{
    PlaceholderListView::showEvent(event);
    // Laid out while hidden, every row was estimated: measure what is shown before it is painted.
    if (m_delegate->hasEstimates())
        doItemsLayout();
}

void ChatView::hideEvent(QHideEvent *event)
{
    PlaceholderListView::hideEvent(event);
    releaseHighlighter(); // hidden before it was painted: nothing to wait for
}

void ChatView::holdHighlighter()
{
    if (!m_painted && !m_heldHighlighter) {
        m_heldHighlighter = CodeHighlighter::instance();
        m_heldHighlighter->hold();
    }
}

void ChatView::releaseHighlighter()
{
    // The one held (at the app's end, instance() would make a new one).
    if (CodeHighlighter *held = std::exchange(m_heldHighlighter, nullptr))
        held->release();
}

void ChatView::onScrolled(int value)
{
    if (m_adjusting)
        return;
    m_stickToBottom = scrolledToBottom();
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

QList<MessageGeometry::ButtonArea> ChatView::rowActions(int row) const
{
    if (!m_proxy || row < 0 || row >= m_proxy->rowCount())
        return {};
    const QModelIndex index = m_proxy->index(row, 0);
    return m_delegate->actions(optionFor(index), index);
}

QString ChatView::rowActionName(int row, int action) const
{
    const QList<MessageGeometry::ButtonArea> all = rowActions(row);
    if (action < 0 || action >= all.size())
        return {};
    return m_delegate->actionName(all.at(action), m_proxy->index(row, 0));
}

bool ChatView::activateAction(int row, int action)
{
    if (!m_proxy || row < 0 || row >= m_proxy->rowCount())
        return false;
    const QModelIndex index = m_proxy->index(row, 0);
    return m_delegate->activateAction(optionFor(index), index, action);
}

void ChatView::setKeyboardAction(int action)
{
    m_keyboardAction = action;
    updateKeyboardFocus();
}

void ChatView::updateKeyboardFocus()
{
    const QModelIndex current = currentIndex();
    const qint64 id
        = hasFocus() && current.isValid() ? current.data(TranscriptModel::IdRole).toLongLong() : 0;
    const int count = current.isValid() ? int(rowActions(current.row()).size()) : 0;
    m_keyboardAction = qBound(-1, m_keyboardAction, count - 1);
    m_delegate->setKeyboardFocus(id, m_keyboardAction);
    viewport()->update();
    if (id && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(ChatViewAccessible::focusChildIndex(this));
        QAccessible::updateAccessibility(&event);
    }
}

void ChatView::focusInEvent(QFocusEvent *event)
{
    // The newest message is where a reader of a chat starts.
    if (m_proxy && !currentIndex().isValid() && m_proxy->rowCount() > 0)
        setCurrentIndex(m_proxy->index(m_proxy->rowCount() - 1, 0));
    PlaceholderListView::focusInEvent(event);
    updateKeyboardFocus();
}

void ChatView::focusOutEvent(QFocusEvent *event)
{
    PlaceholderListView::focusOutEvent(event);
    m_delegate->setKeyboardFocus(0, -1);
    viewport()->update();
}

void ChatView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    PlaceholderListView::currentChanged(current, previous);
    if (current.row() != previous.row() || !previous.isValid())
        m_keyboardAction = -1;
    updateKeyboardFocus();
}

void ChatView::keyPressEvent(QKeyEvent *event)
{
    const int rows = m_proxy ? m_proxy->rowCount() : 0;
    const QModelIndex current = currentIndex();
    const int row = current.isValid() ? current.row() : rows - 1;
    const auto moveTo = [this](int target) {
        const QModelIndex index = m_proxy->index(target, 0);
        setCurrentIndex(index);
        m_adjusting = true;
        scrollTo(index, EnsureVisible);
        m_adjusting = false;
        m_stickToBottom = target == m_proxy->rowCount() - 1;
    };
    if (rows == 0) {
        PlaceholderListView::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT m_delegate->copyRequested(m_proxy->index(row, 0));
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
        if (row == 0 && m_proxy->canFetchOlder()) {
            fetchOlder();
            moveTo(qMax(
                0, m_proxy->transcript()->rowOfId(current.data(TranscriptModel::IdRole).toLongLong()) - 1));
        } else {
            moveTo(qMax(0, row - 1));
        }
        return;
    case Qt::Key_Down:
        moveTo(qMin(rows - 1, row + 1));
        return;
    case Qt::Key_Home:
        moveTo(0);
        return;
    case Qt::Key_End:
        moveTo(rows - 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        // Shift+arrows on a code block's Copy button scroll that block sideways.
        const MessageGeometry::ButtonArea area = rowActions(row).value(m_keyboardAction);
        if (event->modifiers().testFlag(Qt::ShiftModifier)) {
            if (area.button == MessageGeometry::Button::CopyCode) {
                const QModelIndex index = m_proxy->index(row, 0);
                m_delegate->scrollCodeBlock(optionFor(index), index, area.codeBlock, step * 60);
                viewport()->update(visualRect(index));
            }
            return;
        }
        setKeyboardAction(qMax(-1, m_keyboardAction + step));
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_keyboardAction >= 0) {
            activateAction(row, m_keyboardAction);
            updateKeyboardFocus(); // the row may have changed (thinking shown, another alternative)
        }
        return;
    case Qt::Key_Menu:
        Q_EMIT customContextMenuRequested(visualRect(m_proxy->index(row, 0)).center());
        return;
    default:
        break;
    }
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        Q_EMIT customContextMenuRequested(visualRect(m_proxy->index(row, 0)).center());
        return;
    }
    PlaceholderListView::keyPressEvent(event);
}

void ChatView::wheelEvent(QWheelEvent *event)
{
    // Sideways (a horizontal wheel, or Shift with the vertical one) over a code block that is
    // wider than its box scrolls that block; anything else scrolls the transcript.
    const QPoint delta = event->angleDelta();
    const int sideways = delta.x() != 0                  ? delta.x()
        : event->modifiers().testFlag(Qt::ShiftModifier) ? delta.y()
                                                         : 0;
    const QPoint pos = event->position().toPoint();
    const QModelIndex index = indexAt(pos);
    if (sideways != 0 && index.isValid()
        && m_delegate->scrollCode(optionFor(index), index, pos, -sideways / 2)) {
        viewport()->update(visualRect(index));
        event->accept();
        return;
    }
    PlaceholderListView::wheelEvent(event);
}
