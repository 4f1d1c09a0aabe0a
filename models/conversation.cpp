#include "models/conversation.h"

#include "models/contextsummary.h"
#include "storage/contextcache.h"
#include "storage/sessionstore.h"

#include <QScopedValueRollback>

Conversation::Conversation(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(250);
    connect(&m_flushTimer, &QTimer::timeout, this, &Conversation::persistPending);
    m_heartbeat.setInterval(SessionStore::StreamingStaleMs / 4);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
            if (it->state == MessageState::Streaming)
                m_store->touchMessage(it.key());
        }
    });
}

void Conversation::setFlushInterval(int ms)
{
    m_flushTimer.setInterval(ms);
}

void Conversation::setSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    m_contextStartId = 0;
    m_contextIds.clear();
    m_contextDropped = 0;
    m_contextOlderUnloaded = false;
    const auto info = sessionId ? m_store->session(sessionId) : std::nullopt;
    if (!info)
        m_sessionId = 0;
    loadBranch(info ? info->currentLeafId : 0, m_pageSize);
    m_shownLeaf.clear(); // another chat's
    Q_EMIT sessionChanged();
    Q_EMIT transcriptChanged();
}

void Conversation::loadBranch(qint64 leafId, int limit)
{
    // Remember where the user was on the branch shown so far (switchSibling() goes back there).
    for (const Message &shown : std::as_const(m_rows))
        m_shownLeaf.insert(shown.id, m_rows.last().id);
    // Views (and QAbstractItemModelTester) may ask for older rows from the reset signal itself.
    const QScopedValueRollback<bool> loading(m_loading, true);
    Q_EMIT aboutToReset();
    m_rows = m_store->branch(leafId, limit);
    // The database may lag a live reply by up to one flush interval.
    for (Message &row : m_rows) {
        const auto live = m_live.constFind(row.id);
        if (live != m_live.constEnd()) {
            row.content = live->content;
            row.reasoning = live->reasoning;
            row.state = live->state;
        }
    }
    Q_EMIT reset();
}

void Conversation::reload()
{
    if (!m_sessionId)
        return;
    const auto info = m_store->session(m_sessionId);
    // A server that cannot be reached says nothing about the chat: it stays open as it was.
    if (!info && m_store->isConnectionLost())
        return;
    if (!info || info->deleted) {
        setSession(0);
        return;
    }
    // Same leaf, unchanged since we loaded it (or written by us right now): nothing to do.
    const qint64 leaf = info->currentLeafId;
    if (!m_rows.isEmpty() && leaf == m_rows.last().id) {
        if (m_live.contains(leaf))
            return;
        const auto stored = m_store->message(leaf);
        if (stored && stored->updatedAt == m_rows.last().updatedAt && stored->state == m_rows.last().state)
            return;
    }
    loadBranch(leaf, qMax(m_pageSize, int(m_rows.size())));
    Q_EMIT transcriptChanged();
}

bool Conversation::canLoadOlder() const
{
    return !m_loading && !m_rows.isEmpty() && m_rows.first().parentId != 0;
}

void Conversation::loadOlder()
{
    if (!canLoadOlder())
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    const QList<Message> older = m_store->branch(m_rows.first().parentId, m_pageSize);
    if (!older.isEmpty()) {
        Q_EMIT aboutToPrepend(int(older.size()));
        m_rows = older + m_rows;
        Q_EMIT prepended();
    }
}

int Conversation::rowOfId(qint64 messageId) const
{
    // Recent rows are the ones asked about (streaming, actions): search from the end.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).id == messageId)
            return row;
    }
    return -1;
}

Message Conversation::newMessage(const QString &role, qint64 parentId) const
{
    Message m;
    m.sessionId = m_sessionId;
    m.parentId = parentId;
    m.role = role;
    m.createdAt = m.updatedAt = QDateTime::currentDateTimeUtc();
    return m;
}

