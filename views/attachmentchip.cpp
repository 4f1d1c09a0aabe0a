#include "views/attachmentchip.h"

#include "storage/attachmentfile.h"

#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QMimeDatabase>
#include <QToolButton>

AttachmentChip::AttachmentChip(const Attachment &attachment, QWidget *parent)
    : QFrame(parent)
    , m_attachment(attachment)
    , m_remove(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *icon = new QLabel(this);
    const QPixmap thumb = attachment.isImage() ? thumbnail(attachment.data, 32) : QPixmap();
    if (!thumb.isNull())
        icon->setPixmap(thumb);
    else
        icon->setText(QMimeDatabase().mimeTypeForName(attachment.mimeType).preferredSuffix().toUpper());
    // Plain text: a file name is the user's, but it is never markup.
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setText(tr("%1 · %2").arg(attachment.name, AttachmentFile::sizeText(attachment.size)));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setAccessibleName(tr("Remove %1").arg(attachment.name));
    m_remove->setToolTip(m_remove->accessibleName());
    setAccessibleName(tr("Attachment %1").arg(attachment.name));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 2, 2);
    layout->addWidget(icon);
    layout->addWidget(label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &AttachmentChip::removeRequested);
}

QPixmap AttachmentChip::thumbnail(const QByteArray &data, int side)
{
    QImage image;
    if (!image.loadFromData(data))
        return {};
    return QPixmap::fromImage(image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}
