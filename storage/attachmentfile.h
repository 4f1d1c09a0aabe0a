#pragma once

#include "storage/attachment.h"

#include <QCoreApplication>
#include <optional>

// Turns a file (or bytes from the clipboard) into an Attachment: its type told from the content,
// its sha256, an image's size, a document's text (QtPdf for PDFs). Refuses, with a message a
// user can act on, what Confab cannot send: too large, an unknown type, a damaged file.
class AttachmentFile
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentFile)
public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024; // per file: every provider takes this much inline
    static constexpr int MaxPerMessage = 10;
    static constexpr qint64 MaxTextChars = 1000 * 1000; // a document's text (about 250,000 tokens)
    static constexpr int MaxImageSide = 16384; // pixels; larger images are refused, not decoded

    static std::optional<Attachment> fromFile(const QString &path, QString *error);
    // `name` is shown and used for the type when the content does not tell it.
    static std::optional<Attachment> fromData(const QString &name, const QByteArray &data, QString *error);
    // Refuses more than MaxPerMessage; nullopt: fine.
    static std::optional<QString> checkCount(int count);
    // "1.2 MB", "312 KB", "12 bytes"
    static QString sizeText(qint64 bytes);
    // Pages of a PDF's bytes; 0 if they are no PDF QtPdf can read.
    static int pdfPages(const QByteArray &data);

private:
    static bool readImage(Attachment *a, QString *error);
    static bool readPdf(Attachment *a, QString *error);
    static bool readText(Attachment *a, QString *error);
};