void Conversation::appendRow(const Message &message)
{
    Message row = message;
    const QList<qint64> siblings = m_store->siblings(message.id);
    row.siblingCount = qMax(1, int(siblings.size()));
    row.siblingIndex = qMax(0, int(siblings.indexOf(message.id)));
    const int at = int(m_rows.size());
    Q_EMIT aboutToAppend(at);
    m_rows.append(row);
    Q_EMIT appended();
}

void Conversation::removeRowsFrom(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Q_EMIT aboutToRemove(row, int(m_rows.size()) - 1);
    m_rows.erase(m_rows.begin() + row, m_rows.end());
    Q_EMIT removed();
}

qint64 Conversation::appendMessage(
    const QString &role, const QString &content, const QList<Attachment> &attachments)
{
    if (!m_sessionId)
        return 0;
    Message m = newMessage(role, m_rows.isEmpty() ? 0 : m_rows.last().id);
    m.content = content;
    m.attachments = attachments;
    m.id = m_store->addMessage(m);
    if (!m.id)
        return 0;
    for (Attachment &a : m.attachments)
        a.data.clear(); // stored; rows keep only what they show
    appendRow(m);
    Q_EMIT transcriptChanged();
    return m.id;
}

qint64 Conversation::beginReply(const QString &model)
{
    if (!m_sessionId)
        return 0;
    Message m = newMessage(MessageRole::Assistant, m_rows.isEmpty() ? 0 : m_rows.last().id);
    m.state = MessageState::Streaming;
    m.model = model;
    m.id = m_store->addMessage(m);
    if (!m.id)
        return 0;
    m_live.insert(m.id, m);
    m_heartbeat.start();
    appendRow(m);
    Q_EMIT transcriptChanged();
    return m.id;
}

void Conversation::appendToReply(qint64 messageId, const QString &text, const QString &reasoning)
{
    const auto live = m_live.find(messageId);
    if (live == m_live.end() || (text.isEmpty() && reasoning.isEmpty()))
        return;
    live->content += text;
    live->reasoning += reasoning;
    m_unsaved.insert(messageId);
    // A writer that does not call saveReply() still gets its text written within the interval.
    if (!m_flushTimer.isActive())
        m_flushTimer.start();

    const int row = rowOfId(messageId);
    if (row < 0)
        return;
    // The row grows by the delta too, rather than sharing the live text: sharing would make the
    // next append copy the whole reply (quadratic in its length).
    Message &shown = m_rows[row];
    if (shown.content.size() + text.size() == live->content.size())
        shown.content += text;
    else
        shown.content = live->content;
    if (shown.reasoning.size() + reasoning.size() == live->reasoning.size())
        shown.reasoning += reasoning;
    else
        shown.reasoning = live->reasoning;
    Changes changes;
    changes.setFlag(Content, !text.isEmpty());
    changes.setFlag(Reasoning, !reasoning.isEmpty());
    Q_EMIT rowsChanged(row, row, changes);
}

void Conversation::saveReply(qint64 messageId)
{
    if (!m_unsaved.contains(messageId))
        return;
    // On failure the text stays in memory and the flush timer (started by the append) retries.
    if (persistText(messageId))
        m_unsaved.remove(messageId);
}

bool Conversation::persistText(qint64 messageId)
{
    const auto live = m_live.constFind(messageId);
    if (live == m_live.constEnd())
        return true;
    // Only what the reply grew by since the last write goes to the store (one chunk row).
    Written &written = m_written[messageId];
    if (m_store->appendReplyText(messageId, written.chunks, live->content.mid(written.content),
            live->reasoning.mid(written.reasoning))) {
        written = {live->content.size(), live->reasoning.size(), written.chunks + 1};
        Q_EMIT replySaved(messageId, live->content.size());
        return true;
    }
    if (rowIsGone(messageId)) // its chat was deleted elsewhere: stop retrying
        dropLive(messageId);
    return false;
}

