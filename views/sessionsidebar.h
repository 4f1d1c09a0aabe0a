#pragma once

#include "views/placeholderlistview.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;
class SearchModel;
class SessionListModel;
class SessionStore;

// The left column: search, "New chat" and the sessions grouped by date (pinned first).
// With a search query the list shows full-text hits with snippets instead.
class SessionSidebar : public QWidget
{
    Q_OBJECT
public:
    SessionSidebar(
        SessionStore *store, SessionListModel *sessions, SearchModel *search, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QPushButton *newChatButton() const { return m_newChat; }
    bool isSearching() const;

    // Selects the row of `sessionId` (0: none) without emitting sessionActivated().
    void setCurrentSession(qint64 sessionId);
    qint64 currentSession() const { return m_current; }
    void focusSearch();
    // Runs the pending (debounced) search now.
    void applySearch();

    // Actions on a session (the current one from menus and shortcuts).
    // Opens the title editor in place (as F2 or a double click on the row do); false if the
    // session has no row to edit.
    bool renameSession(qint64 sessionId);
    void togglePinned(qint64 sessionId);

Q_SIGNALS:
    // `messageId` is set when opened from a search hit. Activated: a click or Enter (the user
    // goes on in the chat); selected: the highlight moved with the arrow keys (the focus stays
    // in the list). Either way the chat is opened: the highlight is always the open chat.
    void sessionActivated(qint64 sessionId, qint64 messageId);
    void sessionSelected(qint64 sessionId, qint64 messageId);
    void newChatRequested();
    void deleteRequested(qint64 sessionId);
    void exportRequested(qint64 sessionId);
    void settingsRequested(qint64 sessionId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onClicked(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    qint64 sessionIdAt(const QModelIndex &index) const;
    void reselect();
    void watchCurrent();

    SessionStore *m_store;
    SessionListModel *m_sessions;
    SearchModel *m_searchModel;
    QLineEdit *m_search;
    QPushButton *m_newChat;
    PlaceholderListView *m_list;
    QTimer m_debounce;
    qint64 m_current = 0; // the open chat (SessionManager's), set through setCurrentSession()
    bool m_reselecting = false;
};
