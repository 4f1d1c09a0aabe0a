#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A file carried by a message: an image, a PDF or a text file. Stored once per content
// (attachments.sha256) however many messages carry it (message_attachments); see AttachmentStore.
struct Attachment
{
    QString sha256; // hex digest of `data`: the identity of the content
    QString name; // the file name the user gave it (kept per message)
    QString mimeType; // image/png, application/pdf, text/plain...
    qint64 size = 0; // bytes of the original file
    int width = 0; // images: pixels; 0 otherwise
    int height = 0;
    QString text; // documents: the text (a text file's content, a PDF's extracted text)
    QByteArray data; // the original bytes; filled only where needed (sending, export, viewing)

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    bool isPdf() const { return mimeType == QLatin1String("application/pdf"); }
};
