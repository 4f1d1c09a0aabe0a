#pragma once

#include "storage/attachment.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// One stored file at full size: an image (scrollable), or a document's text; Save As writes the
// original bytes. Opened from a message's tile.
class AttachmentViewer : public QDialog
{
    Q_OBJECT
public:
    // `attachment` with its data.
    explicit AttachmentViewer(const Attachment &attachment, QWidget *parent = nullptr);

    const Attachment &attachment() const { return m_attachment; }
    QLabel *imageLabel() const { return m_image; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *saveButton() const { return m_save; }
    // Writes the original file to `path` (atomically); false with `error` set on failure.
    bool saveTo(const QString &path, QString *error) const;

private:
    void saveAs();

    Attachment m_attachment;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_save;
};
