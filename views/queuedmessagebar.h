#pragma once

#include "storage/attachment.h"

#include <QFrame>

class ChatController;
class QLabel;
class QPushButton;

// Above the composer while a message waits for the database server (ChatController::hasQueued):
// its start, that it is sent when the server is back, and Edit, which takes it back into the
// box. Hidden otherwise. The loss itself is told once, by the window's notice.
class QueuedMessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit QueuedMessageBar(ChatController *controller, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    // Edit: the message is no longer queued; `text` goes back into the box (with its attachments).
    void taken(const QString &text, const QList<Attachment> &attachments);

private:
    void update();

    ChatController *m_controller;
    QLabel *m_label;
    QPushButton *m_edit;
};