bool Conversation::rowIsGone(qint64 messageId) const
{
    // A server that cannot be reached has not deleted anything: keep the text for it.
    return !m_store->isConnectionLost() && !m_store->message(messageId) && !m_store->isConnectionLost();
}

void Conversation::persistPending()
{
    QSet<qint64> failed;
    for (qint64 id : QSet<qint64>(m_unsaved)) {
        // On failure (disk full...) the text stays in memory and is retried next tick.
        if (!persistText(id) && m_live.contains(id))
            failed.insert(id);
    }
    m_unsaved = failed;
    const QSet<qint64> unfinished = m_unfinished;
    for (qint64 id : unfinished) {
        const auto live = m_live.constFind(id);
        if (live != m_live.constEnd() && m_store->finishMessage(*live)) {
            const qsizetype length = live->content.size();
            dropLive(id);
            Q_EMIT replySaved(id, length);
        } else if (live == m_live.constEnd() || rowIsGone(id)) {
            dropLive(id);
        }
    }
    if (!m_unsaved.isEmpty() || !m_unfinished.isEmpty())
        m_flushTimer.start();
}

void Conversation::dropLive(qint64 messageId)
{
    m_live.remove(messageId);
    m_written.remove(messageId);
    m_unsaved.remove(messageId);
    m_unfinished.remove(messageId);
    if (m_live.isEmpty())
        m_heartbeat.stop();
}

bool Conversation::markTruncated(qint64 messageId)
{
    if (!ContextCache(m_store).setTruncated(messageId, true))
        return false;
    const int row = rowOfId(messageId);
    if (row >= 0) {
        m_rows[row].truncated = true;
        Q_EMIT rowsChanged(row, row, Truncated);
    }
    return true;
}

void Conversation::flush()
{
    m_flushTimer.stop();
    persistPending();
}

void Conversation::finishReply(qint64 messageId, MessageState state, const QString &finishReason,
    int promptTokens, int completionTokens, const QString &error)
{
    auto live = m_live.find(messageId);
    Message m;
    if (live != m_live.end()) {
        m = *live;
    } else if (const auto stored = m_store->message(messageId)) {
        m = *stored;
    } else {
        return;
    }
    m.state = state;
    m.updatedAt = QDateTime::currentDateTimeUtc();
    m.finishReason = finishReason;
    m.promptTokens = promptTokens;
    m.completionTokens = completionTokens;
    m.error = error;
    if (m_store->finishMessage(m)) {
        dropLive(messageId);
        Q_EMIT replySaved(messageId, m.content.size());
    } else if (live != m_live.end()) {
        // Keep it in memory: the flush timer retries writing the text and the final state.
        *live = m;
        m_unsaved.insert(messageId);
        m_unfinished.insert(messageId);
        m_flushTimer.start();
    }
    const int row = rowOfId(messageId);
    if (row >= 0) {
        const int siblingIndex = m_rows[row].siblingIndex;
        const int siblingCount = m_rows[row].siblingCount;
        m_rows[row] = m;
        m_rows[row].siblingIndex = siblingIndex;
        m_rows[row].siblingCount = siblingCount;
        Q_EMIT rowsChanged(row, row, Finished);
    }
    Q_EMIT transcriptChanged();
}

qint64 Conversation::editMessage(int row, const QString &content)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).role != MessageRole::User)
        return 0;
    Message m = newMessage(MessageRole::User, m_rows.at(row).parentId);
    m.content = content;
    m.attachments = m_rows.at(row).attachments; // the edit keeps the files (linked, not copied)
    m.id = m_store->addMessage(m);
    if (!m.id)
        return 0;
    removeRowsFrom(row);
    appendRow(m);
    Q_EMIT transcriptChanged();
    return m.id;
}

bool Conversation::prepareRegenerate(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).role != MessageRole::Assistant)
        return false;
    const auto live = m_live.constFind(m_rows.at(row).id);
    if (live != m_live.constEnd() && live->state == MessageState::Streaming)
        return false;
    const qint64 parentId = m_rows.at(row).parentId;
    if (!m_store->setCurrentLeaf(m_sessionId, parentId))
        return false;
    removeRowsFrom(row);
    Q_EMIT transcriptChanged();
    return true;
}

