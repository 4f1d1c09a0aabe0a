#pragma once

#include "storage/attachment.h"

#include <QWidget>

class AttachmentBar;
class ComposerEdit;
class QPushButton;

// The box under the transcript: text, Send, and Stop while a reply is streaming. Files come
// with the Attach button, by drag and drop and by paste, and wait as chips (AttachmentBar).
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear(); // the text and the attachments
    QList<Attachment> attachments() const;
    AttachmentBar *attachmentBar() const { return m_attachments; }
    QPushButton *attachButton() const { return m_attach; }
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    ComposerEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void stopRequested();
    void textChanged(); // the text or the attachments
    // A file could not be attached; the text says why.
    void attachmentRefused(const QString &message);

private:
    void updateButtons();
    void submit();

    void chooseFiles();

    ComposerEdit *m_edit;
    AttachmentBar *m_attachments;
    QPushButton *m_attach;
    QPushButton *m_send;
    QPushButton *m_stop;
    bool m_busy = false;
};
