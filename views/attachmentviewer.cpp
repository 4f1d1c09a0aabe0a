#include "views/attachmentviewer.h"

#include "storage/attachmentfile.h"
#include "views/plainmessagebox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QVBoxLayout>

AttachmentViewer::AttachmentViewer(const Attachment &attachment, QWidget *parent)
    : QDialog(parent)
    , m_attachment(attachment)
    , m_save(new QPushButton(tr("Save As…"), this))
{
    setWindowTitle(tr("%1 (%2)").arg(attachment.name, AttachmentFile::sizeText(attachment.size)));
    auto *layout = new QVBoxLayout(this);
    QImage image;
    if (attachment.isImage() && image.loadFromData(attachment.data)) {
        m_image = new QLabel(this);
        m_image->setPixmap(QPixmap::fromImage(image));
        m_image->setAccessibleName(tr("Image %1").arg(attachment.name));
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(m_image);
        scroll->setAlignment(Qt::AlignCenter);
        layout->addWidget(scroll, 1);
    } else {
        // A document's text, as it was sent (a PDF's extracted text), read-only.
        m_text = new QPlainTextEdit(this);
        m_text->setReadOnly(true);
        m_text->setPlainText(attachment.text);
        m_text->setAccessibleName(tr("Text of %1").arg(attachment.name));
        layout->addWidget(m_text, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AttachmentViewer::saveAs);
    resize(720, 540);
}

bool AttachmentViewer::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_attachment.data) != m_attachment.data.size()
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AttachmentViewer::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1").arg(m_attachment.name), QDir::home().filePath(m_attachment.name));
    QString error;
    if (!path.isEmpty() && !saveTo(path, &error))
        PlainMessageBox::warning(this, tr("Save As"), error);
}