bool Conversation::isStreaming() const
{
    for (const Message &live : m_live) {
        if (live.sessionId == m_sessionId && live.state == MessageState::Streaming)
            return true;
    }
    return false;
}

bool Conversation::showBranchOf(qint64 messageId)
{
    if (!m_sessionId || isStreaming())
        return false;
    const auto message = m_store->message(messageId);
    if (!message || message->sessionId != m_sessionId
        || !m_store->setCurrentLeaf(m_sessionId, m_store->latestLeaf(messageId)))
        return false;
    reload();
    return true;
}

bool Conversation::switchSibling(int row, int delta)
{
    if (row < 0 || row >= m_rows.size() || isStreaming())
        return false;
    const QList<qint64> siblings = m_store->siblings(m_rows.at(row).id);
    const int target = int(siblings.indexOf(m_rows.at(row).id)) + delta;
    if (target < 0 || target >= siblings.size())
        return false;
    // Back to where the user was under that alternative, if that is still there.
    qint64 leaf = m_shownLeaf.value(siblings.at(target));
    const auto remembered = leaf ? m_store->message(leaf) : std::nullopt;
    // (latestLeaf() of the remembered row: itself, unless another process wrote under it since.)
    leaf = m_store->latestLeaf(
        remembered && remembered->sessionId == m_sessionId ? leaf : siblings.at(target));
    if (!m_store->setCurrentLeaf(m_sessionId, leaf))
        return false;
    loadBranch(leaf, qMax(m_pageSize, int(m_rows.size())));
    Q_EMIT transcriptChanged();
    return true;
}

void Conversation::setContextWindow(const ContextWindow &window)
{
    const QSet<qint64> ids(window.messageIds.cbegin(), window.messageIds.cend());
    // The row that shows the marker, before and after.
    const int oldMarkerRow = markerRow();
    const bool markerChanged = window.firstMessageId != m_contextStartId
        || window.droppedMessages != m_contextDropped || window.olderNotLoaded != m_contextOlderUnloaded;
    const bool idsChanged = ids != m_contextIds;
    const QString summary = ContextSummary::text(window);
    const bool summaryChanged = summary != m_contextSummary;
    m_contextSummary = summary;
    m_contextStartId = window.firstMessageId;
    m_contextIds = ids;
    m_contextDropped = window.droppedMessages;
    m_contextOlderUnloaded = window.olderNotLoaded;
    if (idsChanged && !m_rows.isEmpty())
        Q_EMIT rowsChanged(0, int(m_rows.size()) - 1, InContext);
    if (!markerChanged) {
        const int row = markerRow();
        if (summaryChanged && row >= 0)
            Q_EMIT rowsChanged(row, row, Summary);
        return;
    }
    // Only the rows that lose or gain the marker change (and change size).
    const int newMarkerRow = markerRow();
    for (const int row : {oldMarkerRow, newMarkerRow == oldMarkerRow ? -1 : newMarkerRow}) {
        if (row >= 0)
            Q_EMIT rowsChanged(row, row, Marker);
    }
}

int Conversation::markerRow() const
{
    return m_contextStartId && (m_contextDropped > 0 || m_contextOlderUnloaded) ? rowOfId(m_contextStartId)
                                                                                : -1;
}

int Conversation::contextMarker(qint64 messageId) const
{
    return messageId == m_contextStartId && (m_contextDropped > 0 || m_contextOlderUnloaded)
        ? m_contextDropped
        : -1;
}

bool Conversation::contextOlderUnloaded(qint64 messageId) const
{
    return messageId == m_contextStartId && m_contextOlderUnloaded;
}

QString Conversation::contextSummary(qint64 messageId) const
{
    return contextMarker(messageId) >= 0 ? m_contextSummary : QString();
}
