#pragma once

#include "models/contextbuilder.h"

#include <QTimer>
#include <QWidget>

class AttachmentViewer;
class ChatController;
class ChatView;
class Composer;
class NoticeBar;
class TranscriptModel;
class TranscriptViewProxy;
struct StreamOutcome;

// The right-hand side: the transcript, notices and the composer, wired to one ChatController.
// Has the context window derived again after every change (the view shows it from the model).
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    ChatPane(TranscriptModel *transcript, ChatController *controller, QWidget *parent = nullptr);

    ChatView *view() const { return m_view; }
    Composer *composer() const { return m_composer; }
    NoticeBar *notice() const { return m_notice; }
    TranscriptViewProxy *proxy() const { return m_proxy; }
    const ContextWindow &contextWindow() const { return m_window; }

    // A bar above the notices and the composer (the tool approval step); owned by the pane.
    void addPanel(QWidget *panel);

    // Sends what is in the composer (creating the session first through sessionNeeded()).
    bool send();
    void stop();
    bool regenerateLast();
    bool copyLastReply();
    void startEdit(int row);
    // Re-derives the context window now (also done on its own after changes).
    void refreshContext();
    // A change is waiting for the (debounced) context refresh: contextWindow(), the marker and
    // InContextRole are about to move. Tests wait for this to be false, never for the interval.
    bool isContextRefreshPending() const { return m_contextTimer.isActive(); }
    // Scrolls to the message `messageId` of the open chat and highlights it briefly, loading
    // older pages until its row exists (and showing its branch if it is on another one).
    // False if the open chat has no such message.
    bool revealMessage(qint64 messageId);
    // Opens the `attachment`-th file of the message at `row` full size (non-modal); nullptr
    // if it is no longer stored (a notice says so).
    AttachmentViewer *openAttachment(int row, int attachment);

Q_SIGNALS:
    // No session is open; the receiver creates one (titled from `text`) and opens it.
    void sessionNeeded(const QString &text);
    // Estimated prompt tokens and messages of the next request (with what is typed).
    // The window the next request would carry (with the composer's text, if any).
    void nextRequestEstimated(const ContextWindow &window);
    void statusMessage(const QString &text);

private:
    void onReplyFinished(qint64 messageId, const StreamOutcome &outcome);
    void showContextMenu(const QPoint &pos);
    void showMessageText(int row);
    void copyRow(int row);
    void finishEdit();
    void scheduleContextRefresh();
    void updateEstimate();
    int lastRowWithRole(const QString &role) const;

    TranscriptModel *m_transcript;
    ChatController *m_controller;
    TranscriptViewProxy *m_proxy;
    ChatView *m_view;
    NoticeBar *m_notice;
    Composer *m_composer;
    ContextWindow m_window;
    QTimer m_contextTimer; // coalesces the many changes of a streaming reply
    QTimer m_estimateTimer; // typing
};
