#include "views/attachmentbar.h"

#include "storage/attachmentfile.h"
#include "views/attachmentchip.h"

#include <QBuffer>
#include <QDateTime>
#include <QHBoxLayout>
#include <QImage>
#include <QMimeData>
#include <QUrl>

AttachmentBar::AttachmentBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
    setAccessibleName(tr("Attachments"));
    hide();
}

QList<AttachmentChip *> AttachmentBar::chips() const
{
    return findChildren<AttachmentChip *>(QString(), Qt::FindDirectChildrenOnly);
}

void AttachmentBar::clear()
{
    qDeleteAll(chips());
    m_attachments.clear();
    hide();
    Q_EMIT changed();
}

void AttachmentBar::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (const auto tooMany = AttachmentFile::checkCount(int(m_attachments.size()) + 1)) {
            Q_EMIT refused(*tooMany);
            return;
        }
        QString error;
        const auto file = AttachmentFile::fromFile(path, &error);
        if (file)
            add(*file);
        else
            Q_EMIT refused(error);
    }
}

bool AttachmentBar::hasAttachable(const QMimeData *mime)
{
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

bool AttachmentBar::addMimeData(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        addFiles(paths);
        return true;
    }
    if (!mime->hasImage())
        return false;
    // A pasted screenshot has no file: it is kept as a PNG named after the moment.
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        Q_EMIT refused(tr("The pasted image could not be read."));
        return true;
    }
    if (const auto tooMany = AttachmentFile::checkCount(int(m_attachments.size()) + 1)) {
        Q_EMIT refused(*tooMany);
        return true;
    }
    QString error;
    const QString name = QStringLiteral("pasted-%1.png")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const auto file = AttachmentFile::fromData(name, png, &error);
    if (file)
        add(*file);
    else
        Q_EMIT refused(error);
    return true;
}

void AttachmentBar::add(const Attachment &attachment)
{
    auto *chip = new AttachmentChip(attachment, this);
    m_layout->insertWidget(m_layout->count() - 1, chip);
    connect(chip, &AttachmentChip::removeRequested, this, [this, chip] { remove(chip); });
    m_attachments << attachment;
    show();
    Q_EMIT changed();
}

void AttachmentBar::remove(AttachmentChip *chip)
{
    const int index = int(chips().indexOf(chip));
    if (index >= 0 && index < m_attachments.size())
        m_attachments.removeAt(index);
    chip->hide();
    chip->deleteLater();
    chip->setParent(nullptr);
    setVisible(!m_attachments.isEmpty());
    Q_EMIT changed();
}
