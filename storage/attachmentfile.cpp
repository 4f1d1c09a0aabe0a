#include "storage/attachmentfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QStringDecoder>

namespace {
bool isTextType(const QMimeType &type)
{
    // Code and data files that are text underneath (JSON, XML, scripts) inherit text/plain or
    // are named here; everything else is not read as text.
    static const QStringList textual {QStringLiteral("application/json"), QStringLiteral("application/xml"),
        QStringLiteral("application/javascript"), QStringLiteral("application/x-yaml"),
        QStringLiteral("application/toml"), QStringLiteral("application/sql"),
        QStringLiteral("application/x-shellscript")};
    return type.inherits(QStringLiteral("text/plain")) || textual.contains(type.name());
}
} // namespace

std::optional<Attachment> AttachmentFile::fromFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("\"%1\" is not a file.").arg(path);
        return std::nullopt;
    }
    if (info.size() > MaxBytes) {
        *error = tr("\"%1\" is %2; attachments can be at most %3.")
                     .arg(info.fileName(), sizeText(info.size()), sizeText(MaxBytes));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("\"%1\" cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromData(info.fileName(), file.read(MaxBytes + 1), error);
}

std::optional<Attachment> AttachmentFile::fromData(
    const QString &name, const QByteArray &data, QString *error)
{
    if (data.size() > MaxBytes) {
        *error = tr("\"%1\" is %2; attachments can be at most %3.")
                     .arg(name, sizeText(data.size()), sizeText(MaxBytes));
        return std::nullopt;
    }
    if (data.isEmpty()) {
        *error = tr("\"%1\" is empty.").arg(name);
        return std::nullopt;
    }
    Attachment a;
    a.name = name;
    a.data = data;
    a.size = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(name, data);
    a.mimeType = type.name();
    bool ok = false;
    if (a.isImage())
        ok = readImage(&a, error);
    else if (a.isPdf())
        ok = readPdf(&a, error);
    else if (isTextType(type))
        ok = readText(&a, error);
    else
        *error = tr("\"%1\" cannot be attached: Confab sends images, PDFs and text files, and this is "
                    "%2 (%3).")
                     .arg(name, type.comment(), type.name());
    return ok ? std::optional<Attachment>(a) : std::nullopt;
}

bool AttachmentFile::readImage(Attachment *a, QString *error)
{
    QBuffer buffer(&a->data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        *error = tr("\"%1\" is not an image Confab can read (%2).").arg(a->name, a->mimeType);
        return false;
    }
    if (size.width() > MaxImageSide || size.height() > MaxImageSide) {
        *error = tr("\"%1\" is %2×%3 pixels; images can be at most %4 pixels on a side.")
                     .arg(a->name)
                     .arg(size.width())
                     .arg(size.height())
                     .arg(MaxImageSide);
        return false;
    }
    const QString format = QString::fromLatin1(reader.format());
    a->mimeType
        = QStringLiteral("image/") + (format == QLatin1String("jpg") ? QStringLiteral("jpeg") : format);
    a->width = size.width();
    a->height = size.height();
    return true;
}

bool AttachmentFile::readPdf(Attachment *a, QString *error)
{
    QBuffer buffer(&a->data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        *error = tr("\"%1\" is not a PDF Confab can read (damaged or password-protected).").arg(a->name);
        return false;
    }
    QStringList pages;
    qint64 total = 0;
    for (int page = 0; page < document.pageCount(); ++page) {
        pages << document.getAllText(page).text();
        total += pages.last().size();
        if (total > MaxTextChars) {
            *error = tr("The text of \"%1\" is longer than %L2 characters; attach a part of it.")
                         .arg(a->name)
                         .arg(MaxTextChars);
            return false;
        }
    }
    a->text = pages.join(QStringLiteral("\n\n"));
    return true;
}

bool AttachmentFile::readText(Attachment *a, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(a->data);
    if (decoder.hasError()) {
        *error = tr("\"%1\" is not UTF-8 text; save it as UTF-8 to attach it.").arg(a->name);
        return false;
    }
    if (text.size() > MaxTextChars) {
        *error = tr("The text of \"%1\" is longer than %L2 characters; attach a part of it.")
                     .arg(a->name)
                     .arg(MaxTextChars);
        return false;
    }
    a->text = text;
    return true;
}

std::optional<QString> AttachmentFile::checkCount(int count)
{
    if (count <= MaxPerMessage)
        return std::nullopt;
    return tr("A message can carry at most %1 attachments.").arg(MaxPerMessage);
}

QString AttachmentFile::sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%n byte(s)", nullptr, int(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(QString::number((bytes + 512) / 1024));
    return tr("%1 MB").arg(QString::number(double(bytes) / (1024 * 1024), 'f', 1));
}

int AttachmentFile::pdfPages(const QByteArray &data)
{
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : 0;
}
