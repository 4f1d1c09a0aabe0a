#pragma once

#include "storage/attachment.h"

#include <QWidget>

class AttachmentChip;
class QHBoxLayout;
class QMimeData;

// The files the next message will carry, as chips above the message box. Takes them from
// paths (the Attach button, dropped files) and from the clipboard (pasted images); what cannot
// be sent is refused with a message (AttachmentFile), and nothing already there is lost.
class AttachmentBar : public QWidget
{
    Q_OBJECT
public:
    explicit AttachmentBar(QWidget *parent = nullptr);

    QList<Attachment> attachments() const { return m_attachments; }
    QList<AttachmentChip *> chips() const;
    bool isEmpty() const { return m_attachments.isEmpty(); }
    void clear();
    void addFiles(const QStringList &paths);
    // Local files in `mime` (drop, paste of copied files), else an image in it (a screenshot).
    // False if it holds neither (the caller treats it as text).
    bool addMimeData(const QMimeData *mime);
    static bool hasAttachable(const QMimeData *mime);
    // One already read (a queued message taken back into the box).
    void add(const Attachment &attachment);

Q_SIGNALS:
    void changed();
    void refused(const QString &message);

private:
    void remove(AttachmentChip *chip);

    QList<Attachment> m_attachments;
    QHBoxLayout *m_layout;
};
