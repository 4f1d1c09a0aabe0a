#include "views/sessionsidebar.h"

#include "models/searchmodel.h"
#include "models/sessionlistmodel.h"
#include "storage/sessionstore.h"
#include "views/sessiondelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

SessionSidebar::SessionSidebar(
    SessionStore *store, SessionListModel *sessions, SearchModel *search, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_sessions(sessions)
    , m_searchModel(search)
    , m_search(new QLineEdit(this))
    , m_newChat(new QPushButton(tr("New chat"), this))
    , m_list(new PlaceholderListView(this))
{
    m_search->setPlaceholderText(tr("Search all chats (Ctrl+K)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search chats"));
    m_search->installEventFilter(this);
    m_newChat->setAccessibleName(tr("New chat"));
    m_newChat->setToolTip(tr("Start a new chat (Ctrl+N)"));
    // The view's settings before its model: each of them set later lays out every loaded chat.
    m_list->setItemDelegate(new SessionDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QListView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setModel(m_sessions);
    // Rename in place: F2 or a double click opens an editor on the title; Enter keeps, Esc cancels.
    m_list->setEditTriggers(QListView::EditKeyPressed | QListView::DoubleClicked);
    m_list->setSelectionMode(QListView::SingleSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setAccessibleName(tr("Chats"));
    m_list->setPlaceholderText(tr("No chats yet.\nStart one with New chat (Ctrl+N)."));
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    watchCurrent();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_newChat);
    layout->addWidget(m_list, 1);

    // Search as the user types, but not on every keystroke: FTS over a big file is not free.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(&m_debounce, &QTimer::timeout, this, &SessionSidebar::applySearch);
    connect(m_newChat, &QPushButton::clicked, this, &SessionSidebar::newChatRequested);
    connect(m_list, &QListView::clicked, this, &SessionSidebar::onClicked);
    connect(m_list, &QListView::activated, this, &SessionSidebar::onClicked);
    connect(m_list, &QWidget::customContextMenuRequested, this, &SessionSidebar::showContextMenu);
    // The list re-sorts when a chat gets a message; keep the open chat selected.
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this, &SessionSidebar::reselect);
    connect(m_sessions, &QAbstractItemModel::rowsMoved, this, &SessionSidebar::reselect);
    connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, &SessionSidebar::reselect);
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &SessionSidebar::reselect);
    connect(m_sessions, &QAbstractItemModel::layoutChanged, this, &SessionSidebar::reselect);
}

bool SessionSidebar::isSearching() const
{
    return m_list->model() == m_searchModel;
}

void SessionSidebar::watchCurrent()
{
    // The arrow keys move the highlight: open what it lands on (setModel() replaces the
    // selection model, so this is done again after each switch between chats and hits).
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            const qint64 id = sessionIdAt(current);
            if (m_reselecting || !m_list->hasFocus() || !id || (id == m_current && !isSearching()))
                return;
            const qint64 messageId
                = isSearching() ? current.data(SearchModel::MessageIdRole).toLongLong() : 0;
            Q_EMIT sessionSelected(id, messageId);
        });
}

void SessionSidebar::applySearch()
{
    m_debounce.stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        if (isSearching()) {
            m_list->setModel(m_sessions);
            watchCurrent();
            m_list->setPlaceholderText(tr("No chats yet.\nStart one with New chat (Ctrl+N)."));
            reselect();
        }
        return;
    }
    m_list->setPlaceholderText(tr("No chat contains \u201c%1\u201d.").arg(query));
    m_searchModel->setQuery(query);
    if (!isSearching()) {
        m_list->setModel(m_searchModel);
        watchCurrent();
    }
}

void SessionSidebar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

qint64 SessionSidebar::sessionIdAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    return index.data(isSearching() ? int(SearchModel::SessionIdRole) : int(SessionListModel::IdRole))
        .toLongLong();
}

void SessionSidebar::onClicked(const QModelIndex &index)
{
    const qint64 id = sessionIdAt(index);
    if (!id)
        return;
    const qint64 messageId = isSearching() ? index.data(SearchModel::MessageIdRole).toLongLong() : 0;
    Q_EMIT sessionActivated(id, messageId);
}

void SessionSidebar::setCurrentSession(qint64 sessionId)
{
    m_current = sessionId;
    reselect();
}

void SessionSidebar::reselect()
{
    if (isSearching())
        return;
    const QScopedValueRollback<bool> guard(m_reselecting, true);
    const int row = m_current ? m_sessions->rowOfId(m_current) : -1;
    if (row < 0) {
        m_list->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_sessions->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

bool SessionSidebar::renameSession(qint64 sessionId)
{
    // With the server away the row is edited all the same: the rename then says why it failed.
    if (!sessionId || (!m_store->isConnectionLost() && !m_store->session(sessionId)))
        return false;
    // Titles are edited in the chat list, not among search hits.
    if (isSearching()) {
        m_search->clear();
        applySearch();
    }
    int row = m_sessions->rowOfId(sessionId);
    while (row < 0 && m_sessions->canFetchMore({})) {
        m_sessions->fetchMore({});
        row = m_sessions->rowOfId(sessionId);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_sessions->index(row);
    m_list->scrollTo(index);
    m_list->setFocus(Qt::ShortcutFocusReason);
    m_list->edit(index);
    return m_list->indexWidget(index) != nullptr; // the open editor
}

void SessionSidebar::togglePinned(qint64 sessionId)
{
    if (const auto info = m_store->session(sessionId))
        m_store->setPinned(sessionId, !info->pinned);
}

void SessionSidebar::showContextMenu(const QPoint &pos)
{
    const qint64 id = sessionIdAt(m_list->indexAt(pos));
    if (!id)
        return;
    const auto info = m_store->session(id);
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, id] { Q_EMIT sessionActivated(id, 0); });
    menu.addAction(tr("&Rename…"), this, [this, id] { renameSession(id); });
    menu.addAction(info && info->pinned ? tr("Un&pin") : tr("&Pin"), this, [this, id] { togglePinned(id); });
    menu.addAction(tr("Chat &Settings…"), this, [this, id] { Q_EMIT settingsRequested(id); });
    menu.addAction(tr("&Export…"), this, [this, id] { Q_EMIT exportRequested(id); });
    menu.addSeparator();
    menu.addAction(tr("&Delete"), this, [this, id] { Q_EMIT deleteRequested(id); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool SessionSidebar::eventFilter(QObject *watched, QEvent *event)
{
    // A right click opens the row's menu without moving the highlight off the open chat.
    if (watched == m_list->viewport()
        && (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease)
        && static_cast<QMouseEvent *>(event)->button() == Qt::RightButton)
        return true;
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        // Down moves into the results; Esc clears the search.
        if (key->key() == Qt::Key_Down) {
            m_list->setFocus();
            if (!m_list->currentIndex().isValid() && m_list->model()->rowCount() > 0)
                m_list->setCurrentIndex(m_list->model()->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            return true;
        }
    } else if (watched == m_list) {
        const qint64 id = sessionIdAt(m_list->currentIndex());
        if (id && key->key() == Qt::Key_Delete) {
            Q_EMIT deleteRequested(id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
