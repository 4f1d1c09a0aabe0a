#pragma once

#include <QByteArray>
#include <QString>

// A file sent with a turn, as the provider clients see it (filled from the stored Attachment).
struct ChatAttachment
{
    QString sha256; // the stored file's identity (its data is loaded just before sending)
    QString name;
    QString mimeType;
    QByteArray data; // the original bytes (AttachmentEncoder scales images per provider)
    QString text; // documents: their text, sent where the provider takes no native block
    int width = 0; // images
    int height = 0;

    bool isImage() const { return mimeType.startsWith(QLatin1String("image/")); }
    bool isPdf() const { return mimeType == QLatin1String("application/pdf"); }
};
