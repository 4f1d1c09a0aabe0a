#pragma once

#include "storage/attachment.h"

#include <QFrame>

class QToolButton;

// One file waiting in the composer: a thumbnail (images) or the type, the name and the size,
// and a button that takes it out again before sending.
class AttachmentChip : public QFrame
{
    Q_OBJECT
public:
    explicit AttachmentChip(const Attachment &attachment, QWidget *parent = nullptr);
    const Attachment &attachment() const { return m_attachment; }
    QToolButton *removeButton() const { return m_remove; }
    // A square thumbnail of an image's bytes (empty for other files).
    static QPixmap thumbnail(const QByteArray &data, int side);

Q_SIGNALS:
    void removeRequested();

private:
    Attachment m_attachment;
    QToolButton *m_remove;
};
